import fs from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  agencies,
  awardDepartments,
  awards,
  departmentAliases,
  departments,
  kpis,
  kpiValueNotes,
  kpiValues,
  policyAreas,
  policyPoints,
  years,
} from "@/db/schema";
import { parseMillionWon, wonToMillionWonDecimal } from "@/lib/money";
import { formatKpiValue } from "@/lib/format";
import { seededDb } from "@/test/db";
import { seedAgencies } from "./agencies";
import { seedKpis } from "./kpis";
import { DOCUMENT_CHANGE_FROM_2022, DOCUMENT_TOTALS_2023 } from "./years";

type FixtureRow = {
  agency: string;
  title: string;
  grade: string | null;
  incentive: string | null;
  departments: string[];
};

// The fixture is a second, independent transcription in the page's own layout (departments as
// printed, "-" for none), so a slip in the seed file does not go unseen.
function readFixture(): FixtureRow[] {
  const text = fs.readFileSync(path.join(__dirname, "fixtures", "awards-2023.tsv"), "utf8");
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [agency, title, grade, incentive, printedDepartments] = line.split("\t");
      return {
        agency,
        title,
        grade: grade === "-" ? null : grade,
        incentive: incentive === "-" ? null : incentive,
        departments: printedDepartments.split(","),
      };
    });
}

const db = await seededDb();

async function storedAwards() {
  const rows = await db
    .select({
      id: awards.id,
      year: awards.year,
      title: awards.title,
      grade: awards.grade,
      incentiveWon: awards.incentiveWon,
      agency: agencies.name,
      kind: agencies.kind,
    })
    .from(awards)
    .innerJoin(agencies, eq(agencies.id, awards.agencyId))
    .orderBy(asc(awards.sourceOrder));
  const links = await db
    .select({ awardId: awardDepartments.awardId, name: departments.name })
    .from(awardDepartments)
    .innerJoin(departments, eq(departments.id, awardDepartments.departmentId));
  return rows.map((r) => ({ ...r, departments: links.filter((l) => l.awardId === r.id).map((l) => l.name) }));
}

