import {
  AWARD_SORTS,
  awardQueryToParams,
  defaultDirection,
  serializeAwardQuery,
  type AwardQuery,
  type AwardSort,
} from "@/lib/validations/award-query";

/** The results section; links land there so a reader is not thrown back to the top of the page. */
export const RESULTS_ID = "award-results";

/** Where the filter form goes: a redirect to the canonical /awards link (app/(public)/awards/search). */
export const AWARD_SEARCH_PATH = "/awards/search";

export type SortableColumn = Exclude<AwardSort, "order">;
const SORTABLE_COLUMNS = AWARD_SORTS.filter((s): s is SortableColumn => s !== "order");

export type SortLink = { href: string; direction: "asc" | "desc" };

export function awardsHref(query: Partial<AwardQuery>): string {
  return `/awards${serializeAwardQuery(query)}#${RESULTS_ID}`;
}

/** Each sortable column's link: the other direction if the table is sorted by it, else its default; back to page 1. */
export function sortLinks(query: AwardQuery): Record<SortableColumn, SortLink> {
  const entries = SORTABLE_COLUMNS.map((sort) => {
    const direction = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : defaultDirection(sort);
    return [sort, { href: awardsHref({ ...query, sort, dir: direction, page: 1 }), direction }] as const;
  });
  return Object.fromEntries(entries) as Record<SortableColumn, SortLink>;
}

export type PageLink = { href: string; page: number };

/** Page n of the same view, kept within 1…pageCount so a stale link never leads to an empty page. */
export function pageLink(query: AwardQuery, page: number, pageCount: number): PageLink {
  const clamped = Math.min(Math.max(page, 1), pageCount);
  return { href: awardsHref({ ...query, page: clamped }), page: clamped };
}

/** A download of every match with the same filters and order: never paged. */
function downloadHref(path: string, query: AwardQuery, format: "csv" | "xlsx"): string {
  const params = awardQueryToParams({ ...query, page: undefined, pageSize: undefined });
  params.set("format", format);
  return `${path}?${params}`;
}

/** The same filters and order as a CSV of every match, not just this page. */
export function csvHref(query: AwardQuery): string {
  return downloadHref("/api/v1/awards", query, "csv");
}

/** The same rows as an Excel workbook, with a sheet giving source, licence and these filters. */
export function xlsxHref(query: AwardQuery): string {
  return downloadHref("/api/v1/awards/export", query, "xlsx");
}

/** Every match with the same filters and order, as one A4 report (app/(public)/awards/print). */
export function printHref(query: AwardQuery): string {
  return `/awards/print${serializeAwardQuery({ ...query, page: undefined, pageSize: undefined })}`;
}
