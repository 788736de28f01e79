import { NextResponse } from "next/server";
import type { ParamError } from "@/lib/validations/award-query";

/**
 * Responses of the open data API (/api/v1). Every error has the same body, so a client handles
 * them in one place: `{ error: {code, parameter?, message}, errors: [all of them] }`.
 */

export type ApiErrorCode = "invalid_parameter" | "not_found";
export type ApiError = { code: ApiErrorCode; parameter?: string; message: string };

// The data is public and changes when a planner publishes: clients may store a copy but must ask
// again each time, so a correction shows up at once. Any site may read it (no credentials involved).
const PUBLIC_HEADERS = {
  "Cache-Control": "public, max-age=0, must-revalidate",
  "Access-Control-Allow-Origin": "*",
} as const;

// An error describes one request; caching it would only pin a mistake.
const ERROR_HEADERS = {
  "Cache-Control": "no-store",
  "Access-Control-Allow-Origin": "*",
} as const;

export function jsonOk(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: PUBLIC_HEADERS });
}

/** A body already serialized (and cached as a string), sent as is. */
export function jsonText(json: string): Response {
  return new Response(json, { headers: { ...PUBLIC_HEADERS, "Content-Type": "application/json" } });
}

export function jsonErrors(status: 400 | 404, errors: [ApiError, ...ApiError[]]): NextResponse {
  return NextResponse.json({ error: errors[0], errors }, { status, headers: ERROR_HEADERS });
}

/** 400 listing every bad parameter, the first one also as `error`. */
export function paramErrors(errors: ParamError[]): NextResponse {
  const list = errors.map((e): ApiError => ({ code: "invalid_parameter", parameter: e.parameter, message: e.message }));
  if (list.length === 0) throw new Error("paramErrors needs at least one error");
  return jsonErrors(400, list as [ApiError, ...ApiError[]]);
}

export function notFound(message: string, parameter?: string): NextResponse {
  return jsonErrors(404, [{ code: "not_found", ...(parameter ? { parameter } : {}), message }]);
}

/** A CSV download; `filename` must be ASCII (it goes into a header). */
export function csvAttachment(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      ...PUBLIC_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