describe("seeded 2023 record", () => {
  const fixture = readFixture();
  let stored: Awaited<ReturnType<typeof storedAwards>>;
  let aliasOf: Map<string, string>;

  beforeAll(async () => {
    stored = await storedAwards();
    aliasOf = new Map(
      (
        await db
          .select({ alias: departmentAliases.alias, name: departments.name })
          .from(departmentAliases)
          .innerJoin(departments, eq(departments.id, departmentAliases.departmentId))
      ).map((a) => [a.alias, a.name]),
    );
  });

  it("holds the 61 awards of the fixture, row by row, in printed order", () => {
    expect(fixture).toHaveLength(61);
    expect(stored).toHaveLength(61);
    fixture.forEach((f, i) => {
      const s = stored[i];
      expect({ agency: s.agency, title: s.title, grade: s.grade, year: s.year }).toEqual({
        agency: f.agency,
        title: f.title,
        grade: f.grade,
        year: 2023,
      });
      expect(s.incentiveWon).toBe(f.incentive === null ? null : parseMillionWon(f.incentive));
      // The fixture keeps the page's other spelling ("통합일자리 지원단"); the registry resolves it.
      const printed = f.departments.map((d) => aliasOf.get(d) ?? d);
      expect([...s.departments].sort()).toEqual([...printed].sort());
    });
  });

  it("reconciles with the totals the document prints: 61 awards, 1,270.5 백만원", () => {
    const totalWon = stored.reduce((sum, a) => sum + (a.incentiveWon ?? 0), 0);
    expect(stored.length).toBe(DOCUMENT_TOTALS_2023.awardCount);
    expect(wonToMillionWonDecimal(totalWon)).toBe(DOCUMENT_TOTALS_2023.incentiveMillionWon);
    expect(totalWon).toBe(1_270_500_000);
  });

  it("matches each body's printed count and the per-body sums", () => {
    for (const { name, printedCount } of seedAgencies) {
      expect(
        stored.filter((a) => a.agency === name),
        name,
      ).toHaveLength(printedCount);
    }
    const sum = (agency: string) =>
      wonToMillionWonDecimal(stored.filter((a) => a.agency === agency).reduce((s, a) => s + (a.incentiveWon ?? 0), 0));
    const fixtureSum = (agency: string) =>
      wonToMillionWonDecimal(
        fixture
          .filter((a) => a.agency === agency)
          .reduce((s, a) => s + (a.incentive ? parseMillionWon(a.incentive)! : 0), 0),
      );
    expect(sum("행정안전부")).toBe("377");
    expect(sum("보건복지부")).toBe("81.3");
    expect(sum("충청북도")).toBe("713.2");
    expect(sum("고용노동부")).toBe("70");
    expect(sum("농촌진흥청")).toBe("2.2");
    expect(sum("한국농어촌공사")).toBe("15");
    for (const { name } of seedAgencies) expect(sum(name), name).toBe(fixtureSum(name));
  });

  it("keeps the document's quirks", () => {
    const shared = stored.find((a) => a.title === "농촌지도사업 우수 기관상")!;
    expect(shared.departments.sort()).toEqual(["기술보급과", "농촌지원과"]);
    expect(aliasOf.get("통합일자리 지원단")).toBe("통합일자리지원단");
    expect(stored.filter((a) => a.grade === null)).toHaveLength(7);
    expect(stored.filter((a) => a.incentiveWon === null)).toHaveLength(26);
    expect(stored.find((a) => a.title.startsWith("2022년 아이돌봄"))!.grade).toBe("A등급");
    expect(stored.find((a) => a.agency === "한국공공자치연구원")!.grade).toBe("전국 군단위 3위");
  });

  it("classifies the bodies by kind", () => {
    const kindOf = (name: string) => stored.find((a) => a.agency === name)!.kind;
    expect(kindOf("행정안전부")).toBe("central");
    expect(kindOf("식품의약품안전처")).toBe("central");
    expect(kindOf("국민권익위원회")).toBe("central");
    expect(kindOf("충청북도")).toBe("province");
    expect(kindOf("충북청소년종합진흥원")).toBe("public");
    expect(kindOf("한국농어촌공사")).toBe("public");
    expect(kindOf("충북여성재단")).toBe("public");
    expect(kindOf("한국공공자치연구원")).toBe("public");
    expect(kindOf("New York Festivals")).toBe("international");
  });

  it("keeps the 2022 baseline as totals: 61 − 16 awards, 1,270.5 − 327.9 백만원", async () => {
    const y2022 = (await db.select().from(years).where(eq(years.year, 2022)))[0]!;
    expect(y2022.baselineAwardCount).toBe(DOCUMENT_TOTALS_2023.awardCount - DOCUMENT_CHANGE_FROM_2022.awardCount);
    expect(y2022.baselineIncentiveWon).toBe(
      parseMillionWon(DOCUMENT_TOTALS_2023.incentiveMillionWon)! -
        parseMillionWon(DOCUMENT_CHANGE_FROM_2022.incentiveMillionWon)!,
    );
    expect(wonToMillionWonDecimal(y2022.baselineIncentiveWon!)).toBe("942.6");
    expect(await db.select().from(awards).where(eq(awards.year, 2022))).toHaveLength(0);
  });
});

