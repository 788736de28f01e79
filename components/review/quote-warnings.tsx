import { totalsPhrase } from "@/components/kpis/quoted-total-note";
import type { QuoteWarning } from "@/lib/review/quote-effect";

/**
 * Tells the planner that approving leaves a narrative sentence quoting other totals than the public
 * record. The public page then dates the sentence and shows the live figures beside it.
 */
export function QuoteWarnings({ warnings }: { warnings: QuoteWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert--warning" role="note" aria-label="인용 수치 경고">
      {warnings.map(({ quote, after, alreadyDiffers }) => {
        const quoted = `${quote.year}년 ${totalsPhrase(quote)}, ${quote.asOf} 기준`;
        const now = after ? totalsPhrase(after) : `${quote.year}년 집계 없음`;
        return (
          <p key={`${quote.year}-${quote.asOf}`}>
            {alreadyDiffers
              ? `분야별 성과의 인용 문장(${quoted})은 이미 공개 집계와 다릅니다. 승인 후 공개 집계: ${now}.`
              : `승인하면 분야별 성과의 인용 문장(${quoted})과 공개 집계(${now})가 달라집니다.`}{" "}
            공개 화면은 문장을 그대로 두고 작성 시점과 현재 수치를 함께 표시합니다.
          </p>
        );
      })}
    </div>
  );
}
