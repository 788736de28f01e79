import styles from "./totals.module.css";

const SIGNERS = ["담당", "팀장", "과장"] as const;

/** The 결재란 a county report carries on paper: "결재" down the left, one empty box per signer. Printed only. */
export function ApprovalBox() {
  return (
    <table className={`print-only ${styles.approval}`}>
      <tbody>
        <tr>
          <th scope="rowgroup" rowSpan={2} className={styles.approvalTitle}>
            결재
          </th>
          {SIGNERS.map((s) => (
            <th key={s} scope="col">
              {s}
            </th>
          ))}
        </tr>
        <tr>
          {SIGNERS.map((s) => (
            <td key={s} aria-label={`${s} 서명`} />
          ))}
        </tr>
      </tbody>
    </table>
  );
}
