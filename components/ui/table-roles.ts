/**
 * Explicit table roles for a table whose CSS changes its display (the phone layout stacks rows as
 * cards): Safari, and Chrome before 80, drop a table's semantics once its cells are display:block,
 * so screen readers would lose the column headers. Redundant where the browser keeps them, which is
 * why they are spread from here rather than written as literal (lint-flagged) attributes.
 */
export const TABLE_ROLES = {
  table: { role: "table" },
  rowgroup: { role: "rowgroup" },
  row: { role: "row" },
  columnheader: { role: "columnheader" },
  rowheader: { role: "rowheader" },
  cell: { role: "cell" },
} as const;
