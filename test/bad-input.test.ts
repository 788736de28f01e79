/**
 * Issue 6, bad input: hundreds of malformed values sent to every form action, the open data API and
 * the bulk import. Each one must get a clear refusal (a FormState with status "error" and a Korean
 * message, or a 4xx with a Korean message), never an exception or a 500, and must leave every table
 * exactly as it was.
 *
 * Each form case starts from a valid form for a fresh target row (the control test proves it is
 * accepted) and spoils exactly one field, so a refusal can only be about that field.
 */
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Secret, TOTP } from "otpauth";
import {
  departments,
  evidenceFiles,
  importBatches,
  kpiValues,
  policyAreas,
  users,
  userTwoFactor,
  years,
} from "@/db/schema";
import { getTwoFactorStatus, startTwoFactorEnrolment } from "@/lib/data/two-factor";
import { seedDemoUsers } from "@/db/seed/users";
import { hashPassword } from "@/lib/auth/password";
import { saveAward } from "@/lib/data/award-edits";
import { parseCsv } from "@/lib/csv-parse";
import { readMessages, type ImportMessage } from "@/lib/review/import-stream";
import { seededDb } from "@/test/db";
import { callAs, loadAction, session } from "@/test/helpers/action-harness";
import { snapshot } from "@/test/helpers/db-snapshot";
import { listFiles } from "@/test/helpers/files";
import {
  awardFields,
  departmentId,
  firstAgencyId,
  insertAward,
  insertDepartment,
  insertKpi,
  insertNewAwardSubmission,
  insertOpenYear,
  insertUser,
  nextSerial,
} from "@/test/helpers/records";
import { areas2023, draftEdition, insertPoint2023, insertPointProposal } from "@/test/helpers/edition-records";
import { discoverServerActions } from "@/test/helpers/server-actions";
import { viewerNamed, type ViewerName } from "@/test/helpers/viewers";
import { viewerOf } from "@/test/viewers";

vi.mock("@/lib/auth/session", async () => (await import("@/test/helpers/action-harness")).sessionModule);
vi.mock("next/headers", async () => (await import("@/test/helpers/action-harness")).headersModule);
vi.mock("next/navigation", async () => (await import("@/test/helpers/action-harness")).navigationModule);
vi.mock("next-auth", async () => (await import("@/test/helpers/action-harness")).nextAuthModule());
vi.mock("@/lib/auth/config", async () => (await import("@/test/helpers/action-harness")).authConfigModule());
// The import route schedules cache expiry with after(), which needs a Next.js request; run it inline.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void task(),
}));

const db = await seededDb();
const KNOWN_PASSWORD = "known-password-1";
let knownHash = "";

beforeAll(async () => {
  await seedDemoUsers(db);
  knownHash = await hashPassword(KNOWN_PASSWORD);
});

/* ---------------------------------------------------------------------------------------------
 * The malformed values, by the kind of field they are sent to.
 * ------------------------------------------------------------------------------------------- */

/** The field left out of the form entirely. */
const MISSING = Symbol("missing");
/** A file where text is expected (a form can carry one under any name). */
const FILE = new File(["<svg onload=alert(1)>"], "evil.svg", { type: "image/svg+xml" });
type Bad = string | string[] | File | typeof MISSING;

const SQL = "1; DROP TABLE awards";
const HTML = "<script>alert(1)</script>";
const RTL = "\u202e"; // right-to-left override: reorders what a reader sees
const ZWSP = "\u200b"; // zero-width space
const NUL = "\u0000";
const LONE = "\ud800"; // a lone surrogate (the browser turns it into U+FFFD)
const EMOJI = "😀";
const COMBINING = "1\u0301\u0301\u0301"; // a digit buried under combining accents
const HUGE = "가".repeat(10_001);

const NUMBERS: Bad[] = [
  "abc",
  "1.5",
  "99999999999",
  SQL,
  HTML,
  `${RTL}1`,
  `1${ZWSP}`,
  `1${NUL}`,
  "١",
  "１",
  COMBINING,
  EMOJI,
  LONE,
  "Infinity",
  "NaN",
  ["1", "2"],
];

