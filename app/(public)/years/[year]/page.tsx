import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
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

async function YearDashboard({ params }: Props) {
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

/**
 * The dashboard for one year; every recorded year is prerendered. Next re-renders the page after a
 * publish without knowing the year in advance, so reading it must sit inside a Suspense boundary:
 * without one that re-render failed and the page went on showing the figures it was built with.
 */
export default function YearDashboardPage({ params }: Props) {
  return (
    <Suspense fallback={<main id="main" className="container" aria-busy="true" />}>
      <YearDashboard params={params} />
    </Suspense>
  );
}
