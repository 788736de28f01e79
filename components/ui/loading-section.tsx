/** Stands in for a section while it streams; tall enough that the page does not jump when it lands. */
export function LoadingSection({ title }: { title: string }) {
  return (
    <section aria-busy="true" style={{ minHeight: "40rem" }}>
      <h2>{title}</h2>
      <p role="status">불러오는 중입니다…</p>
    </section>
  );
}
