import Link from "next/link";
import type { SubmissionView } from "@/lib/data/submissions";

/** Proposed narrative points wait in /review too, decided in their edition's editor. */
export function PointProposalLinks({ proposals }: { proposals: SubmissionView[] }) {
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="point-proposals">
      <h2 id="point-proposals">서술 항목 제안 {proposals.length}건</h2>
      <p>서술 항목은 들어갈 자리를 보며 판 편집 화면에서 승인하거나 반려합니다.</p>
      <ul>
        {proposals.map((s) => (
          <li key={s.id}>
            <Link href={`/workspace/editions/${s.year}#proposal-${s.id}`}>
              {s.year}년 판 · {s.department}: {String(s.content.text ?? "")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
