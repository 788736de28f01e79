import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fillMissingAwardSearch } from "@/db/award-search";
import { agencies, awards } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import type { AwardQuery } from "@/lib/validations/award-query";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { saveAward } from "./award-edits";
import { listAllPublicAwards, listPublicAwards, streamPublicAwards } from "./public-awards";
import { renameRegistryEntry } from "./registry-edits";

// Search and order the way Korean is written, over the seeded 2023 record (issue #17).

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let admin: StaffViewer;

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  admin = await viewerOf("admin");
});

async function titles(filters: Partial<AwardQuery>): Promise<string[]> {
  const page = await listPublicAwards({ sort: "order", dir: "asc", page: 1, pageSize: 1000, ...filters });
  return page.rows.map((r) => r.title);
}

describe("search", () => {
  it("ignores spacing", async () => {
    const expected = ["2023년 지역복지사업평가(지역사회통합돌봄 부문) 우수 지자체"];
    expect(await titles({ q: "지역사회통합돌봄" })).toEqual(expected);
    expect(await titles({ q: "지역사회 통합돌봄" })).toEqual(expected);
    expect(await titles({ q: " 지역 사회 통합 돌봄 " })).toEqual(expected);
  });

  it.each([
    "·",
    "ㆍ",
    "・",
    "‧",
    "•",
    "∙",
    "⋅",
    "\u00b7",
    "\u318d",
    "\u30fb",
    "\u2027",
    "\u2022",
    "\u2219",
    "\u22c5",
    " ",
  ])("treats the middle dot %s as the one the title is written with (ㆍ)", async (dot) => {
    expect(await titles({ q: `운영${dot}관리` })).toEqual(["2023년 일반수도사업 운영ㆍ관리 평가 최우수기관"]);
  });

  it("finds the same words however the record spaced and dotted them", async () => {
    const expected = ["2023년도 시·군 감사 운영실태 평가", "2023년 시군 감사운영실태 평가"];
    expect(await titles({ q: "시군감사운영실태" })).toEqual(expected);
    expect(await titles({ q: "시ㆍ군 감사 운영" })).toEqual(expected);
  });

  it("reads a hanja in the title (安全大전환) as its Korean reading, typed either way", async () => {
    const expected = ["대한민국 안전大전환, 2023년 집중안전점검 평가"];
    expect(await titles({ q: "안전대전환" })).toEqual(expected);
    expect(await titles({ q: "안전 大 전환" })).toEqual(expected);
  });

  it("finds awards by the names of their departments, however spaced", async () => {
    const id = (await departmentIdByName(db, "안전총괄과"))!;
    const byDepartment = await titles({ department: id });
    expect(byDepartment.length).toBeGreaterThan(0);
    expect(await titles({ q: "안전총괄과" })).toEqual(byDepartment);
    expect(await titles({ q: "안전 총괄과" })).toEqual(byDepartment);
  });

  it("finds awards by the name of their awarding body", async () => {
    const [body] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "보건복지부"));
    const byBody = await titles({ agency: body.id });
    expect(byBody.length).toBeGreaterThan(1);
    expect(await titles({ q: "보건 복지부" })).toEqual(expect.arrayContaining(byBody));
  });

  it("finds titles by their initial consonants (초성)", async () => {
    expect(await titles({ q: "ㅊㅁㄱㅂ" })).toEqual(["제16회 치매극복의 날 유공기관"]);
    expect(await titles({ q: "ㅊㅁ" })).toEqual(
      expect.arrayContaining(["제16회 치매극복의 날 유공기관", "2023년 치매관리사업 우수사례"]),
    );
    expect(await titles({ q: "ㅈ8ㄱ" })).toEqual(["제8기 지역보건의료계획 우수 지자체"]);
  });

  it("does not match across the end of a title and the start of a name", async () => {
    // "… 우수기관" by 보건복지부: "기관보건" spans two fields.
    expect(await titles({ q: "유공기관보건복지부" })).toEqual([]);
  });

  it("searches nothing for a query of spaces and dots", async () => {
    expect(await titles({ q: " · ", year: 2023 })).toHaveLength(61);
  });
});

