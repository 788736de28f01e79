"use client";

import { Bar, BarChart, LabelList, XAxis, YAxis } from "recharts";

export type BarDatum = { label: string; value: number; display: string };

// Colours from the design tokens: bar 6.7:1 and text 15:1 on white. Every bar carries its value
// as a label, so colour is never the only way to read it.
const BAR_COLOUR = "#0b50d0";
const TEXT_COLOUR = "#1e2124";

/** One bar per row, category names on the left, the formatted value at the end of each bar. */
export default function HorizontalBarChart({ data, height }: { data: BarDatum[]; height: number }) {
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 4, right: 88, bottom: 4, left: 0 }}
      // The wrapper is role="img" with a text summary and table beside it; keyboard tooltips would add nothing.
      accessibilityLayer={false}
    >
      <XAxis type="number" hide domain={[0, "dataMax"]} />
      <YAxis
        type="category"
        dataKey="label"
        width="auto"
        interval={0}
        tickLine={false}
        axisLine={false}
        tick={{ fill: TEXT_COLOUR, fontSize: 13 }}
      />
      <Bar dataKey="value" fill={BAR_COLOUR} barSize={18} isAnimationActive={false}>
        <LabelList dataKey="display" position="right" fill={TEXT_COLOUR} fontSize={13} />
      </Bar>
    </BarChart>
  );
}
