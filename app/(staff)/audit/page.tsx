import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccessDenied } from "@/components/admin/access-denied";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { auditExportHref, auditHref, readAuditQuery } from "@/components/audit/audit-query";
import { AuditTable } from "@/components/audit/audit-table";
import { can, refusalFor } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/data/audit";
import { listAuditActors } from "@/lib/data/audit-filters";
import { getOrganisation } from "@/lib/data/organisation";
import { listDepartments } from "@/lib/data/public-registry";
import { formatCount } from "@/lib/format";
import { param, type PageSearchProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "감사 기록" };

export default async function AuditPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  if (!can(viewer, "audit.read")) {
    const message = refusalFor("audit.read", (await getOrganisation()).reviewOffice);
    return <AccessDenied title="감사 기록" message={message} />;
  }

  const raw = await searchParams;
  const { filter, errors } = readAuditQuery(raw);
  const periodRefused = Object.keys(errors).length > 0;
  const result = periodRefused ? null : await listAudit(viewer, filter);
  // A page past the end (an old or hand-edited link) goes to the last page instead of an empty table.
  if (result && filter.page > result.pageCount) redirect(auditHref({ ...filter, page: result.pageCount }));
  const actors = await listAuditActors(viewer);
  const departments = await listDepartments();
  const period = { from: param(raw, "from") ?? "", to: param(raw, "to") ?? "" };

  return (
    <main id="main" className="container">
      <h1>감사 기록</h1>
      <p>로그인, 계정 관리, 수상 실적·지표 변경과 검토가 모두 남습니다. 기록은 고치거나 지울 수 없습니다.</p>
      <AuditFilters filter={filter} actors={actors} departments={departments} period={period} errors={errors} />
      {result === null ? (
        <p>기간을 고친 뒤 다시 조회해 주세요. 잘못된 기간으로는 기록을 보여 주지 않습니다.</p>
      ) : result.total === 0 ? (
        <p role="status">조건에 맞는 기록이 없습니다.</p>
      ) : (
        <>
          <p>
            <a href={auditExportHref(filter)} className="button button--secondary" download>
              이 조건의 기록 {formatCount(result.total)}건 엑셀(XLSX)로 내려받기
            </a>
          </p>
          <AuditTable rows={result.rows} total={result.total} page={filter.page} pageSize={AUDIT_PAGE_SIZE} />
          <AuditPagination filter={filter} pageCount={result.pageCount} />
        </>
      )}
    </main>
  );
}