describe("seeded KPI figures and policy areas", () => {
  const shown = async () => {
    const rows = await db
      .select({
        name: kpis.name,
        unit: kpis.unit,
        style: kpis.moneyStyle,
        value: kpiValues.value,
        period: kpiValues.period,
        valueId: kpiValues.id,
      })
      .from(kpis)
      .innerJoin(kpiValues, eq(kpiValues.kpiId, kpis.id));
    return new Map(
      rows.map((r) => [
        r.name,
        { text: formatKpiValue(r.value, r.unit, r.style), period: r.period, valueId: r.valueId },
      ]),
    );
  };

  it("holds every headline figure, printed the way the document prints it", async () => {
    const k = await shown();
    const expected: Record<string, string> = {
      투자유치액: "12,190억원",
      "누적 투자유치액": "12조 2,037억원",
      고용률: "70.5%",
      "경제활동 참가율": "72.7%",
      "취업자수 증가율": "37.7%",
      지역내총생산: "8조 1,054억원",
      "1인당 GRDP": "9,024만원",
      합계출산율: "1.107명",
      "학령인구(초·중·고) 비율": "11.9%",
      "학령인구 증가율(최근 5년)": "14.3%",
      "연속 인구증가": "17년",
      "농가당 GRDP": "5,386만원",
      "농업인 1인당 GRDP": "2,419만원",
      "ESG 종합계획 분야": "4개",
      "ESG 종합계획 전략과제": "17개",
      "ESG 종합계획 사업": "84개",
      "ESG 종합계획 투입 예산": "4,025억원",
      "레이크파크 권역": "4개",
      "레이크파크 사업": "32개",
      "레이크파크 사업비": "4,696억원",
      "교성지구 계획인구": "6,370명",
      "교성지구 계획세대": "2,450세대",
      "성석지구 계획인구": "6,019명",
      "성석지구 계획세대": "2,618세대",
      "교성2지구 계획인구": "1,653명",
      "교성2지구 계획세대": "719세대",
      "신척지구 계획인구": "1,150명",
      "신척지구 계획세대": "500세대",
      "진천 국가대표선수촌 스포츠테마타운 사업비": "3,003억원",
      "진천 스포츠가치센터 사업비": "490억원",
      "이월 다목적체육관 사업비": "60억원",
      "진천 파크골프장 사업비": "14.5억원",
      "광혜원 생활체육공원 사업비": "113억원",
    };
    for (const [name, text] of Object.entries(expected)) expect(k.get(name)?.text, name).toBe(text);
  });

  it("gives each figure the period the document prints beside it, and no year where it prints none", async () => {
    const k = await shown();
    // Every period the page prints (line by line in the source); any other figure has none.
    const printed: Record<string, string> = {
      투자유치액: "2023", // "2023년 투자유치 12,190억원"
      "누적 투자유치액": "2016 ~ 2023", // "8년간(‘16년 ~‘23년)"
      고용률: "2023 상반기", // "23년 상반기 고용률 70.5%"
      "취업자수 증가율": "2016 상반기 ~ 2023 상반기", // "(‘16.상 ~‘23.상)"
      "연속 인구증가": "2008 ~ 2023", // "(‘08년 ~ ‘23년)"
      "ESG 종합계획 분야": "2023년 4월", // "ESG 종합계획 수립 …(‘23. 4월 / 4개 분야 …)"
      "ESG 종합계획 전략과제": "2023년 4월",
      "ESG 종합계획 사업": "2023년 4월",
      "ESG 종합계획 투입 예산": "2023년 4월",
      "이월 다목적체육관 사업비": "2023년 5월", // "(‘23. 5월 / 60억원)"
      "진천 파크골프장 사업비": "2023년 9월",
      "광혜원 생활체육공원 사업비": "2023년 10월",
      "레이크파크 권역": "2023년 1월", // "기본계획 수립(‘23. 1월)"
      "레이크파크 사업": "2023년 1월",
      "레이크파크 사업비": "2023년 1월",
    };
    for (const kpi of seedKpis) {
      expect(k.get(kpi.name)!.period, kpi.name).toBe(printed[kpi.name] ?? "출처에 기간 표시 없음");
    }
    // The ones issue 12 found labelled with the edition's year.
    for (const name of ["지역내총생산", "1인당 GRDP", "합계출산율", "학령인구(초·중·고) 비율", "농가당 GRDP"]) {
      expect(k.get(name)!.period, name).toBe("출처에 기간 표시 없음");
    }
  });

  it("keeps comparisons, reference values and targets", async () => {
    const k = await shown();
    const notes = async (name: string) =>
      await db
        .select()
        .from(kpiValueNotes)
        .where(eq(kpiValueNotes.kpiValueId, k.get(name)!.valueId));
    expect((await notes("고용률")).map((n) => n.label)).toEqual([
      "도내 2위",
      "경제활동인구 5만명 이상 시군(72개) 중 4위",
    ]);
    expect(
      (await notes("합계출산율")).filter((n) => n.kind === "reference").map((n) => `${n.label} ${n.value}${n.unit}`),
    ).toEqual(["전국 0.778명", "충북도 0.871명"]);
    const farm = (await db.select().from(kpis).where(eq(kpis.name, "농가당 GRDP")))[0]!;
    expect(formatKpiValue(farm.targetValue!, "원", "man")).toBe("6,500만원");
  });

  it("transcribes the nine policy areas and all 59 narrative points", async () => {
    expect(await db.select().from(policyAreas)).toHaveLength(9);
    const points = await db.select().from(policyPoints);
    expect(points).toHaveLength(59);
    expect(points.some((p) => p.text === "합계출산율 1.107명(도내 1위 / 전국 0.778명, 충북도 0.871명)")).toBe(true);
  });
});
