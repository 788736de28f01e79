import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { takeTurns, yearKey } from "@/db/raw";
import { editionAreas, editions, policyPoints, years, type Edition, type PolicyPoint } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

/**
 * Reads and rules shared by the edition's editor (editions.ts) and its proposals
 * (edition-proposals.ts), always inside the writing transaction.
 */

export type PointNode = Pick<PolicyPoint, "id" | "text" | "version" | "quotesTotal"> & {
  children: Pick<PolicyPoint, "id" | "text" | "version">[];
};
export type EditionAreaNode = {
  areaId: number;
  title: string;
  sortOrder: number;
  version: number;
  points: PointNode[];
};

export async function editionRow(tx: Executor, year: number): Promise<Edition> {
  const [row] = await tx.select().from(editions).where(eq(editions.year, year)).limit(1);
  if (!row) throw new NotFoundError("해당 연도의 판이 없습니다.");
  return row;
}

/** A closed year is a permanent edition: its text changes only after the year is reopened. */
export async function assertEditionEditable(tx: Executor, year: number): Promise<Edition> {
  const edition = await editionRow(tx, year);
  await takeTurns(tx, yearKey(year), "shared");
  const [y] = await tx.select({ status: years.status }).from(years).where(eq(years.year, year)).limit(1);
  if (y?.status === "closed")
    throw new ConflictError({ year }, `${year}년은 마감되었습니다. 마감을 해제한 뒤 고쳐 주세요.`);
  return edition;
}

/** The edition's areas in order, each with its points nested one level, as the source prints them. */
export async function editionTree(tx: Executor, year: number): Promise<EditionAreaNode[]> {
  const areas = await tx
    .select()
    .from(editionAreas)
    .where(eq(editionAreas.year, year))
    .orderBy(asc(editionAreas.sortOrder), asc(editionAreas.areaId));
  const points = await tx
    .select()
    .from(policyPoints)
    .where(eq(policyPoints.year, year))
    .orderBy(asc(policyPoints.sortOrder), asc(policyPoints.id));
  return areas.map((a) => {
    const own = points.filter((p) => p.areaId === a.areaId);
    return {
      areaId: a.areaId,
      title: a.title,
      sortOrder: a.sortOrder,
      version: a.version,
      points: own
        .filter((p) => p.parentId === null)
        .map((p) => ({
          id: p.id,
          text: p.text,
          version: p.version,
          quotesTotal: p.quotesTotal,
          children: own.filter((c) => c.parentId === p.id).map((c) => ({ id: c.id, text: c.text, version: c.version })),
        })),
    };
  });
}

/** The point to nest under: a top-level point of the same edition and area (one level only). */
export async function assertParent(tx: Executor, year: number, areaId: number, parentId: number | null) {
  if (parentId === null) return;
  const [parent] = await tx
    .select({ id: policyPoints.id })
    .from(policyPoints)
    .where(
      and(
        eq(policyPoints.id, parentId),
        eq(policyPoints.year, year),
        eq(policyPoints.areaId, areaId),
        isNull(policyPoints.parentId),
      ),
    )
    .limit(1);
  if (!parent) throw new ConflictError({ parentId }, "상위 항목이 그사이 삭제되었거나 다른 분야의 항목입니다.");
}

export async function assertAreaInEdition(tx: Executor, year: number, areaId: number) {
  const [area] = await tx
    .select({ areaId: editionAreas.areaId })
    .from(editionAreas)
    .where(and(eq(editionAreas.year, year), eq(editionAreas.areaId, areaId)))
    .limit(1);
  if (!area) throw new NotFoundError("이 판에 없는 분야입니다.");
}

/**
 * Adds a point after every point of its area: sort order runs through an area's points (parents and
 * children alike, as seeded), so the new one ends its siblings either way.
 */
export async function insertPoint(
  tx: Executor,
  p: { year: number; areaId: number; parentId: number | null; text: string },
): Promise<PolicyPoint> {
  await takeTurns(tx, `policy_points.sort_order:${p.year}:${p.areaId}`);
  const [row] = await tx
    .insert(policyPoints)
    .values({
      ...p,
      sortOrder: sql`(select coalesce(max(${policyPoints.sortOrder}), 0) + 1 from ${policyPoints}
        where ${policyPoints.year} = ${p.year} and ${policyPoints.areaId} = ${p.areaId})`,
    })
    .returning();
  return row;
}
