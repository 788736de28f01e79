import type { Metadata } from "next";
import Link from "next/link";
import { EditionNarrative } from "@/components/editions/edition-narrative";
import { getOrganisation } from "@/lib/data/organisation";
import { getPublishedEdition, listPublishedEditionYears } from "@/lib/data/public-editions";
import { affairsOf } from "@/lib/organisation";

export const metadata: Metadata = { title: "분야별 성과" };

/** The latest published edition's narrative; earlier editions stay on their years' pages. */
export default async function AchievementsPage() {
  const [years, org] = await Promise.all([listPublishedEditionYears(), getOrganisation()]);
  const edition = years.length ? await getPublishedEdition(years[0]) : null;
  const areas = edition?.areas ?? [];
  return (
    <main id="main" className="container">
      <h1>분야별 주요{affairsOf(org)} 성과</h1>
      {areas.length === 0 ? (
        <p>아직 게시된 분야별 성과가 없습니다.</p>
      ) : (
        <p>
          {org.sourceTitle}의 {areas.length}개 분야별 내용과 지표입니다
          {edition && ` (${edition.year}년 판)`}.
        </p>
      )}
      {years.length > 1 && (
        <nav aria-label="다른 해의 판">
          <p>
            다른 해:{" "}
            {years.slice(1).map((y, i) => (
              <span key={y}>
                {i > 0 && ", "}
                <Link href={`/years/${y}#edition-heading`}>{y}년 판</Link>
              </span>
            ))}
          </p>
        </nav>
      )}
      <EditionNarrative areas={areas} />
    </main>
  );
}