const KINDS = {
  /** A required row id: ids that are not ids, and a well-formed id of a row that does not exist. */
  id: ["", "  ", MISSING, "0", "-1", "2147483647", ...NUMBERS, FILE],
  /**
   * An id that may be left empty (the form then means "new"): only non-empty junk, and no file,
   * which the wrapper drops like any non-text value, leaving the field empty.
   */
  optionalId: ["  ", "0", "-1", "2147483647", ...NUMBERS],
  version: ["  ", "0", "-1", ...NUMBERS],
  year: [
    "",
    MISSING,
    "abc",
    "0",
    "1999",
    "-2023",
    "2023.5",
    "3000",
    "1e3",
    "99999999999999999999",
    SQL,
    HTML,
    "２０２３",
    `2023${ZWSP}`,
    `${RTL}2023`,
    `2023${NUL}`,
    EMOJI,
    LONE,
    ["2023", "2024"],
    FILE,
  ],
  /** 인센티브(백만원): not negative, at most one decimal. */
  incentive: [
    "-5",
    "-0.1",
    "1.25",
    "0.05",
    "1,2,3.45",
    "1.2.3",
    "abc",
    "1e3",
    "0x10",
    "Infinity",
    SQL,
    HTML,
    // Full-width digits and a trailing 백만원 are read (lib/validations/number.ts); a decimal comma is not.
    "１２,３",
    "12,3",
    "12.3원",
    `5${ZWSP}`,
    `${RTL}5`,
    `5${NUL}`,
    "9".repeat(10_001),
    EMOJI,
    LONE,
    ["1", "2"],
  ],
  requiredText: [
    "",
    "   ",
    MISSING,
    HUGE,
    `${RTL}뒤집힌 글`,
    `a${NUL}b`,
    "줄\n바꿈",
    "탭\t글",
    `표${"\ufeff"}식`,
    `${"\u2066"}격리`,
    ["가", "나"],
    FILE,
  ],
  optionalText: [HUGE, `${RTL}우수`, `우${NUL}수`, "줄\n바꿈", ["가", "나"]],
  enumValue: ["", MISSING, "unknown", HTML, SQL, `${RTL}x`, EMOJI, LONE, ["a", "b"], FILE],
  departmentIds: [
    "",
    MISSING,
    "abc",
    "0",
    "-1",
    "1.5",
    "2147483647",
    SQL,
    HTML,
    EMOJI,
    LONE,
    ["1", "abc"],
    Array.from({ length: 11 }, (_, i) => String(i + 1)),
    FILE,
  ],
  /** "submission id:version" pairs of a review batch. */
  selection: [
    "",
    MISSING,
    "1",
    "1:",
    ":1",
    "1:1:1",
    "a:b",
    "-1:1",
    "1.5:1",
    SQL,
    HTML,
    `1:1${NUL}`,
    "99999999999:1",
    "9999999999:1",
    Array.from({ length: 201 }, (_, i) => `${i + 1}:1`),
    FILE,
  ],
  newPassword: ["", MISSING, "short", "x".repeat(129), "x".repeat(10_001), ["long-enough-1", "long-enough-2"], FILE],
  username: [
    "",
    MISSING,
    "ab",
    "UPPER",
    "한글아이디",
    "a b",
    "x".repeat(41),
    HTML,
    "admin'--",
    `${RTL}admin`,
    `adm${ZWSP}in`,
    "welfare",
    ["abc", "def"],
    FILE,
  ],
  date: [
    "",
    MISSING,
    "2024/01/01",
    "24-01-01",
    "2024-1-1",
    "2024-13-45",
    "2023-02-29",
    "0000-00-00",
    HTML,
    "2024-01-01; DROP TABLE awards",
    "２０２４-０１-０１",
    ["2024-01-01", "2024-01-02"],
    FILE,
  ],
  kpiValue: [
    "",
    MISSING,
    "1,2",
    "12,3",
    "abc",
    "1.23456",
    "1e3",
    "0x10",
    "12345678901234567",
    "Infinity",
    SQL,
    HTML,
    "１２명",
    `1${ZWSP}`,
    `${RTL}1`,
    `1${NUL}`,
    EMOJI,
    LONE,
    ["1", "2"],
    FILE,
  ],
  sixDigits: [
    "",
    MISSING,
    "12345",
    "1234567",
    "12a456",
    "１２３４５６",
    "x".repeat(10_001),
    ["123456", "654321"],
    FILE,
  ],
  loginName: ["", "   ", MISSING, "x".repeat(10_001), ["a", "b"], FILE],
  loginPassword: ["", MISSING, "x".repeat(10_001), ["a", "b"], FILE],
  /** Where to go after login: any text is harmless (only same-site paths are followed), but not too much. */
  callbackUrl: ["x".repeat(301), HUGE, ["/workspace", "/review"]],
  /** An e-mail address for notices (empty is allowed: no notices). */
  email: ["not-an-address", "a@", "@b.kr", `${HTML}@x.kr`, "x".repeat(250) + "@x.kr", HUGE, ["a@x.kr", "b@x.kr"], FILE],
} satisfies Record<string, Bad[]>;
type Kind = keyof typeof KINDS;

type Fields = Record<string, string | string[]>;
type Target = {
  viewer: ViewerName;
  /** A valid form for a fresh target row (made by this call). */
  valid: () => Fields | Promise<Fields>;
  /** The kind of each field: every value of that kind is sent to it, one case each. */
  fields: Record<string, Kind>;
  /** Values wrong only in context (a duplicate, a mismatch), as whole-form changes. */
  extra?: Record<string, (valid: Fields) => Fields | Promise<Fields>>;
};

const A = async () => await departmentId(db, "주민복지과");
const B = async () => await departmentId(db, "세정과");
const asFields = (pairs: [string, string][]): Fields => {
  const fields: Fields = {};
  for (const [k, v] of pairs) fields[k] = k in fields ? [...[fields[k]].flat(), v] : v;
  return fields;
};
/** An evidence row of department A's award (its file is never read by the action that takes it). */
const insertEvidenceRow = async () =>
  (
    await db
      .insert(evidenceFiles)
      .values({
        awardId: (await insertAward(db, { departmentIds: [await A()] })).id,
        storageKey: `bad-input-${nextSerial()}.pdf`,
        contentType: "application/pdf",
        size: 1,
        fileName: "공문.pdf",
        departmentId: await A(),
        uploadedBy: (await db.select().from(users).where(eq(users.username, "welfare")))[0]!.id,
      })
      .returning({ id: evidenceFiles.id })
  )[0].id;
