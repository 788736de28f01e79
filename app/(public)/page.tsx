import type { Metadata } from "next";
import { DashboardBody } from "@/components/dashboard/dashboard-body";

export const metadata: Metadata = { title: "대시보드" };

// Fully prerendered from cached data; a publishing write expires it by tag, so the next visitor
// gets a fresh render and everyone after that the static page again.
export default function DashboardPage() {
  return <DashboardBody />;
}
