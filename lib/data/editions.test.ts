import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, awards, policyAreas, submissions } from "@/db/schema";
import { seedPolicyAreas } from "@/db/seed/policy-areas";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { saveAward } from "./award-edits";
import { listEditionChanges } from "./edition-changes";
import { approvePointProposal, listPointProposals, proposeEditionPoint } from "./edition-proposals";
import {
  addEditionPoint,
  deleteEditionPoint,
  getEdition,
  listEditions,
  moveEditionArea,
  moveEditionPoint,
  publishEdition,
  startNextEdition,
  updateEditionArea,
  updateEditionPoint,
} from "./editions";
import { getPublishedEdition, listPublishedEditionYears } from "./public-editions";
import { listPublicYears } from "./public-summary";
import { approveSubmissions, listSubmissions, returnSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
/** The id of a point added at once (these tests run with the four-eyes rule off, as the demo does). */
const addedId = (w: Awaited<ReturnType<typeof addEditionPoint>>) => (w.kind === "added" ? w.id : Number.NaN);
let planner: StaffViewer;
let officer: StaffViewer;

/** The 2023 narrative as the source prints it: headline, then each point with its sub-points. */
const sourceNarrative = () =>
  seedPolicyAreas.map((a) => ({ title: a.title, points: a.points.map((p) => [p.text, p.children ?? []]) }));

async function narrativeOf(year: number) {
  const edition = await getPublishedEdition(year);
  return edition?.areas.map((a) => ({
    title: a.title,
    points: a.points.map((p) => [p.text, p.children.map((c) => c.text)]),
  }));
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  officer = await viewerOf("welfare");
});

