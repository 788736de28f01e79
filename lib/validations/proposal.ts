import { z } from "zod";
import { versionField } from "./text";

/**
 * The open proposal a form was opened with: its version, or "none". A missing field reads as
 * "none" too, so a form that knew of no proposal can never replace one saved meanwhile.
 */
export const proposalBaseField = z.preprocess(
  (v) => (v === undefined || v === "" || v === "none" ? null : v),
  versionField.nullable(),
);
