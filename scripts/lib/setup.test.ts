import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditLog, organisation, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { readOrganisation } from "@/lib/data/organisation";
import { runSetup } from "./setup";

const ARGS = ["--org-name", "음성군", "--province", "충청북도", "--review-office", "기획예산실", "--admin", "admin"];
const PASSWORD = "eumseong-setup-2025!";

function io(password = PASSWORD) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { password: async () => password, out: (l: string) => out.push(l), err: (l: string) => err.push(l) },
  };
}

describe("npm run setup on an empty database", () => {
  it("refuses a bad option value with the option named, and writes nothing", async () => {
    const run = io();
    const code = await runSetup(
      ["--org-name", "", "--province", "충청북도", "--review-office", "기획예산실", "--admin", "admin"],
      run.io,
    );
    expect(code).not.toBe(0);
    expect(run.err.join("\n")).toContain("--org-name: 기관 이름을 입력해 주세요.");
    expect(await db.select().from(users)).toEqual([]);
    expect(await db.select().from(organisation)).toEqual([]);
  });

  it("refuses a short password before creating anything", async () => {
    const run = io("short");
    expect(await runSetup(ARGS, run.io)).not.toBe(0);
    expect(run.err.join("\n")).toMatch(/비밀번호/);
    expect(await db.select().from(users)).toEqual([]);
  });

  it("creates the identity and the first admin, who can sign in with the password", async () => {
    const run = io();
    expect(await runSetup(ARGS, run.io)).toBe(0);
    expect(await readOrganisation()).toMatchObject({
      name: "음성군",
      province: "충청북도",
      reviewOffice: "기획예산실",
      koglType: 4,
      sourceTitle: "음성군 「주요 군정 성과」",
      privacyOfficerDepartment: "기획예산실",
    });
    const admin = (await db.select().from(users).where(eq(users.username, "admin")))[0]!;
    expect(admin).toMatchObject({ role: "admin", active: true, mustChangePassword: false });
    expect(await verifyPassword(admin.passwordHash, PASSWORD)).toBe(true);
    expect((await db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action)).toEqual(
      expect.arrayContaining(["user.create", "organisation.setup"]),
    );
  });

  it("refuses a second run with a Korean message and a non-zero exit, changing nothing", async () => {
    const run = io();
    const code = await runSetup(["--org-name", "괴산군", ...ARGS.slice(2), "--admin", "second"], run.io);
    expect(code).not.toBe(0);
    expect(run.err[0]).toBe("이 데이터베이스에는 이미 관리자 계정이 있어 설정을 다시 하지 않습니다.");
    expect((await readOrganisation()).name).toBe("음성군");
    expect((await db.select().from(users).where(eq(users.username, "second")))[0]).toBeUndefined();
  });
});
