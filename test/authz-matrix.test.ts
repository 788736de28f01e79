/**
 * Issue 6, access: every server action × every kind of caller, read from the code.
 *
 * A server action is a public POST endpoint: a browser can call it with any form, whatever page
 * rendered it. So the table below is keyed by the names the "use server" modules export, found by
 * reading lib/actions; an action added without a row fails this file until someone decides who
 * may call it. Each cell checks the outcome and, for a refusal, that no table changed at all.
 */
import { readOrganisation } from "@/lib/data/organisation";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, desc, eq, gt } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db";
import { auditLog, editions, importBatches, kpis, policyAreas, users, userTwoFactor } from "@/db/schema";
import { Secret, TOTP } from "otpauth";
import { attachEvidence, setEvidencePublic } from "@/lib/data/evidence";
import { getTwoFactorStatus, startTwoFactorEnrolment } from "@/lib/data/two-factor";
import { seedDemoUsers } from "@/db/seed/users";
import { hashPassword } from "@/lib/auth/password";
import { can, POLICY_ACTIONS, type PolicyAction } from "@/lib/auth/can";
import { PUBLIC_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { seededDb } from "@/test/db";
import { callAs, loadAction, session } from "@/test/helpers/action-harness";
import { snapshot } from "@/test/helpers/db-snapshot";
import { listFiles, readSource, stripComments } from "@/test/helpers/files";
import {
  awardFields,
  departmentId,
  formData,
  insertAward,
  insertDepartment,
  insertKpi,
  insertNewAwardSubmission,
  insertOpenYear,
  insertUser,
  nextSerial,
} from "@/test/helpers/records";
import {
  areas2023,
  draftEdition,
  insertPoint2023 as insertPoint,
  insertPointProposal as insertProposal,
} from "@/test/helpers/edition-records";
import { discoverServerActions } from "@/test/helpers/server-actions";
import { VIEWER_NAMES, viewerNamed, type ViewerName } from "@/test/helpers/viewers";
import { viewerOf } from "@/test/viewers";

// The session is whatever the cell says; everything after getViewer() is the real code.
vi.mock("@/lib/auth/session", async () => (await import("@/test/helpers/action-harness")).sessionModule);
vi.mock("next/headers", async () => (await import("@/test/helpers/action-harness")).headersModule);
vi.mock("next/navigation", async () => (await import("@/test/helpers/action-harness")).navigationModule);
vi.mock("next-auth", async () => (await import("@/test/helpers/action-harness")).nextAuthModule());
vi.mock("@/lib/auth/config", async () => (await import("@/test/helpers/action-harness")).authConfigModule());
// Outside Next.js there is no request scope: a route's connection() (its "render at request time") does nothing.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

const db = await seededDb();
// Evidence uploads (the attach action, the evidence route's files) go to a folder of this file's own.
process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-matrix-uploads-"));
/** A small valid PDF, as an evidence upload's bytes. */
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
/** The password fixtures set on an account that must prove it knows its current one. */
const KNOWN_PASSWORD = "known-password-1";
let knownHash = "";

beforeAll(async () => {
  await seedDemoUsers(db);
  knownHash = await hashPassword(KNOWN_PASSWORD);
});

/* ---------------------------------------------------------------------------------------------
 * Who may call what. A: 주민복지과 (the fixtures' rows belong to it), B: 세정과.
 * ------------------------------------------------------------------------------------------- */

type Outcome = "allowed" | "refused";
type Rule = (viewer: ViewerName) => Outcome;

const anyone: Rule = () => "allowed";
const anyStaff: Rule = (v) => (v === "anonymous" ? "refused" : "allowed");
/** Officers of the row's department (who propose), planners and admins (who publish). */
const departmentAOrPlanners: Rule = (v) =>
  v === "officerA" || v === "planner" || v === "admin" ? "allowed" : "refused";
const plannersOnly: Rule = (v) => (v === "planner" || v === "admin" ? "allowed" : "refused");
const adminOnly: Rule = (v) => (v === "admin" ? "allowed" : "refused");
/** Staff who belong to a department (the demo admin has none). */
const withDepartment: Rule = (v) => (v === "anonymous" || v === "admin" ? "refused" : "allowed");

const expectations: Record<string, Rule> = {
  changePasswordAction: anyStaff,
  saveNoticeSettingsAction: anyStaff,
  startTwoFactorAction: anyStaff,
  confirmTwoFactorAction: anyStaff,
  resetUserTwoFactorAction: adminOnly,
  logoutAction: anyone,
  saveAwardAction: departmentAOrPlanners,
  deleteAwardAction: departmentAOrPlanners,
  resubmitNewAwardAction: departmentAOrPlanners,
  saveKpiValueAction: departmentAOrPlanners,
  saveKpiDefinitionAction: departmentAOrPlanners,
  saveKpiTargetAction: departmentAOrPlanners,
  attachEvidenceAction: departmentAOrPlanners,
  setEvidencePublicAction: plannersOnly,
  restoreAwardAction: plannersOnly,
  approveSubmissionsAction: plannersOnly,
  returnSubmissionsAction: plannersOnly,
  markDistinctPairAction: plannersOnly,
  setYearStatusAction: plannersOnly,
  createUserAction: adminOnly,
  moveUserDepartmentAction: adminOnly,
  resetUserPasswordAction: adminOnly,
  setUserActiveAction: adminOnly,
  setUserRoleAction: plannersOnly,
  renameRegistryEntryAction: adminOnly,
  addRegistryEntryAction: adminOnly,
  setRegistryEntryActiveAction: adminOnly,
  mergeDepartmentsAction: adminOnly,
  splitDepartmentAction: plannersOnly,
  importRegistryListAction: adminOnly,
  saveAwardWithNewAgencyAction: departmentAOrPlanners,
  updateOrganisationAction: adminOnly,
  undoImportAction: plannersOnly,
  startEditionAction: plannersOnly,
  publishEditionAction: plannersOnly,
  updateAreaTitleAction: plannersOnly,
  moveAreaAction: plannersOnly,
  addPointAction: plannersOnly,
  updatePointAction: plannersOnly,
  movePointAction: plannersOnly,
  deletePointAction: plannersOnly,
  proposePointAction: withDepartment,
  approvePointAction: plannersOnly,
  returnPointAction: plannersOnly,
};

/**
 * The policy rows (lib/auth/can.ts) each action passes, with the record where the row needs one:
 * the wrapper's coarse `allow` first, then the data function's row checks on the fixture's record
 * (department A's). The rules above must be what `can` answers for these rows.
 */
type PolicyStep = [PolicyAction, "departmentA"?];
const policySteps: Record<string, PolicyStep[]> = {
  changePasswordAction: [["account.own"]],
  saveNoticeSettingsAction: [["account.own"]],
  startTwoFactorAction: [["account.own"]],
  confirmTwoFactorAction: [["account.own"]],
  resetUserTwoFactorAction: [["two-factor.reset"]],
  saveAwardAction: [["workspace.use"], ["record.edit", "departmentA"]],
  deleteAwardAction: [["workspace.use"], ["record.delete", "departmentA"]],
  resubmitNewAwardAction: [["workspace.use"], ["record.edit", "departmentA"], ["record.assign", "departmentA"]],
  saveKpiValueAction: [["workspace.use"], ["kpi.edit", "departmentA"]],
  saveKpiDefinitionAction: [["workspace.use"], ["kpi.edit", "departmentA"]],
  saveKpiTargetAction: [["workspace.use"], ["kpi.edit", "departmentA"]],
  attachEvidenceAction: [["workspace.use"], ["evidence.attach", "departmentA"]],
  setEvidencePublicAction: [["evidence.publish"]],
  restoreAwardAction: [["award.restore"]],
  approveSubmissionsAction: [["submission.approve"]],
  returnSubmissionsAction: [["submission.return"]],
  markDistinctPairAction: [["duplicates.mark"]],
  setYearStatusAction: [["year.set-status"]],
  createUserAction: [["users.manage"]],
  moveUserDepartmentAction: [["users.manage"]],
  resetUserPasswordAction: [["users.manage"]],
  setUserActiveAction: [["users.manage"]],
  setUserRoleAction: [["users.set-role"]],
  renameRegistryEntryAction: [["registry.rename"]],
  addRegistryEntryAction: [["registry.manage"]],
  setRegistryEntryActiveAction: [["registry.manage"]],
  mergeDepartmentsAction: [["registry.manage"]],
  splitDepartmentAction: [["registry.split"]],
  importRegistryListAction: [["registry.manage"]],
  saveAwardWithNewAgencyAction: [["agency.propose"], ["record.assign", "departmentA"]],
  updateOrganisationAction: [["organisation.edit"]],
  undoImportAction: [["import.undo"]],
  startEditionAction: [["edition.edit"]],
  publishEditionAction: [["edition.edit"]],
  updateAreaTitleAction: [["edition.edit"]],
  moveAreaAction: [["edition.edit"]],
  addPointAction: [["edition.edit"]],
  updatePointAction: [["edition.edit"]],
  movePointAction: [["edition.edit"]],
  deletePointAction: [["edition.edit"]],
  proposePointAction: [["edition.propose"]],
  approvePointAction: [["submission.approve"]],
  returnPointAction: [["submission.return"]],
};

/** Actions with their own section below, because a refusal there is itself recorded. */
const checkedSeparately: Record<string, string> = {
  loginAction: "not staff-gated: anyone may try, and a refused attempt is written to login_attempts and the audit log",
  verifyLoginCodeAction:
    "not staff-gated: the sealed pending-login cookie names the account (lib/data/two-factor.test.ts, e2e two-factor spec)",
};

type Cell = { db: Db; viewer: Viewer; name: ViewerName };

const A = async () => await departmentId(db, "주민복지과");
const B = async () => await departmentId(db, "세정과");
/** The officer of department A, who submitted the fixtures' proposals. */
const welfare = async () => await viewerOf("welfare");

const firstArea2023 = async () => (await areas2023(db))[0];
const lastArea2023 = async () => (await areas2023(db)).at(-1)!;
const insertPoint2023 = () => insertPoint(db);
const insertPointProposal = async () => insertProposal(db, await A(), (await welfare()).userId);

/** Each builder makes its own target row (of department A) and returns a valid form for it. */
const fixtures: Record<string, (cell: Cell) => FormData | Promise<FormData>> = {
  startTwoFactorAction: async ({ viewer }) => {
    if (viewer.kind === "staff") await db.delete(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId));
    return formData([]);
  },
  confirmTwoFactorAction: async ({ viewer }) => {
    if (viewer.kind !== "staff") return formData([["code", "123456"]]);
    await db.delete(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId));
    await startTwoFactorEnrolment(viewer, { ip: "127.0.0.1" });
    const status = await getTwoFactorStatus(viewer);
    const secret = status.kind === "pending" ? status.secret : "";
    return formData([["code", new TOTP({ secret: Secret.fromBase32(secret) }).generate()]]);
  },
  resetUserTwoFactorAction: async () => {
    const { id } = await insertUser(db, { departmentId: await A() });
    await db.insert(userTwoFactor).values({ userId: id, secretEncrypted: "x", confirmedAt: new Date() });
    return formData([["userId", String(id)]]);
  },
  changePasswordAction: async ({ viewer }) => {
    // Whoever is signed in changes their own password, so give that account a known one first.
    if (viewer.kind === "staff")
      await db.update(users).set({ passwordHash: knownHash }).where(eq(users.id, viewer.userId));
    const next = `new-password-${nextSerial()}`;
    return formData([
      ["currentPassword", KNOWN_PASSWORD],
      ["newPassword", next],
      ["confirmPassword", next],
    ]);
  },
  logoutAction: () => formData([]),
  saveNoticeSettingsAction: () =>
    formData([
      ["email", "notice@jincheon.test"],
      ["notify", "on"],
    ]),
  saveAwardAction: async () => {
    const award = await insertAward(db, { departmentIds: [await A()] });
    return formData([
      ["id", String(award.id)],
      ["version", String(award.version)],
      ...(await awardFields(db, [await A()])),
    ]);
  },
  deleteAwardAction: async () => {
    const award = await insertAward(db, { departmentIds: [await A()] });
    return formData([
      ["id", String(award.id)],
      ["version", String(award.version)],
    ]);
  },
  resubmitNewAwardAction: async () => {
    const s = await insertNewAwardSubmission(db, {
      departmentId: await A(),
      submittedBy: (await welfare()).userId,
      status: "returned",
    });
    return formData([
      ["submissionId", String(s.id)],
      ["submissionVersion", String(s.version)],
      ...(await awardFields(db, [await A()])),
    ]);
  },
  saveKpiValueAction: async () => {
    const kpi = await insertKpi(db, await A());
    return formData([
      ["kpiId", String(kpi.id)],
      ["year", "2023"],
      ["periodKind", "year"],
      ["value", "7"],
    ]);
  },
  // A new KPI for department A: an officer's is a proposal, a planner's is published.
  saveKpiDefinitionAction: async () =>
    formData([
      ["departmentId", String(await A())],
      ["areaId", String((await db.select({ id: policyAreas.id }).from(policyAreas))[0]!.id)],
      ["name", `새 지표 ${nextSerial()}`],
      ["unit", "명"],
      ["target", "100"],
      ["source", "주민복지과 내부자료"],
    ]),
  saveKpiTargetAction: async () => {
    const { id } = await insertKpi(db, await A());
    const { version } = (await db.select({ version: kpis.version }).from(kpis).where(eq(kpis.id, id)))[0]!;
    return formData([
      ["kpiId", String(id)],
      ["version", String(version)],
      ["target", "50"],
      ["targetLabel", "연말 목표"],
      ["source", "주민복지과 내부자료"],
    ]);
  },
  attachEvidenceAction: async () =>
    formData([
      ["awardId", String((await insertAward(db, { departmentIds: [await A()] })).id)],
      ["file", new File([PDF], "수상 공문.pdf", { type: "application/pdf" })],
    ]),
  setEvidencePublicAction: async () =>
    formData([
      ["id", String(await evidenceOfA(false))],
      ["isPublic", "true"],
    ]),
  restoreAwardAction: async () =>
    formData([["id", String((await insertAward(db, { departmentIds: [await A()], deleted: true })).id)]]),
  approveSubmissionsAction: async () => {
    const s = await insertNewAwardSubmission(db, { departmentId: await A(), submittedBy: (await welfare()).userId });
    return formData([["selected", `${s.id}:${s.version}`]]);
  },
  returnSubmissionsAction: async () => {
    const s = await insertNewAwardSubmission(db, { departmentId: await A(), submittedBy: (await welfare()).userId });
    return formData([
      ["selected", `${s.id}:${s.version}`],
      ["reason", "증빙 자료를 붙여 주세요."],
    ]);
  },
  markDistinctPairAction: async () => {
    const one = await insertAward(db, { departmentIds: [await A()], title: "비슷한 이름의 상" });
    const other = await insertAward(db, { departmentIds: [await A()], title: "비슷한 이름의 상 (도)" });
    return formData([
      ["awardId", String(one.id)],
      ["otherAwardId", String(other.id)],
    ]);
  },
  setYearStatusAction: async () =>
    formData([
      ["year", String(await insertOpenYear(db))],
      ["status", "closed"],
      ["reason", ""],
      ["confirmed", "yes"],
    ]),
  createUserAction: async () =>
    formData([
      ["username", `matrix-user-${nextSerial()}`],
      ["displayName", "새 담당자"],
      ["role", "officer"],
      ["departmentId", String(await A())],
      ["password", "temporary-pass-1"],
    ]),
  moveUserDepartmentAction: async () =>
    formData([
      ["userId", String((await insertUser(db, { departmentId: await A() })).id)],
      ["departmentId", String(await B())],
    ]),
  resetUserPasswordAction: async () =>
    formData([
      ["userId", String((await insertUser(db, { departmentId: await A() })).id)],
      ["password", "temporary-pass-2"],
    ]),
  setUserActiveAction: async () =>
    formData([
      ["userId", String((await insertUser(db, { departmentId: await A() })).id)],
      ["active", "false"],
      ["confirmed", "yes"],
    ]),
  setUserRoleAction: async () =>
    formData([
      ["userId", String((await insertUser(db, { departmentId: await A() })).id)],
      ["role", "planner"],
    ]),
  renameRegistryEntryAction: async () =>
    formData([
      ["kind", "department"],
      ["id", String((await insertDepartment(db)).id)],
      ["name", `새이름${nextSerial()}과`],
      ["effectiveOn", "2024-01-01"],
    ]),
  addRegistryEntryAction: () =>
    formData([
      ["kind", "agency"],
      ["name", `시험기관${nextSerial()}`],
      ["agencyKind", "public"],
    ]),
  setRegistryEntryActiveAction: async () =>
    formData([
      ["kind", "department"],
      ["id", String((await insertDepartment(db)).id)],
      ["active", "false"],
    ]),
  mergeDepartmentsAction: async () =>
    formData([
      ["fromIds", String((await insertDepartment(db)).id)],
      ["intoId", String((await insertDepartment(db)).id)],
      ["effectiveOn", "2024-01-01"],
    ]),
  // A department with no records: the split has nothing to assign, only the new departments to make.
  splitDepartmentAction: async () =>
    formData([
      ["fromId", String((await insertDepartment(db)).id)],
      ["effectiveOn", "2024-07-01"],
      ["targetNames", `나뉜부서${nextSerial()}과`],
      ["targetNames", `나뉜부서${nextSerial()}과`],
    ]),
  importRegistryListAction: () =>
    formData([
      ["file", new File([`구분,이름\n부서,목록부서${nextSerial()}과\n`], "list.csv", { type: "text/csv" })],
      ["mode", "confirm"],
    ]),
  saveAwardWithNewAgencyAction: async () =>
    formData([
      ...(await awardFields(db, [await A()])).filter(([k]) => k !== "agencyId"),
      ["newAgencyName", `새 기관 ${nextSerial()}`],
      ["newAgencyKind", "public"],
    ]),
  // An import that added nothing: undoing it changes no award, so every allowed viewer can undo one.
  undoImportAction: async ({ viewer }) => {
    const createdBy = viewer.kind === "staff" ? viewer.userId : (await viewerOf("planning")).userId;
    const batch = { fileName: "matrix.csv", createdBy, addedCount: 0, updatedCount: 0 };
    return formData([["id", String((await db.insert(importBatches).values(batch).returning())[0].id)]]);
  },
  // Editions: the 2023 edition (seeded, open) is edited; each builder makes its own point or proposal.
  startEditionAction: async () => {
    await db.update(editions).set({ status: "published", firstPublishedAt: new Date() });
    return formData([]);
  },
  publishEditionAction: async () => {
    const edition = await draftEdition(db);
    return formData([
      ["year", String(edition.year)],
      ["version", String(edition.version)],
    ]);
  },
  updateAreaTitleAction: async () => {
    const area = await firstArea2023();
    return formData([
      ["year", "2023"],
      ["areaId", String(area.areaId)],
      ["version", String(area.version)],
      ["title", `제목 ${nextSerial()}`],
    ]);
  },
  moveAreaAction: async () => {
    const area = await lastArea2023();
    return formData([
      ["year", "2023"],
      ["areaId", String(area.areaId)],
      ["version", String(area.version)],
      ["direction", "up"],
    ]);
  },
  addPointAction: async () =>
    formData([
      ["year", "2023"],
      ["areaId", String((await firstArea2023()).areaId)],
      ["text", "추가 항목"],
    ]),
  updatePointAction: async () => {
    const p = await insertPoint2023();
    return formData([
      ["id", String(p.id)],
      ["version", String(p.version)],
      ["text", "고친 항목"],
    ]);
  },
  movePointAction: async () => {
    const p = await insertPoint2023();
    return formData([
      ["id", String(p.id)],
      ["version", String(p.version)],
      ["direction", "up"],
    ]);
  },
  deletePointAction: async () => {
    const p = await insertPoint2023();
    return formData([
      ["id", String(p.id)],
      ["version", String(p.version)],
    ]);
  },
  proposePointAction: async () =>
    formData([
      ["year", "2023"],
      ["areaId", String((await firstArea2023()).areaId)],
      ["text", "제안 항목"],
    ]),
  approvePointAction: async () => {
    const s = await insertPointProposal();
    return formData([
      ["id", String(s.id)],
      ["version", String(s.version)],
      ["text", "제안 항목"],
    ]);
  },
  returnPointAction: async () => {
    const s = await insertPointProposal();
    return formData([
      ["id", String(s.id)],
      ["version", String(s.version)],
      ["reason", "근거를 적어 주세요."],
    ]);
  },
  updateOrganisationAction: async () => {
    const org = await readOrganisation();
    return formData([
      ["name", org.name],
      ["province", org.province],
      ["reviewOffice", org.reviewOffice],
      ["koglType", String(org.koglType)],
      ["sourceTitle", org.sourceTitle],
      ["privacyEffectiveOn", org.privacyEffectiveOn],
      ["version", String(org.version)],
    ]);
  },
};