const awardForm = async (departmentIds?: number[]) => asFields(await awardFields(db, departmentIds ?? [await A()]));
const AWARD_FIELDS = {
  year: "year",
  title: "requiredText",
  agencyId: "id",
  grade: "optionalText",
  incentive: "incentive",
  departmentIds: "departmentIds",
} as const;

const targets: Record<string, Target> = {
  saveAwardWithNewAgencyAction: {
    viewer: "planner",
    valid: async () => {
      const { agencyId: _, ...award } = await awardForm();
      return { ...award, newAgencyName: `새 기관 ${nextSerial()}`, newAgencyKind: "public" };
    },
    fields: {
      year: "year",
      title: "requiredText",
      grade: "optionalText",
      incentive: "incentive",
      departmentIds: "departmentIds",
      newAgencyName: "requiredText",
      newAgencyKind: "enumValue",
    },
  },
  addRegistryEntryAction: {
    viewer: "admin",
    valid: () => ({ kind: "department", name: `입력시험${nextSerial()}과` }),
    fields: { kind: "enumValue", name: "requiredText" },
  },
  setRegistryEntryActiveAction: {
    viewer: "admin",
    valid: async () => ({ kind: "department", id: String((await insertDepartment(db)).id), active: "false" }),
    fields: { kind: "enumValue", id: "id", active: "enumValue" },
  },
  mergeDepartmentsAction: {
    viewer: "admin",
    valid: async () => ({
      fromIds: String((await insertDepartment(db)).id),
      intoId: String((await insertDepartment(db)).id),
      effectiveOn: "2024-01-01",
    }),
    fields: { intoId: "id", effectiveOn: "date" },
  },
  splitDepartmentAction: {
    viewer: "planner",
    valid: async () => ({
      fromId: String((await insertDepartment(db)).id),
      effectiveOn: "2024-07-01",
      targetNames: [`나뉜입력${nextSerial()}과`, `나뉜입력${nextSerial()}과`],
    }),
    fields: { fromId: "id", effectiveOn: "date" },
  },
  saveAwardAction: {
    viewer: "planner",
    valid: async () => {
      const award = await insertAward(db, { departmentIds: [await A()] });
      return { id: String(award.id), version: String(award.version), ...(await awardForm()) };
    },
    fields: { id: "optionalId", version: "version", ...AWARD_FIELDS },
    extra: {
      "a version from before someone else's save": (f) => ({ ...f, version: "7" }),
      "a department that is no longer active": async (f) => {
        const gone = await insertDepartment(db);
        await db.update(departments).set({ active: false }).where(eq(departments.id, gone.id));
        return { ...f, departmentIds: String(gone.id) };
      },
    },
  },
  deleteAwardAction: {
    viewer: "planner",
    valid: async () => ({ id: String((await insertAward(db, { departmentIds: [await A()] })).id), version: "1" }),
    fields: { id: "id", version: "version" },
    extra: {
      "an award already in the trash": async () => ({
        id: String((await insertAward(db, { departmentIds: [await A()], deleted: true })).id),
        version: "1",
      }),
    },
  },
  restoreAwardAction: {
    viewer: "planner",
    valid: async () => ({ id: String((await insertAward(db, { departmentIds: [await A()], deleted: true })).id) }),
    fields: { id: "id" },
    extra: {
      "an award that is not in the trash": async () => ({
        id: String((await insertAward(db, { departmentIds: [await A()] })).id),
      }),
    },
  },
  resubmitNewAwardAction: {
    viewer: "officerA",
    valid: async () => {
      const s = await insertNewAwardSubmission(db, {
        departmentId: await A(),
        submittedBy: (await viewerOf("welfare")).userId,
        status: "returned",
      });
      return { submissionId: String(s.id), submissionVersion: String(s.version), ...(await awardForm()) };
    },
    fields: { submissionId: "id", submissionVersion: "version", ...AWARD_FIELDS },
    extra: {
      "another department only (the officer's own must stay listed)": async (f) => ({
        ...f,
        departmentIds: String(await B()),
      }),
    },
  },
  saveKpiValueAction: {
    viewer: "planner",
    valid: async () => ({
      kpiId: String((await insertKpi(db, await A())).id),
      periodKind: "year",
      year: "2023",
      value: "7",
    }),
    fields: { kpiId: "id", version: "version", periodKind: "enumValue", year: "year", value: "kpiValue" },
    extra: {
      "a second value for a period that has one": async (f) => {
        await db
          .insert(kpiValues)
          .values({ kpiId: Number(f.kpiId), period: "2023", periodKind: "year", periodEnd: "2023-12", value: "1" });
        return f;
      },
    },
  },
  saveKpiDefinitionAction: {
    viewer: "planner",
    valid: async () => ({
      departmentId: String(await A()),
      areaId: String((await db.select({ id: policyAreas.id }).from(policyAreas))[0]!.id),
      name: `시험 새 지표 ${nextSerial()}`,
      unit: "명",
      source: "시험 출처",
    }),
    fields: {
      departmentId: "id",
      areaId: "id",
      name: "requiredText",
      unit: "requiredText",
      source: "requiredText",
      targetLabel: "optionalText",
      moneyStyle: "optionalText",
    },
  },
  saveKpiTargetAction: {
    viewer: "planner",
    valid: async () => ({ kpiId: String((await insertKpi(db, await A())).id), version: "1", source: "시험 출처" }),
    fields: { kpiId: "id", version: "version", source: "requiredText", targetLabel: "optionalText" },
  },
  approveSubmissionsAction: {
    viewer: "planner",
    valid: async () => {
      const s = await insertNewAwardSubmission(db, {
        departmentId: await A(),
        submittedBy: (await viewerOf("welfare")).userId,
      });
      return { selected: `${s.id}:${s.version}` };
    },
    fields: { selected: "selection" },
    extra: { "a version the reviewer never saw": (f) => ({ selected: String(f.selected).replace(/:\d+$/, ":9") }) },
  },
  returnSubmissionsAction: {
    viewer: "planner",
    valid: async () => {
      const s = await insertNewAwardSubmission(db, {
        departmentId: await A(),
        submittedBy: (await viewerOf("welfare")).userId,
      });
      return { selected: `${s.id}:${s.version}`, reason: "증빙을 붙여 주세요." };
    },
    fields: { selected: "selection", reason: "requiredText" },
  },
  markDistinctPairAction: {
    viewer: "planner",
    valid: async () => ({
      awardId: String((await insertAward(db, { departmentIds: [await A()] })).id),
      otherAwardId: String((await insertAward(db, { departmentIds: [await A()] })).id),
    }),
    fields: { awardId: "id", otherAwardId: "id" },
    extra: { "the same award twice": (f) => ({ ...f, otherAwardId: f.awardId }) },
  },
  setEvidencePublicAction: {
    viewer: "planner",
    valid: async () => ({ id: String(await insertEvidenceRow()), isPublic: "true" }),
    fields: { id: "id", isPublic: "enumValue" },
  },
  setYearStatusAction: {
    viewer: "planner",
    valid: async () => ({ year: String(await insertOpenYear(db)), status: "closed", reason: "", confirmed: "yes" }),
    fields: { year: "year", status: "enumValue", reason: "optionalText" },
    extra: {
      "reopening without a reason": async (f) => {
        await db
          .update(years)
          .set({ status: "closed" })
          .where(eq(years.year, Number(f.year)));
        return { ...f, status: "open", reason: "" };
      },
      "closing a year already closed": async (f) => {
        await db
          .update(years)
          .set({ status: "closed" })
          .where(eq(years.year, Number(f.year)));
        return f;
      },
      "a year after 2100": (f) => ({ ...f, year: "2101" }),
    },
  },
  createUserAction: {
    viewer: "admin",
    valid: async () => ({
      username: `bad-input-${nextSerial()}`,
      displayName: "새 담당자",
      role: "officer",
      departmentId: String(await A()),
      password: "temporary-pass-1",
    }),
    fields: {
      username: "username",
      displayName: "requiredText",
      role: "enumValue",
      departmentId: "optionalId",
      password: "newPassword",
    },
    extra: { "an officer without a department": (f) => ({ ...f, departmentId: "" }) },
  },
  confirmTwoFactorAction: {
    viewer: "planner",
    valid: async () => {
      const planner = await viewerOf("planning");
      await db.delete(userTwoFactor).where(eq(userTwoFactor.userId, planner.userId));
      await startTwoFactorEnrolment(planner, { ip: "127.0.0.1" });
      const status = await getTwoFactorStatus(planner);
      return {
        code: new TOTP({ secret: Secret.fromBase32(status.kind === "pending" ? status.secret : "") }).generate(),
      };
    },
    fields: { code: "sixDigits" },
  },
  resetUserTwoFactorAction: {
    viewer: "admin",
    valid: async () => {
      const { id } = await insertUser(db, { departmentId: await A() });
      await db.insert(userTwoFactor).values({ userId: id, secretEncrypted: "x", confirmedAt: new Date() });
      return { userId: String(id) };
    },
    fields: { userId: "id" },
  },
  setUserActiveAction: {
    viewer: "admin",
    valid: async () => ({
      userId: String((await insertUser(db, { departmentId: await A() })).id),
      active: "false",
      confirmed: "yes",
    }),
    fields: { userId: "id", active: "enumValue" },
    extra: { "the admin's own account": async (f) => ({ ...f, userId: String((await viewerOf("admin")).userId) }) },
  },
  setUserRoleAction: {
    viewer: "planner",
    valid: async () => ({ userId: String((await insertUser(db, { departmentId: await A() })).id), role: "planner" }),
    fields: { userId: "id", role: "enumValue" },
    extra: {
      "the planner's own account": async (f) => ({ ...f, userId: String((await viewerOf("planning")).userId) }),
      "granting admin as a planner": (f) => ({ ...f, role: "admin" }),
      "the role it already has": (f) => ({ ...f, role: "officer" }),
    },
  },
  resetUserPasswordAction: {
    viewer: "admin",
    valid: async () => ({
      userId: String((await insertUser(db, { departmentId: await A() })).id),
      password: "temporary-pass-2",
    }),
    fields: { userId: "id", password: "newPassword" },
  },
  moveUserDepartmentAction: {
    viewer: "admin",
    valid: async () => ({
      userId: String((await insertUser(db, { departmentId: await A() })).id),
      departmentId: String(await B()),
    }),
    fields: { userId: "id", departmentId: "id" },
  },
  renameRegistryEntryAction: {
    viewer: "admin",
    valid: async () => ({
      kind: "department",
      id: String((await insertDepartment(db)).id),
      name: `새이름${nextSerial()}과`,
      effectiveOn: "2024-05-17",
    }),
    fields: { kind: "enumValue", id: "id", name: "requiredText", effectiveOn: "date" },
    extra: {
      "the name it already has": async (f) => ({
        ...f,
        name: (
          await db
            .select({ name: departments.name })
            .from(departments)
            .where(eq(departments.id, Number(f.id)))
        )[0].name,
      }),
      "another department's name": (f) => ({ ...f, name: "세정과" }),
    },
  },
  changePasswordAction: {
    viewer: "planner",
    valid: async () => {
      // The planner's password is reset to a known one before every case.
      await db.update(users).set({ passwordHash: knownHash }).where(eq(users.username, "planning"));
      const next = `new-password-${nextSerial()}`;
      return { currentPassword: KNOWN_PASSWORD, newPassword: next, confirmPassword: next };
    },
    fields: { currentPassword: "loginPassword", newPassword: "newPassword", confirmPassword: "loginPassword" },
    extra: {
      "a wrong current password": (f) => ({ ...f, currentPassword: "wrong-password-1" }),
      "a confirmation that differs": (f) => ({ ...f, confirmPassword: `${f.newPassword}x` }),
      "the current password again": (f) => ({ ...f, newPassword: KNOWN_PASSWORD, confirmPassword: KNOWN_PASSWORD }),
    },
  },
  saveNoticeSettingsAction: {
    viewer: "officerA",
    valid: () => ({ email: "hong@korea.kr", notify: "on" }),
    fields: { email: "email" },
    extra: { "notices asked for without an address": () => ({ email: "", notify: "on" }) },
  },
  undoImportAction: {
    viewer: "planner",
    valid: async () => {
      const createdBy = (await insertUser(db, { departmentId: null })).id;
      const batch = { fileName: "fixture.csv", createdBy, addedCount: 0, updatedCount: 0 };
      return { id: String((await db.insert(importBatches).values(batch).returning())[0].id) };
    },
    fields: { id: "id" },
  },
  loginAction: {
    viewer: "anonymous",
    valid: async () => ({
      username: (await insertUser(db, { departmentId: await A(), passwordHash: knownHash })).username,
      password: KNOWN_PASSWORD,
      callbackUrl: "",
    }),
    fields: { username: "loginName", password: "loginPassword", callbackUrl: "callbackUrl" },
  },
};

