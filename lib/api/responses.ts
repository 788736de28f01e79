import { NextResponse } from "next/server";
import type { ParamError } from "@/lib/validations/award-query";

/**
 * Responses of the open data API (/api/v1). Every error has the same body, so a client handles
 * them in one place: `{ error: {code, parameter?, message}, errors: [all of them] }`.
 */

export type ApiErrorCode = "invalid_parameter" | "not_found" | "busy";
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

/** Too many downloads being built at once: come back shortly (lib/export-cache.ts). */
export function busy(retryAfterSeconds = 5): Response {
  return new Response(
    JSON.stringify({
      error: { code: "busy", message: "내려받기 요청이 많아 잠시 처리할 수 없습니다. 잠시 뒤 다시 시도해 주세요." },
    }),
    {
      status: 503,
      headers: { ...ERROR_HEADERS, "Content-Type": "application/json", "Retry-After": String(retryAfterSeconds) },
    },
  );
}

/** A download sent from a file built once per published state (lib/export-cache.ts). */
export function fileAttachment(body: ReadableStream<Uint8Array>, size: number, contentType: string, filename: string) {
  return new Response(body, {
    headers: {
      ...PUBLIC_HEADERS,
      "Content-Type": contentType,
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
