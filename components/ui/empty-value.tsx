/** The document's "-" in a table cell, read out as "없음" rather than "하이픈". */
export function EmptyValue() {
  return (
    <>
      <span aria-hidden="true">-</span>
      <span className="visually-hidden">없음</span>
    </>
  );
}