/* ---------------------------------------------------------------------------------------------
 * Calling an action the way Next.js does, and reading what happened.
 * ------------------------------------------------------------------------------------------- */

const actions = discoverServerActions();

const newAuditRows = async (afterId: number) => await db.select().from(auditLog).where(gt(auditLog.id, afterId));
const lastAuditId = async () =>
  (await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]?.id ?? 0;

describe("the matrix covers every server action", () => {
  it("finds the actions by reading lib/actions (a sanity floor, so an empty glob cannot pass)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(17);
    expect(actions.map((a) => a.name)).toContain("saveAwardAction");
  });

  it.each(actions)("$name ($file) has a matrix row and a fixture", ({ name }) => {
    if (name in checkedSeparately) return;
    expect(expectations[name], `missing matrix row for ${name}`).toBeTypeOf("function");
    expect(fixtures[name], `missing fixture for ${name}`).toBeTypeOf("function");
  });

  it("has no rows for actions that no longer exist", () => {
    const names = new Set(actions.map((a) => a.name));
    const stale = [...Object.keys(expectations), ...Object.keys(fixtures), ...Object.keys(checkedSeparately)].filter(
      (n) => !names.has(n),
    );
    expect(stale, "matrix rows without an action").toEqual([]);
  });

  it("each action module exports functions only (a stray export would be callable too)", async () => {
    for (const { file, name } of actions) await loadAction(file, name);
  });
});

