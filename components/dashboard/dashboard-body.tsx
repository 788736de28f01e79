import { getOrganisation } from "@/lib/data/organisation";
import { getLastChangedAt } from "@/lib/data/public-summary";
import { listPublicKpis } from "@/lib/data/public-kpis";
import { formatDate } from "@/lib/format";
import { siteTitle } from "@/lib/organisation";
import { AwardsOverview } from "./awards-overview";
import { HeadlineKpis } from "./headline-kpis";

/** The public dashboard: headline KPIs, then the given year's awards (the newest by default). */
export async function DashboardBody({ year, children }: { year?: number; children?: React.ReactNode }) {
  const [kpis, lastChangedAt, org] = await Promise.all([listPublicKpis(), getLastChangedAt(), getOrganisation()]);
  return (
    <main id="main" className="container">
      <h1>{siteTitle(org)}</h1>
      {lastChangedAt !== null && (
        <p>
          최종 변경일: <time dateTime={new Date(lastChangedAt).toISOString()}>{formatDate(lastChangedAt)}</time>
        </p>
      )}
      <HeadlineKpis kpis={kpis.filter((k) => k.headline)} />
      <AwardsOverview year={year} />
      {children}
    </main>
  );
}
