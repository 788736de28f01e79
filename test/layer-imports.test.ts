/**
 * Issue 14, the data layer speaks the domain: lib/data returns what happened and the action layer
 * words it, so no file under lib/data may reach up into lib/actions or components.
 */
import { describe, expect, it } from "vitest";
import { listFiles, readSource, stripComments } from "@/test/helpers/files";

const UPWARD =
  /(?:from\s+|import\s*\(\s*|import\s+)["'](?:@\/(?:lib\/actions|components)|(?:\.\.\/)+(?:actions|\.\.\/components))[/"']/;

function upwardImports(file: string): string[] {
  return stripComments(readSource(file))
    .split("\n")
    .filter((line) => UPWARD.test(line));
}

describe("lib/data imports nothing from the layers above it", () => {
  // Tests beside the data layer may drive it through an action; the layer itself may not.
  const files = listFiles("lib/data", (p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p));

  it("finds the data layer's files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s", (file) => {
    expect(upwardImports(file)).toEqual([]);
  });

  it("the check sees an upward import when there is one", () => {
    expect(UPWARD.test('import type { ActionOutcome } from "@/lib/actions/form-action";')).toBe(true);
    expect(UPWARD.test('import { Notice } from "@/components/staff/notice";')).toBe(true);
    expect(UPWARD.test('import { x } from "../actions/form-action";')).toBe(true);
    expect(UPWARD.test('import { recordAudit } from "./audit-writer";')).toBe(false);
  });
});