Object.assign(targets, {
  publishEditionAction: {
    viewer: "planner",
    valid: async () => {
      const edition = await draftEdition(db);
      return { year: String(edition.year), version: String(edition.version) };
    },
    fields: { year: "year", version: "version" },
  },
  updateAreaTitleAction: {
    viewer: "planner",
    valid: async () => {
      const area = (await areas2023(db))[0];
      return { year: "2023", areaId: String(area.areaId), version: String(area.version), title: "분야 제목" };
    },
    fields: { year: "year", areaId: "id", version: "version", title: "requiredText" },
  },
  moveAreaAction: {
    viewer: "planner",
    valid: async () => {
      const area = (await areas2023(db)).at(-1)!;
      return { year: "2023", areaId: String(area.areaId), version: String(area.version), direction: "up" };
    },
    fields: { year: "year", areaId: "id", version: "version", direction: "enumValue" },
  },
  addPointAction: {
    viewer: "planner",
    valid: async () => ({
      year: "2023",
      areaId: String((await areas2023(db))[0].areaId),
      parentId: "",
      text: "새 항목",
    }),
    fields: { year: "year", areaId: "id", parentId: "optionalId", text: "requiredText" },
  },
  proposePointAction: {
    viewer: "officerA",
    valid: async () => ({
      year: "2023",
      areaId: String((await areas2023(db))[0].areaId),
      parentId: "",
      text: "제안 항목",
    }),
    fields: { year: "year", areaId: "id", parentId: "optionalId", text: "requiredText" },
  },
  updatePointAction: {
    viewer: "planner",
    valid: async () => {
      const p = await insertPoint2023(db);
      return { id: String(p.id), version: String(p.version), text: "고친 항목" };
    },
    fields: { id: "id", version: "version", text: "requiredText" },
  },
  movePointAction: {
    viewer: "planner",
    valid: async () => {
      const p = await insertPoint2023(db);
      return { id: String(p.id), version: String(p.version), direction: "up" };
    },
    fields: { id: "id", version: "version", direction: "enumValue" },
  },
  deletePointAction: {
    viewer: "planner",
    valid: async () => {
      const p = await insertPoint2023(db);
      return { id: String(p.id), version: String(p.version) };
    },
    fields: { id: "id", version: "version" },
  },
  approvePointAction: {
    viewer: "planner",
    valid: async () => {
      const s = await insertPointProposal(db, await A(), (await viewerOf("welfare")).userId);
      return { id: String(s.id), version: String(s.version), text: "제안 항목" };
    },
    fields: { id: "id", version: "version", text: "requiredText" },
  },
  returnPointAction: {
    viewer: "planner",
    valid: async () => {
      const s = await insertPointProposal(db, await A(), (await viewerOf("welfare")).userId);
      return { id: String(s.id), version: String(s.version), reason: "근거를 적어 주세요." };
    },
    fields: { id: "id", version: "version", reason: "requiredText" },
  },
} satisfies Record<string, Target>);

