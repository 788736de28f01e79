import "server-only";
import { and, asc, desc, eq, gt, lt, isNull, sql } from "drizzle-orm";
import { db, transaction, type Executor } from "@/db";
import { editionAreas, editions, policyPoints, years, type Edition, type PolicyPoint } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import {
  assertAreaInEdition,
  assertEditionEditable,
  assertParent,
  editionRow,
  editionTree,
  insertPoint,
  type EditionAreaNode,
} from "./edition-records";
import { fourEyes } from "./four-eyes";
import { propose } from "./proposals";
import type { WriteContext, Written } from "./write-context";

/**
 * A year's edition as its planner keeps it: started from the previous one, worded, ordered and
 * published. Edits to a published edition are live at once (a planner's change is a publication,
 * as with awards) and appear in its public change log; a draft is seen by staff only.
 */

export type EditionSummary = Pick<Edition, "year" | "status" | "firstPublishedAt" | "version">;
export type EditionDraft = EditionSummary & { areas: EditionAreaNode[] };

const NARRATIVE = [CACHE_TAGS.narrative] as const;
const CHANGED = "다른 사용자가 그사이 이 항목을 고쳤습니다. 화면을 새로 고친 뒤 다시 해 주세요.";

function summary(e: Edition): EditionSummary {
  return { year: e.year, status: e.status, firstPublishedAt: e.firstPublishedAt, version: e.version };
}

/** Every edition, newest first, and the year the next one would be (none while one is in preparation). */
export async function listEditions(viewer: Viewer): Promise<{ editions: EditionSummary[]; nextYear: number | null }> {
  authorize(viewer, "workspace.use");
  const rows = await db.select().from(editions).orderBy(desc(editions.year));
  return { editions: rows.map(summary), nextYear: rows[0]?.status === "published" ? rows[0].year + 1 : null };
}

export async function getEdition(viewer: Viewer, year: number): Promise<EditionDraft> {
  authorize(viewer, "workspace.use");
  const edition = await editionRow(db, year);
  return { ...summary(edition), areas: await editionTree(db, year) };
}

/**
 * Starts next year's edition from the latest one: its areas carry over with their headlines and
 * order; its narrative starts empty. Last year's sentences quote last year's figures, so a copy
 * would put stale numbers one click from publication; the planner reads them beside the new
 * edition instead. KPI definitions need no copy: they are not per year (kpis has no year column).
 */
export async function startNextEdition(
  viewer: Viewer,
  ctx: WriteContext,
): Promise<Written & { kind: "started"; year: number; areas: number }> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    const [latest] = await tx.select().from(editions).orderBy(desc(editions.year)).limit(1);
    if (!latest) throw new NotFoundError("이어 갈 판이 없습니다.");
    // One edition in preparation at a time: the next starts from a published one.
    if (latest.status === "draft")
      throw new ConflictError(
        summary(latest),
        `${latest.year}년 판이 아직 준비 중입니다. 게시한 뒤 다음 판을 시작해 주세요.`,
      );
    const year = latest.year + 1;
    await tx.insert(years).values({ year }).onConflictDoNothing();
    // The primary key refuses a second start of the same year, whoever got there first.
    const [created] = await tx.insert(editions).values({ year }).onConflictDoNothing().returning();
    if (!created) throw new ConflictError({ year }, `${year}년 판은 이미 시작되었습니다.`);
    const from = await tx
      .select()
      .from(editionAreas)
      .where(eq(editionAreas.year, latest.year))
      .orderBy(asc(editionAreas.sortOrder));
    if (from.length)
      await tx
        .insert(editionAreas)
        .values(from.map((a) => ({ year, areaId: a.areaId, title: a.title, sortOrder: a.sortOrder })));
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.start",
      entityType: "edition",
      entityId: year,
      after: { year, from: latest.year, areas: from.map((a) => ({ areaId: a.areaId, title: a.title })) },
      ip: ctx.ip,
    });
    return { kind: "started", year, areas: from.length, tags: [CACHE_TAGS.narrative, CACHE_TAGS.years] };
  });
}

