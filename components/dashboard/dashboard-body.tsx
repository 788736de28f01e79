import { getOrganisation } from "@/lib/data/organisation";
import { getLastChangedAt, latestAwardYear } from "@/lib/data/public-summary";
import { listPublicKpis } from "@/lib/data/public-kpis";
import { formatDate } from "@/lib/format";
import { siteTitle } from "@/lib/organisation";
import { AwardsOverview } from "./awards-overview";
import { HeadlineKpis } from "./headline-kpis";
import { Trends } from "./trends";

/**
 * The public dashboard: headline KPIs, then the given year's awards (the newest by default). The
 * KPI cards hold the current edition's figures, so an earlier year's page leaves them out rather
 * than show them under that year's name. The home page (`home`) adds every year's trend; a year's
 * own page is about that year only.
 */
export async function DashboardBody({
  year,
  home = false,
  children,
}: {
  year?: number;
  home?: boolean;
  children?: React.ReactNode;
}) {
  const [kpis, lastChangedAt, org, latest] = await Promise.all([
    listPublicKpis(),
    getLastChangedAt(),
    getOrganisation(),
    latestAwardYear(),
  ]);
  const earlierYear = year !== undefined && latest !== null && year !== latest;
  return (
    <main id="main" className="container">
      <h1>{home || year === undefined ? siteTitle(org) : `${siteTitle(org)} · ${year}년`}</h1>
      {lastChangedAt !== null && (
        <p>
          최종 변경일: <time dateTime={new Date(lastChangedAt).toISOString()}>{formatDate(lastChangedAt)}</time>
        </p>
      )}
      {earlierYear ? null : <HeadlineKpis kpis={kpis.filter((k) => k.headline)} />}
      <AwardsOverview year={year} />
      {home ? <Trends kpis={kpis} /> : null}
      {children}
    </main>
  );
}