describe("the matrix reads the policy table", () => {
  const sources = [
    ...listFiles("lib", (p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p) && p !== "lib/auth/can.ts"),
    ...listFiles("app", (p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p)),
    ...listFiles("components", (p) => /\.tsx?$/.test(p)),
  ].map((file) => stripComments(readSource(file)));

  it.each(POLICY_ACTIONS)("%s is asked for by the code (can, authorize, an action's allow or a refusal)", (action) => {
    const quoted = `"${action}"`;
    expect(sources.some((code) => code.includes(quoted))).toBe(true);
  });

  it("each action's wrapper gate names the first of its policy rows", async () => {
    for (const { file, name } of actions) {
      if (!(name in policySteps)) continue;
      const code = stripComments(readSource(file));
      const allow = code.match(/\ballow:\s*"([^"]+)"/)?.[1];
      // The one action not built on formAction (changing a temporary password) has no wrapper gate.
      if (allow === undefined && !code.includes("formAction(")) continue;
      expect(allow, name).toBe(policySteps[name][0][0]);
    }
  });

  it.each(Object.keys(policySteps))("%s: the expected allow/refuse is what can() answers", async (name) => {
    for (const viewerName of VIEWER_NAMES) {
      const viewer = await viewerNamed(viewerName);
      const record = { departmentIds: [await A()] };
      const allowed = policySteps[name].every(([action, on]) => can(viewer, action, on ? record : undefined));
      expect(allowed ? "allowed" : "refused", `${name} as ${viewerName}`).toBe(expectations[name](viewerName));
    }
  });

  it("every gated action has policy rows", () => {
    const gated = Object.keys(expectations).filter((n) => n !== "logoutAction");
    expect(gated.filter((n) => !(n in policySteps))).toEqual([]);
  });
});

