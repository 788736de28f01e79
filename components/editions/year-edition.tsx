import Link from "next/link";
import { listEditionChanges } from "@/lib/data/edition-changes";
import { getOrganisation } from "@/lib/data/organisation";
import { getPublishedEdition } from "@/lib/data/public-editions";
import { EditionChanges } from "./edition-changes";
import { EditionNarrative } from "./edition-narrative";

/** The narrative half of a year's edition on its page, with its change log; nothing for a totals-only year. */
export async function YearEdition({ year }: { year: number }) {
  const [edition, days, org] = await Promise.all([
    getPublishedEdition(year),
    listEditionChanges(year),
    getOrganisation(),
  ]);
  if (!edition) return null;
  return (
    <>
      <section aria-labelledby="edition-heading">
        <h2 id="edition-heading">{year}년 분야별 성과</h2>
        <p>
          {org.sourceTitle} {year}년 판의 {edition.areas.length}개 분야별 내용과 지표입니다.{" "}
          <Link href="#changes">변경 이력</Link>
        </p>
        <EditionNarrative areas={edition.areas} />
      </section>
      <EditionChanges
        year={year}
        firstPublishedAt={edition.firstPublishedAt}
        days={days}
        reviewOffice={org.reviewOffice}
      />
    </>
  );
}
