"use client";

import dynamic from "next/dynamic";

/**
 * Recharts stays off the critical path: it is fetched after hydration and never rendered on the
 * server. Until it arrives, the figure's fixed-height frame holds the space, and the summary and
 * table beside it already carry the same figures.
 */
export const LazyBarChart = dynamic(() => import("./horizontal-bar-chart"), { ssr: false });