const cells = actions
  .filter((a) => !(a.name in checkedSeparately) && a.name in expectations)
  .flatMap((a) => VIEWER_NAMES.map((viewer) => ({ ...a, viewer, expected: expectations[a.name](viewer) })));

describe("authorization matrix", () => {
  it.each(cells)("$name as $viewer: $expected", async ({ file, name, viewer: viewerName, expected }) => {
    const action = await loadAction(file, name);
    const viewer = await viewerNamed(viewerName);
    const form = await fixtures[name]({ db, viewer, name: viewerName });
    const before = await snapshot(db);
    const auditBefore = await lastAuditId();

    const result = await callAs(viewer, action, form);

    if (expected === "refused") {
      expect(result.outcome, `${name} should refuse ${viewerName}`).toBe("refused");
      if (result.outcome !== "refused") return;
      // Refused for who is asking, not because the fixture's form was invalid: no field errors,
      // and a Korean sentence the form can show.
      expect(result.state.errors).toBeUndefined();
      expect(result.state.message).toMatch(/[가-힣]/);
      expect(await snapshot(db)).toEqual(before);
      return;
    }

    expect(result, `${name} should let ${viewerName} through`).toMatchObject({ outcome: "allowed" });
    if (viewer.kind === "staff") {
      // Every allowed change leaves an audit row, attributed to the person who made it.
      const written = await newAuditRows(auditBefore);
      expect(written.length).toBeGreaterThan(0);
      expect(written.every((row) => row.actorId === viewer.userId)).toBe(true);
    } else {
      // The one action a visitor may call (log out) has nothing to record for them.
      expect(await snapshot(db)).toEqual(before);
    }
  });
});

