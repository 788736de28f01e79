import {
  awardPair,
  duplicateFlag,
  isLikelyDuplicate,
  outlierFlag,
  pairKey,
  titleKey,
  type AwardPair,
  type CheckFlag,
  type TitleKey,
} from "./checks";

/**
 * Runs the checks of ./checks.ts for one award against everything it is compared with: the
 * published awards and the open proposals. Pure over what lib/data/review-checks.ts loads.
 */

export type PublishedAward = { id: number; year: number; agencyId: number; title: string; incentiveWon: number | null };
/** An open (pending or returned) proposal to add or edit an award. */
export type OpenProposal = {
  submissionId: number;
  awardId: number | null;
  year: number;
  agencyId: number;
  title: string;
};

type Keyed<T> = T & { key: TitleKey };

export type CheckContext = {
  agencyNames: ReadonlyMap<number, string>;
  /** Published awards and open proposals by body and year: duplicates are only sought within one. */
  published: ReadonlyMap<string, Keyed<PublishedAward>[]>;
  open: ReadonlyMap<string, Keyed<OpenProposal>[]>;
  /** Each body's published incentives (awards with one), for the outlier check. */
  incentives: ReadonlyMap<number, { awardId: number; won: number }[]>;
  distinct: ReadonlySet<string>;
};

/** The award being checked; `awardId` for an edit of a published award, `submissionId` for a proposal. */
export type AwardCandidate = {
  year: number;
  agencyId: number;
  title: string;
  incentiveWon: number | null;
  awardId?: number | null;
  submissionId?: number | null;
};

const bucket = (year: number, agencyId: number) => `${year}:${agencyId}`;

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function buildCheckContext(input: {
  agencies: { id: number; name: string }[];
  published: PublishedAward[];
  open: OpenProposal[];
  distinctPairs: AwardPair[];
}): CheckContext {
  const published = input.published.map((a) => ({ ...a, key: titleKey(a.title) }));
  const incentives = groupBy(
    published
      .filter((a) => a.incentiveWon !== null)
      .map((a) => ({ agencyId: a.agencyId, awardId: a.id, won: a.incentiveWon! })),
    (a) => a.agencyId,
  );
  return {
    agencyNames: new Map(input.agencies.map((a) => [a.id, a.name])),
    published: groupBy(published, (a) => bucket(a.year, a.agencyId)),
    open: groupBy(
      input.open.map((o) => ({ ...o, key: titleKey(o.title) })),
      (o) => bucket(o.year, o.agencyId),
    ),
    incentives,
    distinct: new Set(input.distinctPairs.map((p) => pairKey(p.low, p.high))),
  };
}

function markedDistinct(ctx: CheckContext, a: number | null | undefined, b: number | null | undefined): boolean {
  return a != null && b != null && ctx.distinct.has(pairKey(a, b));
}

/** Every flag for one award: likely duplicates (published and proposed) and an unusual incentive. */
export function checkAward(ctx: CheckContext, candidate: AwardCandidate): CheckFlag[] {
  const key = titleKey(candidate.title);
  const agency = ctx.agencyNames.get(candidate.agencyId) ?? `주관기관 #${candidate.agencyId}`;
  const where = { agency, year: candidate.year };
  const self = candidate.awardId ?? null;
  const flags: CheckFlag[] = [];

  for (const other of ctx.published.get(bucket(candidate.year, candidate.agencyId)) ?? []) {
    if (other.id === self || markedDistinct(ctx, self, other.id) || !isLikelyDuplicate(key, other.key)) continue;
    flags.push(
      duplicateFlag(where, {
        title: other.title,
        where: `게시된 실적 #${other.id}`,
        ...(self !== null ? { pair: awardPair(self, other.id) } : {}),
      }),
    );
  }
  for (const other of ctx.open.get(bucket(candidate.year, candidate.agencyId)) ?? []) {
    if (other.submissionId === candidate.submissionId || (self !== null && other.awardId === self)) continue;
    if (markedDistinct(ctx, self, other.awardId) || !isLikelyDuplicate(key, other.key)) continue;
    flags.push(duplicateFlag(where, { title: other.title, where: `검토 중인 제출 #${other.submissionId}` }));
  }

  const incentives = (ctx.incentives.get(candidate.agencyId) ?? []).filter((i) => i.awardId !== self).map((i) => i.won);
  const outlier = outlierFlag(agency, candidate.incentiveWon, incentives);
  if (outlier) flags.push(outlier);
  return flags;
}

export type PublishedDuplicate = { a: PublishedAward; b: PublishedAward; agency: string; pair: AwardPair };

/** Likely duplicates among published awards not yet marked distinct, e.g. the seed's 감사 운영실태 pair. */
export function publishedDuplicates(ctx: CheckContext): PublishedDuplicate[] {
  const found: PublishedDuplicate[] = [];
  for (const awards of ctx.published.values()) {
    awards.forEach((a, i) => {
      for (const b of awards.slice(i + 1)) {
        if (markedDistinct(ctx, a.id, b.id) || !isLikelyDuplicate(a.key, b.key)) continue;
        const strip = ({ key: _key, ...award }: Keyed<PublishedAward>) => award;
        found.push({
          a: strip(a),
          b: strip(b),
          agency: ctx.agencyNames.get(a.agencyId) ?? "",
          pair: awardPair(a.id, b.id),
        });
      }
    });
  }
  return found.sort((x, y) => y.a.year - x.a.year || x.pair.low - y.pair.low);
}
