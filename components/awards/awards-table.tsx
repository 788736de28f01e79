import { constructTable, flexRender, type Column } from "@tanstack/react-table";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { TABLE_ROLES } from "@/components/ui/table-roles";
import { TableScroll } from "@/components/ui/table-scroll";
import type { AwardPage, PublicAward } from "@/lib/data/public-awards";
import { awardTableFeatures, getAwardColumns, type AwardColumnMeta } from "./award-columns";
import type { PageLink, SortableColumn, SortLink } from "./award-links";
import styles from "./awards.module.css";

const columns = getAwardColumns();

const DIRECTION_LABELS = { asc: "오름차순", desc: "내림차순" } as const;
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

type AwardColumn = Column<typeof awardTableFeatures, PublicAward>;

type Props = {
  result: AwardPage;
  /** The server's order, from the URL; "order" is the document's own order. */
  sort: SortableColumn | "order";
  dir: "asc" | "desc";
  filteredByDepartment: boolean;
  links: { sort: Record<SortableColumn, SortLink>; previous: PageLink; next: PageLink };
};

function columnLabel(column: AwardColumn): string {
  const header = column.columnDef.header;
  return typeof header === "string" ? header : column.id;
}

/**
 * A body or footer cell: the row's name is a row header, figures are right-aligned. Each carries
 * its column's name for the phone layout, where rows stack as cards of "name: value" lines; the
 * explicit roles keep the table a table for assistive technology once CSS changes its display.
 */
function MetaCell({ meta, label, children }: { meta?: AwardColumnMeta; label: string; children: React.ReactNode }) {
  const className = meta?.numeric ? "num" : undefined;
  return meta?.rowHeader ? (
    <th scope="row" {...TABLE_ROLES.rowheader} className={className} data-label={label}>
      {children}
    </th>
  ) : (
    <td {...TABLE_ROLES.cell} className={className} data-label={label}>
      {children}
    </td>
  );
}

function HeaderCell({ column, link }: { column: AwardColumn; link?: SortLink }) {
  const sorted = column.getIsSorted();
  const label = columnLabel(column);
  return (
    <th
      scope="col"
      {...TABLE_ROLES.columnheader}
      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
      className={column.columnDef.meta?.numeric ? "num" : undefined}
    >
      {link && column.getCanSort() ? (
        <a href={link.href} className={styles.sortLink}>
          {label}
          <span aria-hidden="true" className={styles.sortIcon}>
            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
          </span>
          <span className="visually-hidden">, {DIRECTION_LABELS[link.direction]}으로 정렬</span>
        </a>
      ) : (
        label
      )}
    </th>
  );
}

function PageStep({ link, rel, label }: { link: PageLink | null; rel: "prev" | "next"; label: string }) {
  if (!link) {
    return (
      <span className="button button--secondary" aria-disabled="true">
        {label}
      </span>
    );
  }
  return (
    <a href={link.href} rel={rel} className="button button--secondary" aria-label={`${label} 쪽, ${link.page}쪽으로`}>
      {label}
    </a>
  );
}

/**
 * One server-sorted page of awards, with the totals of every match in the footer. A server
 * component: sorting and paging are links the server answers, so the table has nothing to do in
 * the browser. Built with TanStack's core rather than the `useTable` hook, it ships no table code
 * and hydrates no table state; as a client component it had been a phone's longest task.
 */
export function AwardsTable({ result, sort, dir, filteredByDepartment, links }: Props) {
  // What useTable adds for React, here a plain store, one per render.
  const features = { ...awardTableFeatures, coreReactivityFeature: storeReactivityBindings() };
  const table = constructTable({
    features,
    columns,
    data: result.rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    rowCount: result.total,
    pageCount: result.pageCount,
    state: {
      sorting: sort === "order" ? [] : [{ id: sort, desc: dir === "desc" }],
      pagination: { pageIndex: result.page - 1, pageSize: result.pageSize },
    },
    meta: {
      total: result.total,
      incentiveTotalWon: result.incentiveTotalWon,
      filteredByDepartment,
      evidence: result.evidence,
    },
  });
  const sortedColumn = sort === "order" ? undefined : table.getColumn(sort);
  const rows = table.getRowModel().rows;

  return (
    <>
      <TableScroll label="수상 실적 표, 좁은 화면에서는 옆으로 밀어 봅니다">
        <table {...TABLE_ROLES.table} className={`data-table ${styles.table}`}>
          <caption>
            기관표창 수상 실적 목록 ({result.page} / {table.getPageCount()}쪽,{" "}
            {sortedColumn ? `${columnLabel(sortedColumn)} ${DIRECTION_LABELS[dir]}` : "자료 순서"})
          </caption>
          <thead {...TABLE_ROLES.rowgroup}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} {...TABLE_ROLES.row}>
                {group.headers.map((header) => (
                  <HeaderCell
                    key={header.id}
                    column={header.column}
                    link={links.sort[header.column.id as SortableColumn]}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <tbody {...TABLE_ROLES.rowgroup}>
            {rows.length === 0 ? (
              <tr {...TABLE_ROLES.row}>
                <td {...TABLE_ROLES.cell} colSpan={columns.length}>
                  조건에 맞는 수상 실적이 없습니다.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} {...TABLE_ROLES.row}>
                  {row.getAllCells().map((cell) => (
                    <MetaCell key={cell.id} meta={cell.column.columnDef.meta} label={columnLabel(cell.column)}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </MetaCell>
                  ))}
                </tr>
              ))
            )}
          </tbody>
          <tfoot {...TABLE_ROLES.rowgroup}>
            {table.getFooterGroups().map((group) => (
              <tr key={group.id} {...TABLE_ROLES.row}>
                {group.headers.map((header) => (
                  <MetaCell key={header.id} meta={header.column.columnDef.meta} label={columnLabel(header.column)}>
                    {flexRender(header.column.columnDef.footer, header.getContext())}
                  </MetaCell>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </TableScroll>
      <nav aria-label="수상 실적 쪽 이동" className={`${styles.pagination} no-print`}>
        <PageStep link={table.getCanPreviousPage() ? links.previous : null} rel="prev" label="이전" />
        <p className={styles.pageStatus}>
          <span className="visually-hidden">현재 </span>
          {result.page} / {table.getPageCount()}쪽
        </p>
        <PageStep link={table.getCanNextPage() ? links.next : null} rel="next" label="다음" />
      </nav>
    </>
  );
}
