import { count, eq, isNull, like } from "drizzle-orm";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, awardDepartments, awards, departments, submissions, users, years } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type StaffViewer } from "@/lib/auth/viewer";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { toXlsx } from "@/lib/xlsx";
import { seededDb } from "@/test/db";
import { confirmImport, dryRunImport } from "./import";

const db = await seededDb();
const ctx = { ip: "192.0.2.7" };
const HEADER = "연도,수상명,주관기관,등급,인센티브(백만원),담당부서";

const viewerOf = async (username: string): Promise<StaffViewer> => {
  const u = (await db.select().from(users).where(eq(users.username, username)))[0]!;
  return {
    kind: "staff",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    mustChangePassword: u.mustChangePassword,
  };
};
const csvFile = (lines: string[], name = "awards.csv") => ({
  name,
  bytes: new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`),
});
const tally = async () => ({
  awards: (await db.select({ n: count() }).from(awards))[0]!.n,
  links: (await db.select({ n: count() }).from(awardDepartments))[0]!.n,
  submissions: (await db.select({ n: count() }).from(submissions))[0]!.n,
  audit: (await db.select({ n: count() }).from(auditLog))[0]!.n,
});

let planner: StaffViewer;
let welfare: StaffViewer;

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("dry run", () => {
  it("reports each problem with its row, column and a Korean message, and writes nothing", async () => {
    const before = await tally();
    const report = await dryRunImport(
      planner,
      csvFile([
        "2023,2023년 일자리 정책 우수기관,고용노동부,우수,12.5,통합일자리지원단",
        "20x3,연도가 틀린 행,고용노동부,,,세정과",
        "2023,없는 기관 행,고용노동청,,,세정과",
        '2023,없는 부서 행,충청북도,,,"세정과, 없는과"',
        '2023,"인센티브가 틀린 행",충청북도,,-5,"세정과, 경제과"',
        "2023,,충청북도,,,세정과",
      ]),
    );
    expect(report).toMatchObject({ fileName: "awards.csv", mode: "publish", total: 6, valid: 1 });
    expect(report.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(report.rows[0]).toMatchObject({ valid: true, errors: [] });
    expect(report.rows.slice(1).flatMap((r) => r.errors)).toEqual([
      { row: 3, column: "연도", message: "연도를 숫자로 입력해 주세요." },
      { row: 4, column: "주관기관", message: expect.stringContaining("등록되지 않은 주관기관입니다: 「고용노동청」") },
      { row: 5, column: "담당부서", message: expect.stringContaining("등록되지 않은 담당부서입니다: 「없는과」") },
      { row: 6, column: "인센티브(백만원)", message: "인센티브는 0 이상이어야 합니다." },
      { row: 7, column: "수상명", message: "수상명을 입력해 주세요." },
    ]);
    expect(await tally()).toEqual(before);
  });

  it("resolves an alias or a spacing variant and flags it (check b)", async () => {
    const report = await dryRunImport(
      planner,
      csvFile([
        "2023,2023년 청년 일자리 우수기관,충청북도,우수,,통합일자리 지원단",
        "2023,2023년 상수도 관리 우수,환경부,,,상하수도사업소",
      ]),
    );
    expect(report.valid).toBe(2);
    expect(report.rows[0].flags).toEqual([
      expect.objectContaining({
        kind: "spelling",
        field: "departmentIds",
        message: expect.stringContaining("「통합일자리 지원단」"),
      }),
    ]);
    expect(report.rows[1].flags).toEqual([
      expect.objectContaining({ kind: "spelling", message: expect.stringContaining("띄어쓰기") }),
    ]);
  });

  it("flags a likely duplicate of a published award and of an earlier row of the file (check a)", async () => {
    const report = await dryRunImport(
      planner,
      csvFile([
        "2023,2023년 시군 감사 운영실태평가,충청북도,우수,,기획감사실",
        "2023,2024년 새 시책 평가,행정안전부,,,기획감사실",
        "2023,'23년도 실적 새 시책 평가,행정안전부,,,기획감사실",
      ]),
    );
    expect(report.valid).toBe(3);
    expect(report.rows[0].flags.map((f) => f.kind)).toEqual(["duplicate", "duplicate"]);
    expect(report.rows[2].flags).toEqual([
      expect.objectContaining({ kind: "duplicate", message: expect.stringContaining("이 파일의 3행") }),
    ]);
  });

  it("refuses a closed year on the 연도 column", async () => {
    await db.update(years).set({ status: "closed" }).where(eq(years.year, 2022));
    try {
      const report = await dryRunImport(planner, csvFile(["2022,2022년 마감된 해 실적,충청북도,,,세정과"]));
      expect(report.rows[0].errors).toEqual([
        { row: 2, column: "연도", message: expect.stringContaining("2022년은 마감되어") },
      ]);
    } finally {
      await db.update(years).set({ status: "open" }).where(eq(years.year, 2022));
    }
  });

  it("skips empty rows and the export's sum row, and reads XLSX the same way", async () => {
    const columns = HEADER.split(",").map((header, i) => ({ header, value: (r: string[]) => r[i] }));
    const bytes = await toXlsx(
      {
        name: "수상 실적",
        columns,
        rows: [["2023", "2023년 엑셀 행", "교육부", "", "1.5", "교육청소년과"]],
        sumRow: ["합계", "1건", null, null, 1.5, null],
      },
      [],
    );
    const report = await dryRunImport(planner, { name: "awards.xlsx", bytes });
    expect(report).toMatchObject({ total: 1, valid: 1 });
    expect(report.rows[0].cells).toEqual({
      연도: "2023",
      수상명: "2023년 엑셀 행",
      주관기관: "교육부",
      등급: "",
      "인센티브(백만원)": "1.5",
      담당부서: "교육청소년과",
      // The file has no 수상일 or 비고 column: empty cells, which an update leaves as they are.
      수상일: "",
      비고: "",
    });
  });

  it("refuses a file without the needed columns, an unreadable XLSX and more than 10,000 rows", async () => {
    await expect(
      dryRunImport(planner, { name: "a.csv", bytes: new TextEncoder().encode("연도,수상명\r\n2023,x\r\n") }),
    ).rejects.toThrow(/필요한 열이 없습니다: 주관기관, 등급, 인센티브\(백만원\), 담당부서/);
    await expect(
      dryRunImport(planner, { name: "a.xlsx", bytes: new TextEncoder().encode("not a workbook") }),
    ).rejects.toThrow(FieldError);
    const many = Array.from({ length: 10_001 }, (_, i) => `2023,대량 행 ${i},충청북도,,,세정과`);
    await expect(dryRunImport(planner, csvFile(many))).rejects.toThrow(/10,000행까지/);
    const limit = await dryRunImport(planner, csvFile(many.slice(0, 10_000)));
    expect(limit.total).toBe(10_000);
  });

  it("is for staff only", async () => {
    await expect(dryRunImport(PUBLIC_VIEWER, csvFile(["2023,x,충청북도,,,세정과"]))).rejects.toThrow(ForbiddenError);
  });
});

describe("confirm", () => {
  it("changes nothing when any row is invalid", async () => {
    const before = await tally();
    const result = await confirmImport(
      planner,
      csvFile(["2023,2023년 좋은 행,교육부,,,교육청소년과", "2023,2023년 나쁜 행,없는기관,,,교육청소년과"]),
      ctx,
    );
    expect(result.ok).toBe(false);
    expect(result.report.rows[1].errors).toEqual([expect.objectContaining({ row: 3, column: "주관기관" })]);
    expect(await tally()).toEqual(before);
  });

  // 1,200 rows of about a dozen statements each: on PostgreSQL each is a round trip, which on a
  // loaded 2-core machine has taken over 30 s.
  it("publishes a planner's rows at once, one audit row per award, and expires the awards tag", {
    timeout: 120_000,
  }, async () => {
    const before = await tally();
    const progress: number[] = [];
    const lines = Array.from(
      { length: 1_200 },
      (_, i) => `2023,2023년 일괄 등록 시험 ${i}호,충청북도,우수,0.${i % 10},"세정과, 경제과"`,
    );
    const result = await confirmImport(planner, csvFile(lines, "bulk.csv"), ctx, (done) => void progress.push(done));
    expect(result).toMatchObject({
      ok: true,
      outcome: { kind: "published", added: 1200, updated: 0, batchId: expect.any(Number), tags: ["awards"] },
    });
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await tally()).toEqual({
      ...before,
      awards: before.awards + 1_200,
      links: before.links + 2_400,
      // One per award, and one for the batch.
      audit: before.audit + 1_201,
    });
    const audit = await db.select().from(auditLog).where(like(auditLog.note, "일괄 등록 %번: bulk.csv %"));
    expect(audit).toHaveLength(1_200);
    expect(audit.every((a) => a.action === "award.create" && a.actorId === planner.userId && a.ip === ctx.ip)).toBe(
      true,
    );
    expect(audit[0].note).toMatch(/^일괄 등록 \d+번: bulk\.csv 2행$/);
    const created = await db.select().from(awards).where(like(awards.title, "2023년 일괄 등록 시험 %"));
    expect(created).toHaveLength(1_200);
    expect(created.every((a) => a.deletedAt === null && a.createdBy === planner.userId)).toBe(true);
  });

  it("writes all rows in one transaction: a rule that fails on the last row undoes the others", async () => {
    const before = await tally();
    await db.insert(years).values({ year: 2021 }).onConflictDoNothing();
    const file = csvFile([
      "2023,2023년 원자성 시험 1,교육부,,,세정과",
      "2023,2023년 원자성 시험 2,교육부,,,세정과",
      "2021,2021년 원자성 시험 3,교육부,,,세정과",
    ]);
    // The year closes after the rows were checked and before they are written.
    const closeLate = async (done: number, total: number) => {
      if (done === total) await db.update(years).set({ status: "closed" }).where(eq(years.year, 2021));
    };
    try {
      await expect(confirmImport(planner, file, ctx, closeLate)).rejects.toThrow(/^4행: 2021년은 마감되어/);
    } finally {
      await db.update(years).set({ status: "open" }).where(eq(years.year, 2021));
    }
    expect(await tally()).toEqual(before);
  });

  it("turns an officer's rows into pending submissions, one per row, and publishes nothing", async () => {
    const before = await tally();
    const welfareName = (
      await db.select({ name: departments.name }).from(departments).where(eq(departments.id, welfare.departmentId!))
    )[0]!.name;
    const result = await confirmImport(
      welfare,
      csvFile([
        `2023,2023년 복지 일괄 제출 1,보건복지부,,,${welfareName}`,
        `2023,2023년 복지 일괄 제출 2,충청북도,,,"${welfareName}, 세정과"`,
      ]),
      ctx,
    );
    expect(result).toMatchObject({ ok: true, outcome: { tags: [] }, report: { mode: "submit" } });
    expect(await tally()).toEqual({ ...before, submissions: before.submissions + 2, audit: before.audit + 2 });
    const pending = await db.select().from(submissions).where(eq(submissions.submittedBy, welfare.userId));
    expect(
      pending.map((s) => [s.status, s.action, s.entityId, s.departmentId, (s.payload as { title: string }).title]),
    ).toEqual([
      ["pending", "create", null, welfare.departmentId, "2023년 복지 일괄 제출 1"],
      ["pending", "create", null, welfare.departmentId, "2023년 복지 일괄 제출 2"],
    ]);
    expect(await db.select().from(awards).where(like(awards.title, "2023년 복지 일괄 제출%"))).toEqual([]);
  });

  it("refuses an officer's row that does not list their own department", async () => {
    const before = await tally();
    const result = await confirmImport(welfare, csvFile(["2023,2023년 남의 부서 실적,충청북도,,,세정과"]), ctx);
    expect(result.ok).toBe(false);
    expect(result.report.rows[0].errors).toEqual([
      { row: 2, column: "담당부서", message: "자기 부서(주민복지과)가 담당부서에 포함된 행만 올릴 수 있습니다." },
    ]);
    expect(await tally()).toEqual(before);
    expect((await db.select().from(awards).where(isNull(awards.deletedAt))).length).toBe(before.awards);
  });
});

describe("a CSV saved by Korean Excel (CP949)", () => {
  it("imports every one of the 11,172 modern Hangul syllables, KS X 1001 and extended alike", async () => {
    const syllables = Array.from({ length: 11_172 }, (_, i) => String.fromCharCode(0xac00 + i));
    const titles: string[] = [];
    for (let i = 0; i < syllables.length; i += 150) titles.push(syllables.slice(i, i + 150).join(""));
    const text = [HEADER, ...titles.map((t) => `2023,${t},충청북도,,,세정과`)].join("\r\n");
    const bytes = new Uint8Array(iconv.encode(text, "cp949"));
    const report = await dryRunImport(planner, { name: "cp949.csv", bytes });
    expect(report.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(report.rows.map((r) => r.cells["수상명"]).join("")).toBe(syllables.join(""));
  });
});
