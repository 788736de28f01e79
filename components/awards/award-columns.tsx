import {
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import { EmptyValue } from "@/components/ui/empty-value";
import type { PublicEvidence } from "@/lib/data/evidence";
import type { PublicAward } from "@/lib/data/public-awards";
import { formatCount, formatIsoDay, formatMillionWon } from "@/lib/format";
import styles from "./awards.module.css";

export type AwardColumnMeta = {
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell that names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
};

type AwardTableMeta = {
  /** Count and incentive of every matching award, not only this page. */
  total: number;
  incentiveTotalWon: number;
  /** When the list is filtered to one department, awards shared with others are flagged. */
  filteredByDepartment: boolean;
  /** By award id: that evidence exists, and the files a planner made public. */
  evidence?: Record<number, PublicEvidence>;
};

// Sorting and paging are done by the server from the URL; the table only reflects that state.
export const awardTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<AwardColumnMeta>(),
  tableMeta: metaHelper<AwardTableMeta>(),
});

const column = createColumnHelper<typeof awardTableFeatures, PublicAward>();

/** The one definition of the awards table's columns. Column ids match the `sort` URL values. */
export function getAwardColumns() {
  return column.columns([
    column.accessor("year", { id: "year", header: "연도" }),
    column.accessor("title", {
      id: "title",
      header: "수상명",
      meta: { rowHeader: true },
      // 비고 and 증빙 belong to the award they qualify, so they are read with the title rather than in
      // columns of their own. The public learns only that evidence exists, unless a file was made public.
      cell: ({ getValue, row, table }) => {
        const { remarks } = row.original;
        const evidence = table.options.meta?.evidence?.[row.original.id];
        if (!remarks && !evidence?.count) return getValue();
        return (
          <>
            {getValue()}
            {remarks ? <span className={styles.remarks}>비고: {remarks}</span> : null}
            {evidence?.count ? (
              <span className={styles.remarks}>
                {evidence.open.length
                  ? evidence.open.map((f, i) => (
                      <span key={f.id}>
                        {i > 0 ? ", " : "증빙: "}
                        <a href={`/evidence/${f.id}`}>{f.fileName}</a>
                      </span>
                    ))
                  : "증빙 있음"}
              </span>
            ) : null}
          </>
        );
      },
      footer: ({ table }) => `합계 ${formatCount(table.options.meta?.total ?? 0)}건`,
    }),
    column.accessor((row) => row.agency.name, { id: "agency", header: "주관기관" }),
    column.accessor("grade", { id: "grade", header: "등급", cell: ({ getValue }) => getValue() ?? <EmptyValue /> }),
    column.accessor("incentiveWon", {
      id: "incentive",
      header: "인센티브(백만원)",
      meta: { numeric: true },
      cell: ({ getValue }) => {
        const won = getValue();
        return won === null ? <EmptyValue /> : formatMillionWon(won);
      },
      footer: ({ table }) => formatMillionWon(table.options.meta?.incentiveTotalWon ?? 0),
    }),
    column.accessor("awardedOn", {
      id: "awardedOn",
      header: "수상일",
      enableSorting: false,
      cell: ({ getValue }) => {
        const day = getValue();
        return day === null ? <EmptyValue /> : <time dateTime={day}>{formatIsoDay(day)}</time>;
      },
    }),
    column.accessor((row) => row.departments.map((d) => d.name).join(", "), {
      id: "departments",
      header: "담당부서",
      enableSorting: false,
      cell: ({ getValue, row, table }) =>
        table.options.meta?.filteredByDepartment && row.original.departments.length > 1 ? (
          <span className={styles.sharedNote}>공동 수상: {getValue()}</span>
        ) : (
          getValue()
        ),
    }),
  ]);
}