describe("loginAction (not staff-gated)", () => {
  async function account() {
    const { id, username } = await insertUser(db, { departmentId: await A(), passwordHash: knownHash });
    return { id, username };
  }
  const loginForm = (username: string, password: string, callbackUrl = "") =>
    formData([
      ["username", username],
      ["password", password],
      ["callbackUrl", callbackUrl],
    ]);

  it.each(VIEWER_NAMES)("signs in with the right password whoever is calling (%s)", async (viewerName) => {
    const { loginAction } = await import("@/lib/actions/auth/login");
    const { id, username } = await account();
    session.signedIn.length = 0;
    const result = await callAs(
      await viewerNamed(viewerName),
      loginAction,
      loginForm(username, KNOWN_PASSWORD, "/workspace/awards"),
    );
    expect(result).toEqual({ outcome: "allowed", redirectTo: "/workspace/awards" });
    expect(session.signedIn).toEqual([id]);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "auth.login"), eq(auditLog.entityId, id))),
    ).toHaveLength(1);
  });

  it("refuses a wrong password without a session, recording only the attempt", async () => {
    const { loginAction } = await import("@/lib/actions/auth/login");
    const { id, username } = await account();
    session.signedIn.length = 0;
    const { login_attempts: attemptsBefore, audit_log: auditBefore, ...before } = await snapshot(db);
    const result = await callAs(PUBLIC_VIEWER, loginAction, loginForm(username, "not-the-password"));
    expect(result).toMatchObject({ outcome: "refused", state: { message: "아이디 또는 비밀번호가 맞지 않습니다." } });
    expect(session.signedIn).toEqual([]);
    const { login_attempts: attemptsAfter, audit_log: auditAfter, ...after } = await snapshot(db);
    expect(after).toEqual(before);
    expect(attemptsAfter.length - attemptsBefore.length).toBe(1);
    expect(auditAfter.slice(auditBefore.length)).toMatchObject([{ action: "auth.login_failed", entity_id: id }]);
  });

  it.each([
    "//evil.example/workspace",
    "https://evil.example/",
    "/\\evil.example",
    "/\t/evil.example/phish",
    "/.//evil.example",
    "/\n/evil.example",
  ])("never sends a signed-in user off-site (callbackUrl %s)", async (callbackUrl) => {
    const { loginAction } = await import("@/lib/actions/auth/login");
    const { username } = await account();
    expect(await callAs(PUBLIC_VIEWER, loginAction, loginForm(username, KNOWN_PASSWORD, callbackUrl))).toEqual({
      outcome: "allowed",
      redirectTo: "/workspace",
    });
  });
});

