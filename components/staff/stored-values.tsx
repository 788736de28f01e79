import { formatIsoDay, formatMillionWon } from "@/lib/format";

type Named = { id: number; name: string };

/** After a lost version race: what is stored now, so the user can reconcile before saving again. */
export function StoredValues({
  current,
  agencies,
  departments,
}: {
  current: Record<string, unknown>;
  agencies: Named[];
  departments: Named[];
}) {
  const name = (list: Named[], id: unknown) => list.find((x) => x.id === id)?.name ?? String(id ?? "");
  const incentive = "incentiveWon" in current ? current.incentiveWon : current.incentive;
  const proposal = "proposalVersion" in current;
  if (proposal && current.year === undefined) return null;
  return (
    <section className="alert alert--warning" aria-labelledby="stored-values-title">
      <h2 id="stored-values-title">{proposal ? "현재 제출된 내용" : "현재 저장된 값"}</h2>
      <dl className="stored-values">
        <dt>연도</dt>
        <dd>{String(current.year ?? "")}</dd>
        <dt>수상명</dt>
        <dd>{String(current.title ?? "")}</dd>
        <dt>주관기관</dt>
        <dd>{name(agencies, current.agencyId)}</dd>
        <dt>등급</dt>
        <dd>{current.grade ? String(current.grade) : "-"}</dd>
        <dt>인센티브(백만원)</dt>
        <dd>{formatMillionWon(typeof incentive === "number" ? incentive : null)}</dd>
        <dt>담당부서</dt>
        <dd>
          {Array.isArray(current.departmentIds)
            ? current.departmentIds.map((id) => name(departments, id)).join(", ")
            : ""}
        </dd>
        <dt>수상일</dt>
        <dd>{typeof current.awardedOn === "string" ? formatIsoDay(current.awardedOn) : "-"}</dd>
        <dt>비고</dt>
        <dd>{typeof current.remarks === "string" ? current.remarks : "-"}</dd>
      </dl>
      <p>위 값을 확인해 주세요. 아래 양식의 내용으로 다시 저장하면 현재 값을 대신합니다.</p>
    </section>
  );
}
