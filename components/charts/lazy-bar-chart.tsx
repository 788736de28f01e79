"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { BarDatum } from "./horizontal-bar-chart";

const BarChart = dynamic(() => import("./horizontal-bar-chart"), { ssr: false });

/**
 * Recharts stays off the critical path: it is fetched after hydration, never rendered on the
 * server, and each chart mounts only as it nears the screen, so a phone does not lay out eight
 * charts before the visitor can scroll. Until then the fixed-height frame holds the space, and the
 * summary and table beside it already carry the same figures.
 */
export function LazyBarChart({ data, height }: { data: BarDatum[]; height: number }) {
  const frame = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry.isIntersecting) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frame} style={{ height }}>
      {near ? <BarChart data={data} height={height} /> : null}
    </div>
  );
}
