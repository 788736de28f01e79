import { revalidateTag } from "next/cache";
import { after, type NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { staffViewerForRoute } from "@/lib/auth/route-gate";
import type { CacheTag } from "@/lib/cache-tags";
import { confirmImport, dryRunImport, type ImportProgress } from "@/lib/data/import";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { requestOrigin } from "@/lib/request-origin";
import { encodeMessage, NDJSON_CONTENT_TYPE, type ImportMessage } from "@/lib/review/import-stream";
import { isSameOrigin } from "@/lib/review/same-origin";
import { importRequestSchema } from "@/lib/validations/import";
import { fieldErrors } from "@/lib/validations/issues";

const HEADERS = { "Content-Type": NDJSON_CONTENT_TYPE, "Cache-Control": "no-store" } as const;

function single(message: ImportMessage, status: number): Response {
  return new Response(encodeMessage(message), { status, headers: HEADERS });
}

/**
 * POST /review/import/run — the bulk import, as a stream of progress lines and then the result.
 * A route handler rather than a server action because it receives a file and streams progress;
 * it keeps the action pipeline's order: origin, session, input, then the data layer decides
 * permissions row by row and writes with audit rows in one transaction.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers))
    return single({ type: "error", message: "이 사이트에서 보낸 요청만 받습니다." }, 403);
  const gated = await staffViewerForRoute();
  if (!gated.ok) return single({ type: "error", message: gated.message }, gated.status);
  const { viewer } = gated;

  const form = await request.formData().catch(() => null);
  const parsed = importRequestSchema.safeParse({ file: form?.get("file"), confirm: form?.get("confirm") ?? undefined });
  if (!parsed.success)
    return single({ type: "error", message: Object.values(fieldErrors(parsed.error)).flat().join(" ") }, 400);
  const file = { name: parsed.data.file.name, bytes: new Uint8Array(await parsed.data.file.arrayBuffer()) };
  const confirm = parsed.data.confirm === "1";
  const ip = clientAddress(request.headers);

  // Expiring a tag only takes effect when this request ends, so it is scheduled for then; the
  // stream ends right after the write commits.
  const expired: CacheTag[] = [];
  after(() => {
    for (const tag of expired) revalidateTag(tag, { expire: 0 });
  });

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: ImportMessage) => controller.enqueue(encodeMessage(message));
      // Yields after each chunk of rows so the progress line leaves before the next chunk is checked.
      const progress: ImportProgress = async (done, total) => {
        send({ type: "progress", done, total });
        await new Promise((resolve) => setTimeout(resolve, 0));
      };
      try {
        if (!confirm) {
          send({ type: "report", report: await dryRunImport(viewer, file, progress) });
        } else {
          const result = await confirmImport(viewer, file, { ip, origin: requestOrigin(request.headers) }, progress);
          if (!result.ok)
            send({
              type: "refused",
              message: "잘못된 행이 있어 아무것도 등록하지 않았습니다. 표시된 행을 고친 뒤 다시 올려 주세요.",
              report: result.report,
            });
          else {
            expired.push(...result.outcome.tags);
            const message = importMessage(result.outcome);
            send({ type: "done", message, report: result.report });
          }
        }
      } catch (error) {
        if (error instanceof FieldError || error instanceof ForbiddenError)
          send({ type: "error", message: error.message });
        else {
          console.error(error);
          send({
            type: "error",
            message: "처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요. 아무것도 등록하지 않았습니다.",
          });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: HEADERS });
}

/** The words for what a confirmed import did. */
function importMessage(outcome: {
  kind: "published" | "submitted" | "unchanged";
  added: number;
  updated: number;
  batchId?: number;
}) {
  if (outcome.kind === "unchanged") return "바뀐 행이 없어 아무것도 바꾸지 않았습니다.";
  const n = (k: number) => k.toLocaleString("ko-KR");
  const what = [
    outcome.added ? `${n(outcome.added)}건 추가` : null,
    outcome.updated ? `${n(outcome.updated)}건 변경` : null,
  ]
    .filter(Boolean)
    .join(", ");
  if (outcome.kind === "submitted") return `제출했습니다: ${what}. 검토 부서가 승인하면 공개됩니다.`;
  return `게시했습니다: ${what}(일괄 등록 ${outcome.batchId}번). 아래 일괄 등록 기록에서 한꺼번에 되돌릴 수 있습니다.`;
}