/** Publishes a draft edition: from now on visitors see it, and later changes enter its change log. */
export async function publishEdition(
  viewer: Viewer,
  input: { year: number; version: number },
  ctx: WriteContext,
): Promise<Written & { kind: "published"; year: number }> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    const edition = await assertEditionEditable(tx, input.year);
    if (edition.status === "published")
      throw new ConflictError(summary(edition), `${input.year}년 판은 이미 게시되었습니다.`);
    const now = new Date();
    const [done] = await tx
      .update(editions)
      .set({
        status: "published",
        firstPublishedAt: sql`coalesce(${editions.firstPublishedAt}, ${now.getTime()})`,
        version: edition.version + 1,
        updatedAt: now,
      })
      .where(and(eq(editions.year, input.year), eq(editions.version, input.version), eq(editions.status, "draft")))
      .returning();
    if (!done) throw new ConflictError(summary(edition), CHANGED);
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.publish",
      entityType: "edition",
      entityId: input.year,
      before: { status: edition.status },
      after: { status: "published", year: input.year },
      ip: ctx.ip,
    });
    return { kind: "published", year: input.year, tags: [CACHE_TAGS.narrative, CACHE_TAGS.years] };
  });
}

/** Rewords an area's headline in one edition (other years keep theirs). */
export async function updateEditionArea(
  viewer: Viewer,
  input: { year: number; areaId: number; version: number; title: string },
  ctx: WriteContext,
): Promise<Written & { kind: "updated" }> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    await assertArrangeable(tx, viewer, await assertEditionEditable(tx, input.year));
    const where = and(eq(editionAreas.year, input.year), eq(editionAreas.areaId, input.areaId));
    const [before] = await tx.select().from(editionAreas).where(where).limit(1);
    if (!before) throw new NotFoundError("이 판에 없는 분야입니다.");
    const [after] = await tx
      .update(editionAreas)
      .set({ title: input.title, version: before.version + 1 })
      .where(and(where, eq(editionAreas.version, input.version)))
      .returning();
    if (!after) throw new ConflictError({ title: before.title, version: before.version }, CHANGED);
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.area_update",
      entityType: "edition_area",
      entityId: input.areaId,
      before: { year: input.year, title: before.title },
      after: { year: input.year, title: after.title },
      ip: ctx.ip,
    });
    return { kind: "updated", tags: NARRATIVE };
  });
}

/** Swaps two rows' order, each guarded by the version the editor saw; false when either moved on. */
async function swapOrder<T extends { version: number; sortOrder: number }>(
  a: T,
  b: T,
  write: (row: T, sortOrder: number) => Promise<unknown[]>,
): Promise<boolean> {
  const first = await write(a, b.sortOrder);
  const second = await write(b, a.sortOrder);
  return first.length === 1 && second.length === 1;
}

/** Moves an area one place up or down in its edition. */
export async function moveEditionArea(
  viewer: Viewer,
  input: { year: number; areaId: number; version: number; direction: "up" | "down" },
  ctx: WriteContext,
): Promise<Written & { kind: "moved" | "unchanged" }> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    await assertArrangeable(tx, viewer, await assertEditionEditable(tx, input.year));
    const [area] = await tx
      .select()
      .from(editionAreas)
      .where(and(eq(editionAreas.year, input.year), eq(editionAreas.areaId, input.areaId)))
      .limit(1);
    if (!area) throw new NotFoundError("이 판에 없는 분야입니다.");
    if (area.version !== input.version) throw new ConflictError({ version: area.version }, CHANGED);
    const up = input.direction === "up";
    const [neighbour] = await tx
      .select()
      .from(editionAreas)
      .where(
        and(
          eq(editionAreas.year, input.year),
          up ? lt(editionAreas.sortOrder, area.sortOrder) : gt(editionAreas.sortOrder, area.sortOrder),
        ),
      )
      .orderBy(up ? desc(editionAreas.sortOrder) : asc(editionAreas.sortOrder))
      .limit(1);
    if (!neighbour) return { kind: "unchanged", tags: [] };
    const moved = await swapOrder(area, neighbour, (row, sortOrder) =>
      tx
        .update(editionAreas)
        .set({ sortOrder, version: row.version + 1 })
        .where(
          and(
            eq(editionAreas.year, row.year),
            eq(editionAreas.areaId, row.areaId),
            eq(editionAreas.version, row.version),
          ),
        )
        .returning(),
    );
    if (!moved) throw new ConflictError({ version: area.version }, CHANGED);
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.area_move",
      entityType: "edition_area",
      entityId: area.areaId,
      before: { year: input.year, sortOrder: area.sortOrder },
      after: { year: input.year, sortOrder: neighbour.sortOrder },
      ip: ctx.ip,
    });
    return { kind: "moved", tags: NARRATIVE };
  });
}

