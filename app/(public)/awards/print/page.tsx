import type { Metadata } from "next";
import { connection } from "next/server";
import { AwardsPrint } from "@/components/awards/awards-print";
import type { SearchParams } from "@/lib/route-props";

export const metadata: Metadata = { title: "수상 실적 인쇄용 보기" };

/** Waits for its rows like /awards: a printout is whole or nothing, and needs no script. */
export const instant = false;

export default async function AwardsPrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // The printout carries the day it was made, so it is rendered for each request.
  await connection();
  return <AwardsPrint searchParams={params} printedAt={new Date()} />;
}
