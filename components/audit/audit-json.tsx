import styles from "./audit.module.css";

/** Stored snapshots are JSON text; show them indented, or as stored if they do not parse. */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * One before/after snapshot, folded so the table stays scannable. It is rendered as text only:
 * a snapshot holds whatever a user typed, so it must never reach the page as markup.
 */
export function AuditJson({ label, text }: { label: string; text: string }) {
  return (
    <details>
      <summary>{label}</summary>
      {/* Focusable so a keyboard user can scroll a long snapshot. */}
      <pre className={styles.json} tabIndex={0}>
        {pretty(text)}
      </pre>
    </details>
  );
}