/** Actions with nothing to spoil: logging out takes no input. */
const NO_INPUT = new Set(["logoutAction", "startTwoFactorAction", "startEditionAction"]);
/** Input checked by its own tests: the code step needs a sealed pending-login cookie (lib/data/two-factor.test.ts, e2e). */
const COVERED_ELSEWHERE = new Set([
  "verifyLoginCodeAction",
  // Every field's Korean message, the typed values kept and a stale form: lib/data/organisation-edits.test.ts.
  "updateOrganisationAction",
  // Wrong type, oversized, path-traversal names, HTML renamed .pdf, permissions: lib/data/evidence.test.ts.
  "attachEvidenceAction",
  // A file upload: wrong type, bad rows and a preview before confirming: lib/data/registry-import.test.ts.
  "importRegistryListAction",
]);
/** Refusals that are themselves recorded: a wrong current password counts as a login guess (issue 13 item 5). */
const RECORDED_REFUSALS = new Set(["changePasswordAction: a wrong current password"]);

function toForm(fields: Fields, field?: string, bad?: Bad): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (name === field) continue;
    for (const v of [value].flat()) form.append(name, v);
  }
  if (field !== undefined && bad !== MISSING && bad !== undefined) for (const v of [bad].flat()) form.append(field, v);
  return form;
}