/**
 * Adds a point to an area, at its end, or under one of its points. On a published edition under the
 * four-eyes rule it is proposed, as an officer's point is, for another planner to place.
 */
export async function addEditionPoint(
  viewer: Viewer,
  input: { year: number; areaId: number; parentId: number | null; text: string },
  ctx: WriteContext,
): Promise<Written & ({ kind: "added"; id: number } | { kind: "proposed"; proposalId: number })> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    const edition = await assertEditionEditable(tx, input.year);
    await assertAreaInEdition(tx, input.year, input.areaId);
    await assertParent(tx, input.year, input.areaId, input.parentId);
    if (await mustPropose(tx, viewer, edition)) {
      authorize(viewer, "edition.propose");
      const { proposalId } = await propose(
        tx,
        viewer,
        {
          proposal: { kind: "policy_point.create", content: input },
          base: null,
          baseVersion: null,
          year: input.year,
          departmentId: viewer.departmentId!,
        },
        ctx,
      );
      return { kind: "proposed", proposalId, tags: [] };
    }
    const point = await insertPoint(tx, input);
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.point_create",
      entityType: "policy_point",
      entityId: point.id,
      after: pointSnapshot(point),
      ip: ctx.ip,
    });
    return { kind: "added", id: point.id, tags: NARRATIVE };
  });
}

/** What the audit log (and the public change log) keeps of a point. */
export function pointSnapshot(p: PolicyPoint) {
  return { year: p.year, areaId: p.areaId, parentId: p.parentId, text: p.text, sortOrder: p.sortOrder };
}

async function pointAt(tx: Executor, id: number, version: number): Promise<PolicyPoint> {
  const [point] = await tx.select().from(policyPoints).where(eq(policyPoints.id, id)).limit(1);
  if (!point) throw new NotFoundError("서술 항목이 그사이 삭제되었습니다.");
  if (point.version !== version) throw new ConflictError({ text: point.text, version: point.version }, CHANGED);
  return point;
}

/**
 * Rewords a point. On a published edition under the four-eyes rule the new wording is a proposal
 * for another planner (decided in the editor); otherwise it is live at once.
 */
export async function updateEditionPoint(
  viewer: Viewer,
  input: { id: number; version: number; text: string },
  ctx: WriteContext,
): Promise<Written & ({ kind: "updated" } | { kind: "proposed"; proposalId: number })> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    const point = await pointAt(tx, input.id, input.version);
    const edition = await assertEditionEditable(tx, point.year);
    if (await mustPropose(tx, viewer, edition)) {
      const proposalId = await proposePointEdit(tx, viewer, "policy_point.update", point, input.text, ctx);
      return { kind: "proposed", proposalId, tags: [] };
    }
    await rewordPoint(tx, viewer, point, input.text, ctx);
    return { kind: "updated", tags: NARRATIVE };
  });
}

/** Publishes a point's new wording if it is still at the version read; the audit row names its actor's reason. */
export async function rewordPoint(
  tx: Executor,
  viewer: StaffViewer,
  point: PolicyPoint,
  text: string,
  ctx: WriteContext,
  note?: string,
): Promise<void> {
  const [after] = await tx
    .update(policyPoints)
    .set({ text, version: point.version + 1 })
    .where(and(eq(policyPoints.id, point.id), eq(policyPoints.version, point.version)))
    .returning();
  if (!after) throw new ConflictError({ text: point.text, version: point.version }, CHANGED);
  await recordAudit(tx, {
    actor: viewer,
    action: "edition.point_update",
    entityType: "policy_point",
    entityId: point.id,
    before: pointSnapshot(point),
    after: pointSnapshot(after),
    note,
    ip: ctx.ip,
  });
}

