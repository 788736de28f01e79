"use client";

/** Opens the browser's print dialog; the print stylesheet turns the page into an A4 report. */
export function PrintButton() {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      인쇄
    </button>
  );
}
