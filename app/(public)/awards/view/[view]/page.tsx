import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { awardViewQuery, awardViewSegment } from "@/lib/validations/award-view";
import AwardsPage from "../../page";

/**
 * A filtered `/awards` link, rewritten here by proxy.ts (lib/validations/award-view.ts): the same
 * page, reading the filters from its path instead of the query string. Like /awards/all it renders
 * once per view and publication and is then answered from the page cache, which lib/cache/ serves
 * only while the database's publication revision is the one it was rendered under.
 */
export const instant = false;

/**
 * A view nobody has asked for since the last publication is rendered whole before it is sent, and
 * that render is what the cache keeps: one render per new view. (Next's default for an unknown param
 * sends a generic shell, streams the view into it, and renders the view a second time behind it to
 * cache, which halved the throughput of new views in `npm run bench`.)
 */
export const unstable_paramMatching = { view: "blocking" };

type Props = { params: Promise<{ view: string }> };

/** One view is prerendered: Cache Components needs a sample to check the route renders without a request. */
export function generateStaticParams() {
  return [{ view: awardViewSegment(new URLSearchParams({ sort: "incentive" })) }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = awardViewQuery((await params).view);
  return { title: "수상 실적", alternates: { canonical: `/awards?${new URLSearchParams(query ?? {})}` } };
}

export default async function AwardsViewPage({ params }: Props) {
  const query = awardViewQuery((await params).view);
  if (query === null) notFound();
  return <AwardsPage searchParams={Promise.resolve(Object.fromEntries(query))} />;
}
