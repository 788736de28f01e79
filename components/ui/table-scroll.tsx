/**
 * Lets a wide table scroll sideways on a narrow screen. Focusable and named so keyboard users can
 * scroll it too (WCAG 2.1.1) and screen readers announce what the region holds.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
