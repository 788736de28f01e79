import type { ImportReport } from "@/lib/data/import";

/**
 * The import endpoint answers with one JSON message per line (NDJSON), so the page can show how
 * many rows have been checked while the server works, then the outcome.
 */
export type ImportMessage =
  | { type: "progress"; done: number; total: number }
  /** The dry run's result: nothing was written. */
  | { type: "report"; report: ImportReport }
  /** A confirm refused because some row is invalid: nothing was written. */
  | { type: "refused"; message: string; report: ImportReport }
  /** A confirm that wrote every row. */
  | { type: "done"; message: string; report: ImportReport }
  | { type: "error"; message: string };

export const NDJSON_CONTENT_TYPE = "application/x-ndjson; charset=utf-8";

export function encodeMessage(message: ImportMessage): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(message)}\n`);
}

/** Messages as they arrive; a line split across network chunks is joined first. */
export async function* readMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<ImportMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as ImportMessage;
    if (done) break;
  }
  if (buffered.trim()) yield JSON.parse(buffered) as ImportMessage;
}
