import type { Metadata } from "next";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { listPublishedEditionYears } from "@/lib/data/public-editions";

export const metadata: Metadata = { title: "대시보드" };

// Fully prerendered from cached data; a publishing write expires it by tag, so the next visitor
// gets a fresh render and everyone after that the static page again. It shows the latest published
// edition's year: one being prepared stays out of sight until the planner publishes it.
export default async function DashboardPage() {
  const [latest] = await listPublishedEditionYears();
  return <DashboardBody year={latest} home />;
}
