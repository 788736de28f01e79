import type { Metadata } from "next";
import { PlannersOnly } from "@/components/review/planners-only";
import { ReviewNav } from "@/components/review/review-nav";
import { SplitDepartmentForm } from "@/components/review/split-department-form";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listDepartments } from "@/lib/data/public-registry";
import { listSplitRecords } from "@/lib/data/reorganisations";
import { param, routeId, type PageSearchProps } from "@/lib/route-props";
import { registryName } from "@/lib/validations/registry";

export const metadata: Metadata = { title: "부서 분리" };

const NAME_FIELDS = ["name1", "name2", "name3"] as const;

/**
 * 부서 분리 (조직개편) in two steps without scripts: a GET form names the department and the new
 * departments; the second form lists each of its records with a choice of new department.
 */
export default async function SplitDepartmentPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  if (!can(viewer, "registry.split")) return <PlannersOnly title="부서 분리" />;
  const params = await searchParams;
  const departments = (await listDepartments()).filter((d) => d.active);
  const departmentId = routeId(param(params, "department") ?? "");
  const typed = NAME_FIELDS.map((f) => param(params, f) ?? "");
  const names = typed.map((t) => registryName("새 부서명").safeParse(t)).flatMap((r) => (r.success ? [r.data] : []));
  const distinct = [...new Set(names)];
  const records = departmentId !== null && distinct.length >= 2 ? await listSplitRecords(viewer, departmentId) : null;
  const asked = param(params, "department") !== undefined;
  return (
    <main id="main" className="container">
      <h1>부서 분리</h1>
      <ReviewNav current="/review/split" />
      <p>
        한 부서가 여러 부서로 나뉘면, 새 부서 이름을 정한 뒤 그 부서의 수상 실적과 성과 지표를 하나씩 새 부서에
        배정합니다. 지난 수상 실적은 발표 당시의 부서명으로 계속 보이고, 공개 화면의 부서별 집계는 배정한 새 부서로
        모입니다. 나뉜 부서 직원의 계정은 관리자가 계정 관리에서 새 부서로 옮깁니다.
      </p>
      <section aria-labelledby="split-choose-heading" className="narrow">
        <h2 id="split-choose-heading">1. 나눌 부서와 새 부서</h2>
        <form method="get" action="/review/split" aria-labelledby="split-choose-heading">
          {asked && distinct.length < 2 ? (
            <p className="alert alert--error" id="split-names-error">
              서로 다른 새 부서명을 두 개 이상 입력해 주세요.
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="split-department">나눌 부서</label>
            <select id="split-department" name="department" defaultValue={departmentId ?? ""} required>
              <option value="">부서 선택</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          {NAME_FIELDS.map((f, i) => (
            <div className="field" key={f}>
              <label htmlFor={`split-${f}`}>새 부서명 {i + 1}</label>
              <input
                id={`split-${f}`}
                name={f}
                defaultValue={typed[i]}
                maxLength={60}
                autoComplete="off"
                required={i < 2}
                aria-describedby={asked && distinct.length < 2 ? "split-names-error" : undefined}
              />
            </div>
          ))}
          <button type="submit" className="button button--secondary">
            기록 배정으로
          </button>
        </form>
      </section>
      {records ? (
        <section aria-labelledby="split-assign-heading">
          <h2 id="split-assign-heading">2. {records.department.name}의 기록 배정</h2>
          <SplitDepartmentForm records={records} targetNames={distinct} />
        </section>
      ) : null}
    </main>
  );
}
