import type { Metadata } from "next";
import AwardsPage from "../page";

export const metadata: Metadata = { title: "수상 실적", alternates: { canonical: "/awards" } };

/**
 * `/awards` with no filter, rewritten here by next.config.ts: the same page with an empty query. It
 * reads no query string, so it prerenders whole and its cache entry lives until the next
 * publication (lib/cache/ compares the database's revision on every hit), where the filtered page
 * renders per request.
 */
export default function UnfilteredAwardsPage() {
  return <AwardsPage searchParams={Promise.resolve({})} />;
}