describe("editions", () => {
  it("holds the transcribed narrative as the published 2023 edition; 2022 has none", async () => {
    expect(await narrativeOf(2023)).toEqual(sourceNarrative());
    expect(await getPublishedEdition(2022)).toBeNull();
    expect(await listPublishedEditionYears()).toEqual([2023]);
  });

  it("refuses an officer starting an edition", async () => {
    await expect(startNextEdition(officer, ctx)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("starts 2024 from 2023: areas and headlines carried over, narrative empty, invisible to visitors", async () => {
    const started = await startNextEdition(planner, ctx);
    expect(started).toMatchObject({ kind: "started", year: 2024, areas: 9 });
    const draft = await getEdition(planner, 2024);
    expect(draft.status).toBe("draft");
    expect(draft.areas.map((a) => a.title)).toEqual(seedPolicyAreas.map((a) => a.title));
    expect(draft.areas.every((a) => a.points.length === 0)).toBe(true);
    // Every KPI still belongs to one of the carried-over areas: definitions are not per year.
    const areaIds = (await db.select({ id: policyAreas.id }).from(policyAreas)).map((a) => a.id);
    expect(draft.areas.map((a) => a.areaId).sort()).toEqual(areaIds.sort());

    expect(await getPublishedEdition(2024)).toBeNull();
    expect(await listPublishedEditionYears()).toEqual([2023]);
    expect(await listPublicYears()).not.toContain(2024);
    await expect(startNextEdition(planner, ctx)).rejects.toBeInstanceOf(ConflictError);
    expect((await listEditions(planner)).nextYear).toBeNull();
  });

  it("edits headlines, adds, rewords, reorders (nested one level) and deletes points", async () => {
    const [first, second] = (await getEdition(planner, 2024)).areas;
    await updateEditionArea(
      planner,
      { year: 2024, areaId: first.areaId, version: first.version, title: "2024 경제 제목" },
      ctx,
    );
    await expect(
      updateEditionArea(planner, { year: 2024, areaId: first.areaId, version: first.version, title: "늦은 저장" }, ctx),
    ).rejects.toBeInstanceOf(ConflictError);
    const a = await addEditionPoint(planner, { year: 2024, areaId: first.areaId, parentId: null, text: "가" }, ctx);
    const b = await addEditionPoint(planner, { year: 2024, areaId: first.areaId, parentId: null, text: "나" }, ctx);
    await addEditionPoint(planner, { year: 2024, areaId: first.areaId, parentId: addedId(a), text: "가-1" }, ctx);
    // One level only: a sub-point cannot take sub-points of its own.
    const child = (await getEdition(planner, 2024)).areas[0].points[0].children[0];
    await expect(
      addEditionPoint(planner, { year: 2024, areaId: first.areaId, parentId: child.id, text: "x" }, ctx),
    ).rejects.toBeInstanceOf(ConflictError);

    const [pa, pb] = (await getEdition(planner, 2024)).areas[0].points;
    await updateEditionPoint(planner, { id: pa.id, version: pa.version, text: "가(고침)" }, ctx);
    await expect(
      updateEditionPoint(planner, { id: pa.id, version: pa.version, text: "늦은 저장" }, ctx),
    ).rejects.toBeInstanceOf(ConflictError);
    await moveEditionPoint(planner, { id: pb.id, version: pb.version, direction: "up" }, ctx);
    await moveEditionArea(
      planner,
      { year: 2024, areaId: second.areaId, version: second.version, direction: "up" },
      ctx,
    );

    let edition = await getEdition(planner, 2024);
    expect(edition.areas[0].areaId).toBe(second.areaId);
    expect(edition.areas[1]).toMatchObject({ title: "2024 경제 제목" });
    expect(edition.areas[1].points.map((p) => [p.text, p.children.map((c) => c.text)])).toEqual([
      ["나", []],
      ["가(고침)", ["가-1"]],
    ]);

    const nb = edition.areas[1].points[0];
    await deleteEditionPoint(planner, { id: nb.id, version: nb.version }, ctx);
    edition = await getEdition(planner, 2024);
    expect(edition.areas[1].points.map((p) => p.text)).toEqual(["가(고침)"]);
    expect(addedId(b)).toBe(nb.id);
    // 2023 is untouched by all of it.
    expect(await narrativeOf(2023)).toEqual(sourceNarrative());
  });

  it("an officer's point proposal is listed for review, and approved into the edition", async () => {
    const area = (await getEdition(officer, 2024)).areas[2];
    const { proposalId } = await proposeEditionPoint(
      officer,
      { year: 2024, areaId: area.areaId, parentId: null, text: "돌봄 사업 확대" },
      ctx,
    );
    expect((await listPointProposals(officer, 2024)).map((p) => p.id)).toEqual([proposalId]);
    const queued = (await listSubmissions(planner, { statuses: ["pending"] })).find((s) => s.id === proposalId)!;
    expect(queued.proposal).toMatchObject({ kind: "policy_point.create", content: { text: "돌봄 사업 확대" } });
    // The batch approval of /review leaves it to the edition's editor.
    await expect(
      approveSubmissions(planner, [{ id: proposalId, version: queued.version }], ctx),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      approvePointProposal(officer, { id: proposalId, version: queued.version }, ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await approvePointProposal(planner, { id: proposalId, version: queued.version }, ctx);
    const row = (await db.select().from(submissions).where(eq(submissions.id, proposalId)))[0]!;
    expect(row.status).toBe("approved");
    expect((await getEdition(planner, 2024)).areas[2].points.map((p) => p.text)).toEqual(["돌봄 사업 확대"]);
  });

  it("a rejected proposal goes back with its reason and adds nothing", async () => {
    const area = (await getEdition(officer, 2024)).areas[3];
    const { proposalId } = await proposeEditionPoint(
      officer,
      { year: 2024, areaId: area.areaId, parentId: null, text: "반려될 항목" },
      ctx,
    );
    await returnSubmissions(planner, [{ id: proposalId, version: 1 }], "수치 출처를 적어 주세요.", ctx);
    const [mine] = await listPointProposals(officer, 2024);
    expect(mine).toMatchObject({ id: proposalId, status: "returned", reviewNote: "수치 출처를 적어 주세요." });
    expect((await getEdition(planner, 2024)).areas[3].points).toEqual([]);
    await expect(approvePointProposal(planner, { id: proposalId, version: 2 }, ctx)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("publishes 2024: visitors then see it, and 2023 still reads verbatim", async () => {
    await expect(getEdition(PUBLIC_VIEWER, 2024)).rejects.toBeInstanceOf(ForbiddenError);
    const { version } = await getEdition(planner, 2024);
    await expect(publishEdition(officer, { year: 2024, version }, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    await publishEdition(planner, { year: 2024, version }, ctx);
    await expect(publishEdition(planner, { year: 2024, version: version + 1 }, ctx)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await listPublishedEditionYears()).toEqual([2024, 2023]);
    expect(await listPublicYears()).toContain(2024);
    const published = await narrativeOf(2024);
    expect(published?.find((a) => a.title === "2024 경제 제목")?.points).toEqual([["가(고침)", ["가-1"]]]);
    expect(await narrativeOf(2023)).toEqual(sourceNarrative());
    expect(await listEditionChanges(2024)).toEqual([]);
    expect((await listEditions(planner)).nextYear).toBe(2025);
  });
});

describe("the public change log", () => {
  it("lists an award approved after the first publication with its incentive change, and no names", async () => {
    const welfareDepartment = officer.departmentId!;
    const agencyId = (await db.select().from(awards).limit(1))[0]!.agencyId;
    const written = await saveAward(
      officer,
      {
        year: 2024,
        title: "변경 이력 시험 수상",
        agencyId,
        grade: "우수",
        incentive: 12_300_000,
        departmentIds: [welfareDepartment],
        submissionVersion: null,
      } as Parameters<typeof saveAward>[1],
      ctx,
    );
    const proposalId = "proposalId" in written ? written.proposalId : 0;
    await approveSubmissions(planner, [{ id: proposalId, version: 1 }], ctx);

    const days = await listEditionChanges(2024);
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({ awardsAdded: 1, awardsRemoved: 0, incentiveDeltaWon: 12_300_000 });
    // Published by the planner, proposed by the officer: neither name is in what the public reads.
    const serialised = JSON.stringify(days);
    for (const v of [planner, officer]) {
      expect(serialised).not.toContain(v.username);
      expect(serialised).not.toContain(v.displayName);
    }
    // The 2023 edition's log does not pick up a 2024 award.
    expect((await listEditionChanges(2023)).some((d) => d.awardsAdded > 0)).toBe(false);
    expect((await db.select().from(auditLog).where(eq(auditLog.action, "award.create"))).length).toBeGreaterThan(0);
  });
});