const label = (bad: Bad) => {
  if (bad === MISSING) return "(missing)";
  if (bad instanceof File) return "(a file)";
  const text = JSON.stringify(bad);
  return text.length > 40 ? `${text.slice(0, 37)}…(${Array.isArray(bad) ? bad.length : bad.length} long)` : text;
};

const actions = discoverServerActions();
const fileOf = (name: string) => actions.find((a) => a.name === name)?.file ?? `(no action named ${name})`;

type FormCase = { action: string; case: string; build: () => Promise<FormData> };
const formCases: FormCase[] = Object.entries(targets).flatMap(([action, target]) => [
  ...Object.entries(target.fields).flatMap(([field, kind]) =>
    (KINDS[kind] as Bad[]).map((bad) => ({
      action,
      case: `${field}=${label(bad)}`,
      build: async () => toForm(await target.valid(), field, bad),
    })),
  ),
  ...Object.entries(target.extra ?? {}).map(([name, change]) => ({
    action,
    case: name,
    build: async () => toForm(await change(await target.valid())),
  })),
]);

const KOREAN = /[가-힣]/;

describe("server actions refuse malformed input cleanly", () => {
  it("covers every action that takes input", () => {
    const uncovered = actions
      .map((a) => a.name)
      .filter((n) => !(n in targets) && !NO_INPUT.has(n) && !COVERED_ELSEWHERE.has(n));
    expect(uncovered, "actions without bad-input cases").toEqual([]);
    expect(formCases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(Object.entries(targets))("%s accepts its valid form (the control for its cases)", async (action, target) => {
    const result = await callAs(
      await viewerNamed(target.viewer),
      await loadAction(fileOf(action), action),
      toForm(await target.valid()),
    );
    expect(result.outcome, JSON.stringify(result)).toBe("allowed");
  });

  it.each(formCases)("$action: $case", async ({ action, case: _case, build }) => {
    const target = targets[action];
    const run = await loadAction(fileOf(action), action);
    const form = await build();
    const before = await snapshot(db);
    session.signedIn.length = 0;

    const result = await callAs(await viewerNamed(target.viewer), run, form);

    expect(result.outcome, JSON.stringify(result).slice(0, 300)).toBe("refused");
    if (result.outcome !== "refused") return;
    expect(result.state.status).toBe("error");
    expect(result.state.message).toMatch(KOREAN);
    for (const messages of Object.values(result.state.errors ?? {}))
      for (const m of messages) expect(m).toMatch(KOREAN);
    if (RECORDED_REFUSALS.has(`${action}: ${_case}`)) {
      const { login_attempts: attemptsBefore, audit_log: auditBefore, ...rest } = before;
      const { login_attempts: attemptsAfter, audit_log: auditAfter, ...restAfter } = await snapshot(db);
      expect(restAfter).toEqual(rest);
      expect(attemptsAfter.length).toBe(attemptsBefore.length + 1);
      expect(auditAfter.length).toBe(auditBefore.length + 1);
    } else expect(await snapshot(db)).toEqual(before);
    expect(session.signedIn).toEqual([]);
  });
});

describe("titles of nothing visible", () => {
  // Format characters (\p{Cf}) and blanks would publish an empty-looking title, and make "주민복지과"
  // with a zero-width space inside a different name to the duplicate check.
  it.each([ZWSP, `${ZWSP}${ZWSP}`, "\u00ad", "\u2800"])(
    "a title of only invisible characters (%j) is refused",
    async (title) => {
      const target = targets.saveAwardAction;
      const fields = { ...(await target.valid()), title };
      const result = await callAs(
        await viewerNamed(target.viewer),
        await loadAction(fileOf("saveAwardAction"), "saveAwardAction"),
        toForm(fields),
      );
      expect(result.outcome).toBe("refused");
    },
  );
});

/* ---------------------------------------------------------------------------------------------
 * The open data API: every GET handler under app/api/v1, called directly.
 * ------------------------------------------------------------------------------------------- */

const enc = encodeURIComponent;
const BAD_YEARS = [
  "year=abc",
  "year=99999",
  "year=1989",
  "year=2023.5",
  "year=-2023",
  "year=%00",
  `year=${enc(HTML)}`,
  `year=${enc("2023; DROP TABLE awards")}`,
  `year=${enc(`${RTL}2023`)}`,
  `year=${enc(`2023${ZWSP}`)}`,
  "year=%ED%A0%80",
  `year=${enc("２０２３")}`,
  "year=2023&year=2024",
  "year=&year=2023",
  `year=${"9".repeat(10_001)}`,
];
const COMMON = ["foo=1", "year[]=2023", `${enc(HTML)}=1`];
const AWARD_FILTERS = [
  "page=0",
  "page=-1",
  "page=1.5",
  "page=abc",
  "pageSize=0",
  "pageSize=1001",
  "pageSize=abc",
  "sort=id",
  `sort=${enc(SQL)}`,
  "dir=sideways",
  `kind=${enc(HTML)}`,
  "kind=city",
  "agency=0",
  `agency=${enc("1; DROP TABLE awards")}`,
  "agency=99999999999",
  "department=-3",
  `department=${enc(`${RTL}1`)}`,
  `grade=${"a".repeat(51)}`,
  `q=${enc("가".repeat(101))}`,
  `q=${"x".repeat(10_001)}`,
  "page=1&page=2",
];

/** Query strings per route; a new route fails the test until it has its own list. */
const apiCases: Record<string, string[]> = {
  "app/api/v1/awards/route.ts": [
    ...BAD_YEARS,
    ...COMMON,
    ...AWARD_FILTERS,
    "format=pdf",
    "format=csv&format=json",
    `format=${enc(HTML)}`,
  ],
  "app/api/v1/awards/export/route.ts": [
    ...BAD_YEARS,
    ...COMMON,
    ...AWARD_FILTERS,
    "format=json",
    "format=pdf",
    "format=csv&format=xlsx",
    `format=${enc(SQL)}`,
  ],
  "app/api/v1/summary/route.ts": [...BAD_YEARS, ...COMMON, "q=1", "page=1"],
  "app/api/v1/kpis/route.ts": [...COMMON, "year=2023", "format=xlsx", "format=csv&format=json", `q=${enc(HTML)}`],
  "app/api/v1/kpis/export/route.ts": [
    ...COMMON,
    "year=2023",
    "format=json",
    "format=csv&format=xlsx",
    `format=${enc(SQL)}`,
  ],
};

const apiRoutes = listFiles("app/api/v1", (p) => /\/route\.ts$/.test(p));
type Get = (request: NextRequest) => Promise<Response>;
const apiFlat = Object.entries(apiCases).flatMap(([file, queries]) =>
  queries.map((query) => ({ file, query, shown: query.length > 60 ? `${query.slice(0, 57)}…` : query })),
);

describe("the open data API answers malformed parameters with a 400 in Korean", () => {
  it("has cases for every GET route under app/api/v1", () => {
    expect(
      apiRoutes.filter((file) => !(file in apiCases)),
      "routes without bad-parameter cases",
    ).toEqual([]);
    expect(
      Object.keys(apiCases).filter((file) => !apiRoutes.includes(file)),
      "cases for routes that no longer exist",
    ).toEqual([]);
  });

  it.each(apiFlat)("$file ?$shown", async ({ file, query }) => {
    const { GET } = (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as { GET: Get };
    const path = file.replace(/^app/, "").replace(/\/route\.ts$/, "");
    const before = await snapshot(db);
    const response = await GET(new NextRequest(`http://localhost${path}?${query}`));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string }; errors: { message: string }[] };
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) expect(e.message).toMatch(KOREAN);
    expect(await snapshot(db)).toEqual(before);
  });
});

/* ---------------------------------------------------------------------------------------------
 * The bulk import (a route handler, since it takes a file and streams progress).
 * ------------------------------------------------------------------------------------------- */

describe("the bulk import refuses malformed requests", () => {
  const SAME_ORIGIN = { origin: "http://localhost", host: "localhost" };
  const csv = (body: string, name = "awards.csv") =>
    new File([`\uFEFF연도,수상명,주관기관,등급,인센티브(백만원),담당부서\r\n${body}`], name, { type: "text/csv" });
  const multipart = (entries: [string, string | File][]) => {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    return form;
  };
  const cases: [string, () => { headers?: Record<string, string>; body: BodyInit | FormData }, number][] = [
    ["no file", () => ({ body: multipart([["confirm", "1"]]) }), 400],
    ["an empty file", () => ({ body: multipart([["file", new File([], "awards.csv")]]) }), 400],
    ["a file that is not XLSX or CSV", () => ({ body: multipart([["file", new File(["MZ"], "awards.exe")]]) }), 400],
    [
      "a file over the size limit",
      () => ({ body: multipart([["file", new File([new Uint8Array(10 * 1024 * 1024 + 1)], "awards.csv")]]) }),
      400,
    ],
    ["text where the file goes", () => ({ body: multipart([["file", HTML]]) }), 400],
    [
      "an unknown confirm value",
      () => ({
        body: multipart([
          ["file", csv("2023,상,행정안전부,,,세정과")],
          ["confirm", "yes"],
        ]),
      }),
      400,
    ],
    [
      "a body that is not a form",
      () => ({ headers: { "content-type": "application/json" }, body: JSON.stringify({ file: "x" }) }),
      400,
    ],
    [
      "a request from another site",
      () => ({
        headers: { origin: "https://evil.example" },
        body: multipart([
          ["file", csv("2023,상,행정안전부,,,세정과")],
          ["confirm", "1"],
        ]),
      }),
      403,
    ],
  ];

  it.each(cases)("%s", async (_name, make, status) => {
    const { POST } = await import("@/app/(staff)/review/import/run/route");
    const { headers, body } = make();
    const before = await snapshot(db);
    session.viewer = await viewerOf("planning");
    const response = await POST(
      new NextRequest("http://localhost/review/import/run", {
        method: "POST",
        headers: { ...SAME_ORIGIN, ...headers },
        body,
      }),
    ).finally(() => {
      session.viewer = { kind: "public" };
    });
    expect(response.status).toBe(status);
    const messages: ImportMessage[] = [];
    for await (const m of readMessages(response.body!)) messages.push(m);
    expect(messages).toMatchObject([{ type: "error", message: expect.stringMatching(KOREAN) }]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("a confirmed file with malformed rows writes none of its rows", async () => {
    const { POST } = await import("@/app/(staff)/review/import/run/route");
    const rows = [
      "2023,정상인 행,행정안전부,,1.5,세정과",
      "20x3,연도가 틀린 행,행정안전부,,,세정과",
      `2023,${HTML},행정안전부,,-5,세정과`,
      `2023,"=HYPERLINK(""http://evil.example"")",행정안전부,,1.25,세정과`,
      `2023,${RTL}뒤집힌,행정안전부,,,세정과`,
    ];
    const before = await snapshot(db);
    session.viewer = await viewerOf("planning");
    const response = await POST(
      new NextRequest("http://localhost/review/import/run", {
        method: "POST",
        headers: SAME_ORIGIN,
        body: multipart([
          ["file", csv(rows.join("\r\n"))],
          ["confirm", "1"],
        ]),
      }),
    ).finally(() => {
      session.viewer = { kind: "public" };
    });
    const messages: ImportMessage[] = [];
    for await (const m of readMessages(response.body!)) messages.push(m);
    expect(messages.at(-1)).toMatchObject({ type: "refused", message: expect.stringMatching(KOREAN) });
    expect(await snapshot(db)).toEqual(before);
  });
});

/* ---------------------------------------------------------------------------------------------
 * Stored text stays inert in the exports: a cell that would run as a formula is neutralised.
 * (The HTML side, React escaping a stored <img onerror>, is e2e/security/inert-text.spec.ts.)
 * ------------------------------------------------------------------------------------------- */

describe("formula-looking titles are neutralised in CSV and XLSX downloads", () => {
  const MARK = "수식주입시험";
  const titles = [
    `=HYPERLINK("http://evil.example","${MARK}")`,
    `+${MARK}|' /C calc'!A0`,
    `-2+3 ${MARK}`,
    `@SUM(1+1) ${MARK}`,
  ];

  beforeAll(async () => {
    const planner = await viewerOf("planning");
    for (const title of titles)
      await saveAward(
        planner,
        {
          year: 2023,
          title,
          agencyId: await firstAgencyId(db),
          grade: `=1+1`,
          incentive: 1_000_000,
          departmentIds: [await A()],
        },
        { ip: "192.0.2.1" },
      );
  });

  it("CSV (/api/v1/awards?format=csv): each such cell starts with an apostrophe", async () => {
    const { GET } = await import("@/app/api/v1/awards/route");
    const response = await GET(new NextRequest(`http://localhost/api/v1/awards?format=csv&q=${enc(MARK)}`));
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv(await response.text());
    const title = header.indexOf("수상명");
    const grade = header.indexOf("등급");
    expect(rows.map((r) => r[title]).sort()).toEqual(titles.map((t) => `'${t}`).sort());
    expect(rows.every((r) => r[grade] === "'=1+1")).toBe(true);
  });

  it("XLSX (/api/v1/awards/export?format=xlsx): each such cell is the title as text, never a formula", async () => {
    const { GET } = await import("@/app/api/v1/awards/export/route");
    const response = await GET(new NextRequest(`http://localhost/api/v1/awards/export?format=xlsx&q=${enc(MARK)}`));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const title = header.indexOf("수상명");
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && String(row.getCell(title).value ?? "").includes(MARK)) cells.push(row.getCell(title));
    });
    // The record's own text (its quotePrefix style, checked in lib/xlsx.test.ts, keeps an edit from running it).
    expect(cells.map((c) => c.value).sort()).toEqual([...titles].sort());
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