/* ---------------------------------------------------------------------------------------------
 * Route handlers and staff pages: public, or they check the viewer themselves.
 * ------------------------------------------------------------------------------------------- */

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"];
type Handler = (request: NextRequest, context?: unknown) => Promise<Response>;

const routeFiles = listFiles("app", (p) => /\/route\.tsx?$/.test(p));
/** Open data, the visitor pages' own routes (a form's GET target, say) and the balancer's health check: public, read-only. */
const isPublic = (file: string) =>
  file.startsWith("app/api/v1/") || file.startsWith("app/(public)/") || file === "app/api/health/route.ts";
const isAuthEndpoint = (file: string) => file.startsWith("app/api/auth/");

/**
 * Routes that are neither public nor Auth.js's endpoint: who each must refuse. A new route
 * fails the test until it is listed here.
 */
const staffRoutes: Record<string, { refuse: ViewerName[]; method: (typeof METHODS)[number]; query?: string }> = {
  "app/(staff)/review/totals/export/route.ts": {
    refuse: ["anonymous", "officerA", "officerB"],
    method: "GET",
    query: "?year=2023&format=csv",
  },
  "app/(staff)/review/import/run/route.ts": { refuse: ["anonymous"], method: "POST" },
  // audit.read: planners and admins (lib/auth/can.ts).
  "app/(staff)/audit/export/route.ts": { refuse: ["anonymous", "officerA", "officerB"], method: "GET" },
  "app/(staff)/audit/search/route.ts": {
    refuse: ["anonymous", "officerA", "officerB"],
    method: "GET",
    query: "?userId=&entityType=",
  },
};

