import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, departments } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";
import { toXlsx } from "@/lib/xlsx";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { confirmRegistryImport, previewRegistryImport } from "./registry-import";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let admin: StaffViewer;

const csv = (text: string) => ({ name: "목록.csv", bytes: new TextEncoder().encode(text) });
const department = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0];
const agency = async (name: string) => (await db.select().from(agencies).where(eq(agencies.name, name)))[0];
const imports = async () => await db.select().from(auditLog).where(eq(auditLog.action, "registry.import"));

beforeAll(async () => {
  await seedDemoUsers(db);
  admin = await viewerOf("admin");
});

const LIST = [
  "구분,이름,기관 구분,사용",
  "부서,스마트도시과,,",
  "주관기관,한국지방행정연구원,공공기관,사용",
  "부서,주민복지과,,",
  "주관기관,행정안전부,,중지",
].join("\n");

describe("importing department and body lists", () => {
  it("reports 추가, 변경, 변경 없음 per row in a dry run and writes nothing", async () => {
    const result = await previewRegistryImport(admin, csv(LIST));
    expect(result.ok).toBe(true);
    expect(result.report?.rows.map((r) => r.kind)).toEqual(["add", "add", "same", "update"]);
    expect(result.report?.counts).toEqual({ add: 2, update: 1, same: 1, invalid: 0 });
    expect(await department("스마트도시과")).toBeUndefined();
    expect((await agency("행정안전부"))?.active).toBe(true);
    expect(await imports()).toHaveLength(0);
  });

  it("reports each bad row with its column and a Korean reason; confirming then changes nothing", async () => {
    const bad = [
      "구분,이름,기관 구분,사용",
      "과,아무개과,,",
      "주관기관,새로운 기관,,",
      "부서,스마트도시과,,",
      "부서,스마트 도시과,,",
      "주관기관,국토교통부,우주기관,",
      "부서,기획감사실,,아마도",
    ].join("\n");
    const preview = await previewRegistryImport(admin, csv(bad));
    expect(preview.ok).toBe(false);
    const errors = preview.report!.rows.map((r) => r.errors.map((e) => e.column));
    expect(errors).toEqual([["구분"], ["기관 구분"], [], ["이름"], ["기관 구분"], ["사용"]]);
    expect(preview.report!.rows[3].errors[0].message).toBe("파일 안에 같은 이름이 이미 있습니다.");
    const confirmed = await confirmRegistryImport(admin, csv(bad), ctx);
    expect(confirmed.ok).toBe(false);
    expect(await department("스마트도시과")).toBeUndefined();
    expect(await imports()).toHaveLength(0);
  });

  it("refuses a file without the needed columns, as a whole", async () => {
    const result = await previewRegistryImport(admin, csv("이름\n주민복지과"));
    expect(result).toMatchObject({ ok: false, report: null });
    expect(result.ok === false && result.report === null && result.message).toContain("구분");
  });

  it("publishes every change in one audited transaction", async () => {
    const result = await confirmRegistryImport(admin, csv(LIST), ctx);
    expect(result).toMatchObject({ ok: true, outcome: { kind: "imported", tags: ["registry", "awards"] } });
    expect(await department("스마트도시과")).toMatchObject({ active: true });
    expect(await agency("한국지방행정연구원")).toMatchObject({ kind: "public", active: true });
    expect(await agency("행정안전부")).toMatchObject({ active: false });
    expect(await imports()).toHaveLength(1);
    // The same file again: every row is 변경 없음 and nothing is written.
    const again = await confirmRegistryImport(admin, csv(LIST), ctx);
    expect(again).toMatchObject({ ok: true, outcome: { kind: "unchanged" } });
    expect(await imports()).toHaveLength(1);
  });

  it("reads an XLSX list the same way", async () => {
    const header = ["구분", "이름", "기관 구분", "사용"];
    const bytes = await toXlsx(
      {
        name: "목록",
        columns: header.map((h, i) => ({ header: h, value: (r: string[]) => r[i] })),
        rows: [["부서", "탄소중립과", "", ""]],
      },
      [],
    );
    const result = await previewRegistryImport(admin, { name: "목록.xlsx", bytes });
    expect(result.report?.rows.map((r) => [r.kind, r.cells["이름"]])).toEqual([["add", "탄소중립과"]]);
  });

  it("is for admins only", async () => {
    await expect(previewRegistryImport(await viewerOf("planning"), csv(LIST))).rejects.toThrow(ForbiddenError);
  });
});
