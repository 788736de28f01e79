import { connection, type NextRequest } from "next/server";
import { pendingGate } from "@/lib/auth/gate";
import { getViewer } from "@/lib/auth/session";
import { PUBLIC_VIEWER } from "@/lib/auth/viewer";
import { readEvidence } from "@/lib/data/evidence";
import { NotFoundError } from "@/lib/errors";

const NOT_FOUND = () =>
  new Response("증빙 파일을 찾을 수 없습니다.", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });

/**
 * GET /evidence/<id> — an evidence file for a viewer allowed to open it (lib/data/evidence.ts), with
 * the type its bytes were checked as, nosniff and a sandboxing CSP, never cached by a shared cache.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) return NOT_FOUND();
  try {
    const viewer = await getViewer();
    // Staff with a step to take first (a temporary password, a required authenticator) have no staff
    // rights anywhere else yet, so here they read only what the public may.
    const reader = viewer.kind === "staff" && pendingGate(viewer) ? PUBLIC_VIEWER : viewer;
    const file = await readEvidence(reader, Number(raw));
    const extension = file.contentType === "application/pdf" ? "pdf" : file.contentType === "image/png" ? "png" : "jpg";
    return new Response(file.bytes as BodyInit, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        // The stored name may hold Hangul: RFC 5987 for it, an ASCII fallback beside.
        "Content-Disposition": `inline; filename="evidence-${raw}.${extension}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_FOUND();
    throw error;
  }
}
