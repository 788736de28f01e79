import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import {
  agencyRows,
  BREAKDOWN_DIMENSIONS,
  departmentRows,
  gradeRows,
  kindRows,
  type BreakdownDimension,
} from "@/components/dashboard/breakdowns";
import { getOrganisation } from "@/lib/data/organisation";
import { getYearSummary, listPublicYears } from "@/lib/data/public-summary";
import { formatCount } from "@/lib/format";
import { agencyKindLabels } from "@/lib/organisation";

type Props = { params: Promise<{ year: string; dimension: string }> };

const TITLES: Record<BreakdownDimension, { title: string; nameHeader: string }> = {
  agency: { title: "주관기관별", nameHeader: "주관기관" },
  kind: { title: "기관 유형별", nameHeader: "기관 유형" },
  department: { title: "담당부서별", nameHeader: "담당부서" },
  grade: { title: "등급별", nameHeader: "등급" },
};

const isDimension = (text: string): text is BreakdownDimension =>
  (BREAKDOWN_DIMENSIONS as readonly string[]).includes(text);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, dimension } = await params;
  return { title: `${year}년 ${isDimension(dimension) ? TITLES[dimension].title : ""} 수상 실적` };
}

/** Blocking, like the dashboard it completes: the table is in the page as sent, with or without scripts. */
export const instant = false;

/** Every line of one of a year's breakdowns: where the dashboard's "그 외" line leads. */
export default async function BreakdownPage({ params }: Props) {
  const { year: yearText, dimension } = await params;
  const year = (await listPublicYears()).find((y) => String(y) === yearText);
  if (year === undefined || !isDimension(dimension)) notFound();
  const [summary, org] = await Promise.all([getYearSummary(year), getOrganisation()]);
  if (!summary || summary.baselineOnly) notFound();
  const rows = {
    agency: () => agencyRows(summary),
    kind: () => kindRows(summary, agencyKindLabels(org.province)),
    department: () => departmentRows(summary),
    grade: () => gradeRows(summary),
  }[dimension]();
  const { title, nameHeader } = TITLES[dimension];
  const caption = `${year}년 ${title} 수상 건수와 인센티브`;
  return (
    <main id="main" className="container">
      <h1>{caption}</h1>
      <p>
        <a href={`/years/${year}`}>{year}년 대시보드로 돌아가기</a> · 모두 {formatCount(rows.length)}개 항목
      </p>
      <BreakdownTable
        caption={caption}
        nameHeader={nameHeader}
        rows={rows}
        total={dimension === "department" ? undefined : summary}
      />
    </main>
  );
}