/**
 * Routes anyone may call whose answer depends on who asks and on the record: each row makes its
 * record (of department A, private or made public) and says who may read a private one. Everyone
 * else gets 404, so a refusal does not tell an outsider which ids exist. GET only; reading writes nothing.
 */
const recordRoutes: Record<string, { record: (isPublic: boolean) => Promise<Record<string, string>>; reads: Rule }> = {
  // lib/data/evidence.ts (evidence.read): staff of the award's department and planners; anyone once public.
  "app/evidence/[id]/route.ts": {
    record: async (isPublic) => ({ id: String(await evidenceOfA(isPublic)) }),
    reads: departmentAOrPlanners,
  },
};

/** A PDF 공문 attached by department A's officer to one of its awards, public if a planner made it so. */
async function evidenceOfA(isPublic: boolean): Promise<number> {
  const award = await insertAward(db, { departmentIds: [await A()] });
  const upload = {
    name: "수상 공문.pdf",
    size: PDF.length,
    arrayBuffer: async () => PDF.slice().buffer as ArrayBuffer,
  };
  const ctx = { ip: "127.0.0.1" };
  const { id } = await attachEvidence(await welfare(), { awardId: award.id }, upload, ctx);
  if (isPublic) await setEvidencePublic(await viewerOf("planning"), { id, isPublic: true }, ctx);
  return id;
}

