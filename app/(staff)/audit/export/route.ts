import type { NextRequest } from "next/server";
import { readAuditQuery } from "@/components/audit/audit-query";
import { auditActionLabel } from "@/lib/audit/actions";
import { auditEntityLabel } from "@/lib/audit/entities";
import { can, refusalFor } from "@/lib/auth/can";
import { staffViewerForRoute } from "@/lib/auth/route-gate";
import { auditExport, type AuditExportRow } from "@/lib/data/audit-export";
import { getOrganisation } from "@/lib/data/organisation";
import { formatDateTime } from "@/lib/format";
import { declaredWidths, XLSX_CONTENT_TYPE, type XlsxColumn, xlsxChunks } from "@/lib/xlsx";

// The log names people and their addresses: never stored by a browser or a proxy.
const PRIVATE = { "Cache-Control": "private, no-store" } as const;
const TEXT = { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } as const;

const COLUMNS: XlsxColumn<AuditExportRow>[] = [
  { header: "번호", value: (r) => r.id, width: 8 },
  { header: "일시", value: (r) => formatDateTime(r.at), width: 20 },
  { header: "사용자", value: (r) => r.actorName, width: 14 },
  { header: "작업", value: (r) => auditActionLabel(r.action), width: 20 },
  { header: "작업 코드", value: (r) => r.action, width: 22 },
  { header: "대상", value: (r) => auditEntityLabel(r.entityType), width: 12 },
  { header: "대상 번호", value: (r) => r.entityId, width: 10 },
  { header: "부서", value: (r) => r.department, width: 14 },
  { header: "메모", value: (r) => r.note, width: 30 },
  { header: "변경 전", value: (r) => r.before, width: 40 },
  { header: "변경 후", value: (r) => r.after, width: 40 },
  { header: "IP", value: (r) => r.ip, width: 16 },
];

/** The period and filters in words, for the 정보 sheet. */
function describe(filter: {
  from?: string;
  to?: string;
  userId?: number;
  departmentId?: number;
  entityType?: string;
  entityId?: number;
}) {
  const parts = [
    filter.from || filter.to ? `기간 ${filter.from ?? "처음"} ~ ${filter.to ?? "지금"}` : null,
    filter.userId ? `사용자 번호 ${filter.userId}` : null,
    filter.departmentId ? `부서 번호 ${filter.departmentId}` : null,
    filter.entityType ? `대상 ${auditEntityLabel(filter.entityType)}` : null,
    filter.entityId ? `대상 번호 ${filter.entityId}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

/** GET /audit/export?from=…&to=…: the filtered audit log as XLSX, every page of it; planners and admins. */
export async function GET(request: NextRequest) {
  const [gated, org] = await Promise.all([staffViewerForRoute(), getOrganisation()]);
  if (!gated.ok) return new Response(gated.message, { status: gated.status, headers: TEXT });
  if (!can(gated.viewer, "audit.read"))
    return new Response(refusalFor("audit.read", org.reviewOffice), { status: 403, headers: TEXT });
  const { filter, errors } = readAuditQuery(request.nextUrl.searchParams);
  const refused = Object.values(errors).flat();
  if (refused.length) return new Response(refused.join("\n"), { status: 400, headers: TEXT });

  const { total, rows } = await auditExport(gated.viewer, filter);
  const exportedAt = new Date();
  const chunks = xlsxChunks(
    { name: "감사 기록", columns: COLUMNS, rows },
    // Not the open-data licence sheet: this is an internal record with people's names and addresses.
    () => [
      ["자료", `${org.name} 성과 관리 감사 기록`],
      ["적용한 조건", describe(filter) ?? "조건 없음(전체)"],
      ["행 수", `${total.toLocaleString("ko-KR")}행`],
      ["내려받은 날짜", formatDateTime(exportedAt)],
      ["취급 주의", "이름과 접속 주소(IP)가 들어 있는 개인정보입니다. 감사 목적 밖으로 쓰거나 내보내지 마십시오."],
    ],
    declaredWidths(COLUMNS),
  );
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const day = exportedAt.toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });
  return new Response(body, {
    headers: {
      ...PRIVATE,
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="audit-log-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`감사기록-${day}.xlsx`)}`,
    },
  });
}
