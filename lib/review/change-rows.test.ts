import { describe, expect, it } from "vitest";
import { awardChange, changeRows, type NameLookup } from "./change-rows";

const names: NameLookup = {
  agency: (id) => ({ 1: "충청북도", 2: "행정안전부" })[id] ?? `#${id}`,
  department: (id) => ({ 6: "주민복지과", 16: "세정과" })[id] ?? `#${id}`,
  kpi: (id) => (id === 3 ? { name: "지방세 징수액", unit: "원", moneyStyle: "eok" } : undefined),
};
const proposal = {
  year: 2023,
  title: "지방세 징수 우수기관",
  grade: "우수",
  incentive: 5_500_000,
  agencyId: 1,
  departmentIds: [16, 6],
};
const published = {
  id: 9,
  year: 2023,
  title: "지방세 징수 우수기관",
  grade: "우수",
  incentiveWon: 4_000_000,
  agencyId: 1,
  departmentIds: [16],
  version: 2,
  deleted: false,
};

describe("changeRows", () => {
  it("shows an edit beside the published award and marks what changes", () => {
    const rows = changeRows({ entityType: "award", action: "update", published, content: proposal }, names);
    expect(rows.filter((r) => r.changed)).toEqual([
      { label: "인센티브(백만원)", before: "4", after: "5.5", changed: true },
      { label: "담당부서", before: "세정과", after: "세정과, 주민복지과", changed: true },
    ]);
    expect(rows.find((r) => r.label === "주관기관")).toEqual({
      label: "주관기관",
      before: "충청북도",
      after: "충청북도",
      changed: false,
    });
  });

  it("has nothing before a new award and nothing after a deletion", () => {
    const create = changeRows(
      {
        entityType: "award",
        action: "create",
        published: null,
        content: { year: 2023, title: "새 상", agencyId: 2, grade: null, incentive: null, departmentIds: [6] },
      },
      names,
    );
    expect(create.every((r) => r.before === null && !r.changed)).toBe(true);
    expect(create.find((r) => r.label === "인센티브(백만원)")!.after).toBe("-");
    const remove = changeRows(
      { entityType: "award", action: "delete", published, content: { ...published, deleted: true } },
      names,
    );
    expect(remove.every((r) => r.after === null && r.before !== null)).toBe(true);
  });

  it("shows a KPI value in its printed unit", () => {
    const rows = changeRows(
      {
        entityType: "kpi_value",
        action: "update",
        published: {
          kpiId: 3,
          period: "2023",
          value: "121900000000",
          notes: [{ kind: "comparison", label: "도내 3위", value: null, unit: null }],
        },
        content: {
          kpiId: 3,
          period: "2023",
          value: "125000000000",
          notes: [
            { kind: "comparison", label: "도내 2위", value: null, unit: null },
            { kind: "reference", label: "전국", value: "0.778", unit: "명" },
          ],
        },
      },
      names,
    );
    expect(rows).toEqual([
      { label: "지표", before: "지방세 징수액", after: "지방세 징수액", changed: false },
      { label: "기간", before: "2023", after: "2023", changed: false },
      { label: "값", before: "1,219억원", after: "1,250억원", changed: true },
      { label: "비교·참고", before: "도내 3위", after: "도내 2위, 전국 0.778명", changed: true },
    ]);
  });
});

describe("awardChange", () => {
  it("reads year and incentive from the published record and from the proposal", () => {
    expect(
      awardChange({
        entityType: "award",
        action: "update",
        published,
        content: { ...proposal, year: 2022, incentive: 4_000_000 },
      }),
    ).toEqual({
      before: { year: 2023, incentiveWon: 4_000_000 },
      after: { year: 2022, incentiveWon: 4_000_000 },
    });
    expect(awardChange({ entityType: "kpi_value", action: "update", published: null, content: {} })).toBeNull();
  });
});
