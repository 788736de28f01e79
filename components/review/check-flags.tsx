import type { CheckFlag } from "@/lib/review/checks";
import { MarkDistinctButton } from "./mark-distinct-button";
import styles from "./review.module.css";

/** The checks' findings for one award; they advise the planner and never block approval. */
export function CheckFlags({ flags }: { flags: CheckFlag[] }) {
  if (flags.length === 0)
    return <p className={styles.clean}>점검 결과: 중복·표기·인센티브에서 확인할 점이 없습니다.</p>;
  return (
    <ul className={styles.flags} aria-label="점검 결과">
      {flags.map((flag, i) => (
        <li key={i} className={styles.flag}>
          <p>{flag.message}</p>
          {flag.pair ? <MarkDistinctButton pair={flag.pair} /> : null}
        </li>
      ))}
    </ul>
  );
}
