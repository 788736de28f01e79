import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { YearEdition } from "@/components/editions/year-edition";
import { listPublicYears } from "@/lib/data/public-summary";

type Props = { params: Promise<{ year: string }> };

export async function generateStaticParams() {
  return (await listPublicYears()).map((year) => ({ year: String(year) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).year}년 대시보드` };
}

/**
 * The page may wait for its year: with no Suspense boundary between <main> and the figures, the
 * re-render after a publish sends the whole dashboard in document order, so a browser without
 * JavaScript never receives a fallback that only a script would replace. Every recorded year is
 * still prerendered, and the proxy answers 404 for a year with no record before anything streams.
 */
export const instant = false;

export default async function YearDashboardPage({ params }: Props) {
  const { year } = await params;
  const years = await listPublicYears();
  const selected = years.find((y) => String(y) === year);
  if (selected === undefined) notFound();
  return (
    <DashboardBody year={selected}>
      <YearEdition year={selected} />
    </DashboardBody>
  );
}