/** Moves a point one place among its siblings (the points of its area, or of its parent). */
export async function moveEditionPoint(
  viewer: Viewer,
  input: { id: number; version: number; direction: "up" | "down" },
  ctx: WriteContext,
): Promise<Written & { kind: "moved" | "unchanged" }> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    const point = await pointAt(tx, input.id, input.version);
    await assertArrangeable(tx, viewer, await assertEditionEditable(tx, point.year));
    const up = input.direction === "up";
    const [neighbour] = await tx
      .select()
      .from(policyPoints)
      .where(
        and(
          eq(policyPoints.year, point.year),
          eq(policyPoints.areaId, point.areaId),
          point.parentId === null ? isNull(policyPoints.parentId) : eq(policyPoints.parentId, point.parentId),
          up ? lt(policyPoints.sortOrder, point.sortOrder) : gt(policyPoints.sortOrder, point.sortOrder),
        ),
      )
      .orderBy(up ? desc(policyPoints.sortOrder) : asc(policyPoints.sortOrder))
      .limit(1);
    if (!neighbour) return { kind: "unchanged", tags: [] };
    // Siblings are ordered among themselves only, so swapping two points' values leaves every
    // other point (their children included) where it was.
    const moved = await swapOrder(point, neighbour, (row, sortOrder) =>
      tx
        .update(policyPoints)
        .set({ sortOrder, version: row.version + 1 })
        .where(and(eq(policyPoints.id, row.id), eq(policyPoints.version, row.version)))
        .returning(),
    );
    if (!moved) throw new ConflictError({ version: point.version }, CHANGED);
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.point_move",
      entityType: "policy_point",
      entityId: point.id,
      before: pointSnapshot(point),
      after: { ...pointSnapshot(point), sortOrder: neighbour.sortOrder },
      ip: ctx.ip,
    });
    return { kind: "moved", tags: NARRATIVE };
  });
}

/**
 * Deletes a point and the points under it; the audit row keeps their text. On a published edition
 * under the four-eyes rule the deletion is a proposal for another planner.
 */
export async function deleteEditionPoint(
  viewer: Viewer,
  input: { id: number; version: number },
  ctx: WriteContext,
): Promise<Written & ({ kind: "deleted"; count: number } | { kind: "proposed"; proposalId: number })> {
  authorize(viewer, "edition.edit");
  return transaction(async (tx) => {
    const point = await pointAt(tx, input.id, input.version);
    const edition = await assertEditionEditable(tx, point.year);
    if (await mustPropose(tx, viewer, edition)) {
      const proposalId = await proposePointEdit(tx, viewer, "policy_point.delete", point, point.text, ctx);
      return { kind: "proposed", proposalId, tags: [] };
    }
    const count = await removePoint(tx, viewer, point, ctx);
    return { kind: "deleted", count, tags: NARRATIVE };
  });
}

/** Deletes a point still at the version read, and its sub-points; returns how many went. */
export async function removePoint(
  tx: Executor,
  viewer: StaffViewer,
  point: PolicyPoint,
  ctx: WriteContext,
  note?: string,
): Promise<number> {
  const children = await tx.delete(policyPoints).where(eq(policyPoints.parentId, point.id)).returning();
  const [gone] = await tx
    .delete(policyPoints)
    .where(and(eq(policyPoints.id, point.id), eq(policyPoints.version, point.version)))
    .returning();
  if (!gone) throw new ConflictError({ version: point.version }, CHANGED);
  await recordAudit(tx, {
    actor: viewer,
    action: "edition.point_delete",
    entityType: "policy_point",
    entityId: point.id,
    before: { ...pointSnapshot(point), children: children.map((c) => c.text) },
    note,
    ip: ctx.ip,
  });
  return 1 + children.length;
}

/**
 * Whether a planner's change to this edition waits for another planner: only a published edition's
 * text is public, and only while the four-eyes rule is on.
 */
async function mustPropose(tx: Executor, viewer: StaffViewer, edition: Edition): Promise<boolean> {
  return edition.status === "published" && !can(viewer, "records.publish", await fourEyes(tx));
}

/**
 * Under the four-eyes rule, a published edition's areas are retitled and reordered only while the
 * rule is off: these changes have no proposal (the rule covers the points' text).
 */
async function assertArrangeable(tx: Executor, viewer: StaffViewer, edition: Edition): Promise<void> {
  if (edition.status === "published") authorize(viewer, "edition.arrange", await fourEyes(tx));
}

async function proposePointEdit(
  tx: Executor,
  viewer: StaffViewer,
  kind: "policy_point.update" | "policy_point.delete",
  point: PolicyPoint,
  text: string,
  ctx: WriteContext,
): Promise<number> {
  authorize(viewer, "edition.propose");
  const content = { year: point.year, areaId: point.areaId, parentId: point.parentId, pointId: point.id, text };
  const { proposalId } = await propose(
    tx,
    viewer,
    {
      proposal: { kind, pointId: point.id, content },
      base: null,
      baseVersion: point.version,
      year: point.year,
      departmentId: viewer.departmentId!,
      before: pointSnapshot(point),
    },
    ctx,
  );
  return proposalId;
}