describe("order", () => {
  it("sorts numbered titles by their numbers' values", async () => {
    const asc = await titles({ sort: "title", dir: "asc", year: 2023 });
    expect(asc.filter((t) => t.startsWith("제"))).toEqual([
      "제1회 대한민국 평생학습도시 좋은정책 어워드",
      "제8기 지역보건의료계획 우수 지자체",
      "제10회 행복농촌 만들기 콘테스트",
      "제15회 지방자치단체 건강증진사업 우수기관",
      "제16회 치매극복의 날 유공기관",
    ]);
    expect(asc.indexOf("2022년 주민등록ㆍ인감 업무 우수기관")).toBeLessThan(
      asc.indexOf("2023년 비상대비 업무 유공기관"),
    );
  });

  it("sorts titles in 가나다 order, and the other way round descending", async () => {
    const asc = await titles({ sort: "title", dir: "asc", year: 2023 });
    const firstSyllables = asc.map((t) => t.codePointAt(0)!).filter((c) => c >= 0xac00 && c <= 0xd7a3);
    expect(firstSyllables).toEqual([...firstSyllables].sort((a, b) => a - b));
    expect(asc.indexOf("대한민국 안전大전환, 2023년 집중안전점검 평가")).toBeLessThan(
      asc.indexOf("제1회 대한민국 평생학습도시 좋은정책 어워드"),
    );
    expect(await titles({ sort: "title", dir: "desc", year: 2023 })).toEqual([...asc].reverse());
  });

  it.each(["asc", "desc"] as const)("puts awards without an incentive last when sorted %s", async (dir) => {
    const page = await listPublicAwards({ year: 2023, sort: "incentive", dir, page: 1, pageSize: 100 });
    const amounts = page.rows.map((r) => r.incentiveWon);
    const given = amounts.filter((a): a is number => a !== null);
    expect(given).toHaveLength(35);
    expect(amounts).toEqual([...given.sort((a, b) => (dir === "asc" ? a - b : b - a)), ...Array(26).fill(null)]);
    // The last page holds only awards without one.
    const last = await listPublicAwards({ year: 2023, sort: "incentive", dir, page: 4, pageSize: 20 });
    expect(last.rows.map((r) => r.incentiveWon)).toEqual([null]);
  });

  it.each([
    ["title", "asc"],
    ["title", "desc"],
    ["incentive", "asc"],
    ["incentive", "desc"],
  ] as const)("downloads in the screen's order when sorted by %s %s (chunked)", async (sort, dir) => {
    const screen = await listPublicAwards({ year: 2023, sort, dir, page: 1, pageSize: 100 });
    const streamed: number[] = [];
    for await (const chunk of streamPublicAwards({ year: 2023, sort, dir }, 7))
      streamed.push(...chunk.map((r) => r.id));
    expect(streamed).toEqual(screen.rows.map((r) => r.id));
  });
});

describe("search columns on every write", () => {
  it("follow a published award's title as it is added and changed", async () => {
    const welfare = (await departmentIdByName(db, "주민복지과"))!;
    const content = { year: 2023, agencyId: 2, grade: "우수", incentive: null, departmentIds: [welfare] };
    const added = await saveAward(planner, { ...content, title: "제9회 마을ㆍ공동체 大상" }, ctx);
    expect(added.kind).toBe("published");
    expect(await titles({ q: "마을·공동체 대상" })).toEqual(["제9회 마을ㆍ공동체 大상"]);
    const asc = await titles({ year: 2023, sort: "title", dir: "asc" });
    expect(asc.indexOf("제9회 마을ㆍ공동체 大상")).toBe(asc.indexOf("제8기 지역보건의료계획 우수 지자체") + 1);

    const [row] = await db.select().from(awards).where(eq(awards.title, "제9회 마을ㆍ공동체 大상"));
    await saveAward(planner, { ...content, id: row.id, version: row.version, title: "제9회 이웃 나눔상" }, ctx);
    expect(await titles({ q: "마을공동체" })).toEqual([]);
    expect(await titles({ q: "이웃나눔" })).toEqual(["제9회 이웃 나눔상"]);
  });

  it("fill rows written without them, as the migration's data step does", async () => {
    await db.update(awards).set({ searchText: null, titleSort: null });
    expect(await titles({ q: "안전대전환" })).toEqual([]);
    await fillMissingAwardSearch(db);
    expect(await titles({ q: "안전대전환" })).toEqual(["대한민국 안전大전환, 2023년 집중안전점검 평가"]);
  });

  it("follow a rename: awards dated after it are found under the new name, earlier ones under the old", async () => {
    const id = (await departmentIdByName(db, "안전총괄과"))!;
    const before = await titles({ department: id });
    await renameRegistryEntry(admin, { kind: "department", id, name: "재난안전과", effectiveOn: "2024-07-01" }, ctx);
    // 2023 awards keep the name they were published under.
    expect(await titles({ q: "재난안전과" })).toEqual([]);
    expect(await titles({ q: "안전총괄과" })).toEqual(before);

    const [body] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "충청북도"));
    const province = await titles({ agency: body.id });
    await renameRegistryEntry(
      admin,
      { kind: "agency", id: body.id, name: "충북특별자치도", effectiveOn: "2023-01-01" },
      ctx,
    );
    expect(await titles({ q: "충북특별자치도" })).toEqual(province);
    expect(await titles({ q: "충청북도" })).not.toEqual(expect.arrayContaining(province));
    expect((await listAllPublicAwards({ q: "충북 특별 자치도", sort: "order", dir: "asc" })).length).toBe(
      province.length,
    );
  });
});