/** GET a record route as `viewer`, with its params as Next.js passes them. */
async function getRecordRoute(file: string, params: Record<string, string>, viewer: Viewer): Promise<Response> {
  const module = await import(/* @vite-ignore */ path.join(process.cwd(), file));
  let route = file.replace(/^app\//, "").replace(/\/route\.tsx?$/, "");
  for (const [name, value] of Object.entries(params)) route = route.replace(`[${name}]`, value);
  session.viewer = viewer;
  return (module.GET as Handler)(new NextRequest(`http://localhost/${route}`), {
    params: Promise.resolve(params),
  }).finally(() => {
    session.viewer = PUBLIC_VIEWER;
  });
}

async function exportedMethods(file: string): Promise<string[]> {
  const module = await import(/* @vite-ignore */ path.join(process.cwd(), file));
  return METHODS.filter((m) => typeof module[m] === "function");
}

describe("route handlers", () => {
  it("finds the route handlers by reading app/ (a sanity floor)", () => {
    expect(routeFiles.filter(isPublic).length).toBeGreaterThanOrEqual(4);
    expect(routeFiles).toContain("app/(staff)/review/totals/export/route.ts");
  });

  it.each(routeFiles.filter(isPublic))("%s is public: GET only, nothing that writes", async (file) => {
    const methods = await exportedMethods(file);
    expect(methods).toContain("GET");
    expect(methods.filter((m) => WRITE_METHODS.includes(m))).toEqual([]);
    expect(stripComments(readSource(file))).not.toMatch(
      /\b(db|tx)\.(insert|update|delete|transaction)\(|recordAudit\(/,
    );
  });

  it.each(routeFiles.filter(isAuthEndpoint))(
    "%s is Auth.js's own endpoint and exports only its handlers",
    async (file) => {
      expect(await exportedMethods(file)).toEqual(["GET", "POST"]);
      expect(readSource(file)).toMatch(/from "@\/lib\/auth\/config"/);
    },
  );

  const guarded = routeFiles.filter((f) => !isPublic(f) && !isAuthEndpoint(f) && !(f in recordRoutes));
  it.each(guarded)("%s checks the viewer itself", async (file) => {
    const rule = staffRoutes[file];
    expect(rule, `missing route row for ${file}`).toBeDefined();
    expect(stripComments(readSource(file))).toMatch(/staffViewerForRoute\(\)|requireStaff\(/);
    const module = await import(/* @vite-ignore */ path.join(process.cwd(), file));
    for (const viewerName of rule.refuse) {
      session.viewer = await viewerNamed(viewerName);
      const before = await snapshot(db);
      // Same-origin headers, so a refusal here is the viewer check and not the origin check.
      const url = `http://localhost/${file.replace(/^app\/\([^)]+\)\//, "").replace(/\/route\.tsx?$/, "")}${rule.query ?? ""}`;
      const init =
        rule.method === "GET"
          ? {}
          : { method: rule.method, headers: { origin: "http://localhost", host: "localhost" }, body: new FormData() };
      const response = await (module[rule.method] as Handler)(new NextRequest(url, init)).finally(() => {
        session.viewer = PUBLIC_VIEWER;
      });
      expect([401, 403], `${file} as ${viewerName}`).toContain(response.status);
      expect(await snapshot(db)).toEqual(before);
    }
  });
});

describe("record routes: who may read a department's record", () => {
  const files = Object.keys(recordRoutes);

  it("lists only routes that exist", () => {
    expect(files.filter((f) => !routeFiles.includes(f))).toEqual([]);
  });

  it.each(files)("%s: GET only, nothing that writes", async (file) => {
    expect(await exportedMethods(file)).toEqual(["GET"]);
    expect(stripComments(readSource(file))).not.toMatch(
      /\b(db|tx)\.(insert|update|delete|transaction)\(|recordAudit\(/,
    );
  });

  const cells = files.flatMap((file) =>
    VIEWER_NAMES.map((viewer) => ({ file, viewer, expected: recordRoutes[file].reads(viewer) })),
  );
  it.each(cells)("$file, a private record, as $viewer: $expected", async ({ file, viewer, expected }) => {
    const params = await recordRoutes[file].record(false);
    const before = await snapshot(db);
    const response = await getRecordRoute(file, params, await viewerNamed(viewer));
    expect(response.status, `${file} as ${viewer}`).toBe(expected === "allowed" ? 200 : 404);
    if (expected === "allowed") expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each(files.flatMap((file) => VIEWER_NAMES.map((viewer) => ({ file, viewer }))))(
    "$file, a record made public, as $viewer: allowed",
    async ({ file, viewer }) => {
      const params = await recordRoutes[file].record(true);
      const response = await getRecordRoute(file, params, await viewerNamed(viewer));
      expect(response.status).toBe(200);
    },
  );

  it.each(files)("%s: an id that does not exist is the same 404 as a refusal", async (file) => {
    const params = await recordRoutes[file].record(false);
    const missing = Object.fromEntries(Object.keys(params).map((k) => [k, "999999"]));
    const refused = await getRecordRoute(file, params, await viewerNamed("officerB"));
    const absent = await getRecordRoute(file, missing, await viewerNamed("officerB"));
    expect(absent.status).toBe(404);
    expect([refused.status, await refused.text()]).toEqual([absent.status, await absent.text()]);
  });
});

/** Staff who must do something first: a temporary password, or (where required) an authenticator. */
const gatedViewers: { label: string; viewer: () => Promise<Viewer>; env?: Record<string, string> }[] = [
  {
    label: "a planner on a temporary password",
    viewer: async () => ({ ...(await viewerNamed("planner")), mustChangePassword: true }),
  },
  {
    label: "an admin on a temporary password",
    viewer: async () => ({ ...(await viewerNamed("admin")), mustChangePassword: true }),
  },
  {
    label: "a planner without the required authenticator",
    viewer: async () => ({ ...(await viewerNamed("planner")), twoFactorEnrolled: false }),
    env: { TOTP_REQUIRED_ROLES: "admin,planner" },
  },
];

describe("route handlers refuse staff who have a gate to pass first", () => {
  const guarded = routeFiles.filter((f) => !isPublic(f) && !isAuthEndpoint(f) && !(f in recordRoutes));
  const cases = guarded.flatMap((file) => gatedViewers.map((g) => ({ file, ...g })));
  it.each(cases)("$file refuses $label", async ({ file, viewer, env }) => {
    const rule = staffRoutes[file];
    const module = await import(/* @vite-ignore */ path.join(process.cwd(), file));
    const url = `http://localhost/${file.replace(/^app\/\([^)]+\)\//, "").replace(/\/route\.tsx?$/, "")}${rule.query ?? ""}`;
    const init =
      rule.method === "GET"
        ? {}
        : { method: rule.method, headers: { origin: "http://localhost", host: "localhost" }, body: new FormData() };
    const saved = { ...process.env };
    Object.assign(process.env, env ?? {});
    session.viewer = await viewer();
    const before = await snapshot(db);
    const response = await (module[rule.method] as Handler)(new NextRequest(url, init)).finally(() => {
      session.viewer = PUBLIC_VIEWER;
      for (const key of Object.keys(env ?? {}))
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
    });
    expect(response.status).toBe(403);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe("record routes read staff who have a gate to pass first as the public", () => {
  const cases = Object.keys(recordRoutes).flatMap((file) => gatedViewers.map((g) => ({ file, ...g })));
  it.each(cases)("$file: a private record is 404 for $label", async ({ file, viewer, env }) => {
    const params = await recordRoutes[file].record(false);
    const saved = { ...process.env };
    Object.assign(process.env, env ?? {});
    const response = await getRecordRoute(file, params, await viewer()).finally(() => {
      for (const key of Object.keys(env ?? {}))
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
    });
    expect(response.status).toBe(404);
  });
});

describe("staff pages", () => {
  const pages = listFiles("app/(staff)", (p) => /\/page\.tsx$/.test(p));

  it("finds the staff pages (a sanity floor)", () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  // The proxy only redirects for convenience and the layout may stream before it decides, so each
  // page must ask for the viewer itself (e2e/security/proxy-bypass.spec.ts checks the responses).
  it.each(pages)("%s calls requireStaff() itself", (file) => {
    const code = stripComments(readSource(file));
    expect(code).toMatch(/import\s*\{[^}]*\brequireStaff\b[^}]*\}\s*from\s*"@\/lib\/auth\/session"/);
    expect(code).toMatch(/\bawait requireStaff\(/);
  });
});
