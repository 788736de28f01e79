import type { KoglType } from "@/db/schema";
import { KOGL_CONDITIONS } from "@/lib/organisation";

const INK = "#1e2124";

/** 출처표시: a person. */
function Attribution({ cx }: { cx: number }) {
  return (
    <g>
      <circle cx={cx} cy={21} r={5} fill={INK} />
      <path d={`M${cx - 10} 39a10 10 0 0 1 20 0z`} fill={INK} />
    </g>
  );
}

/** 상업적 이용금지: the won sign, struck through. */
function NonCommercial({ cx }: { cx: number }) {
  return (
    <g>
      <text x={cx} y={35} fill={INK} fontSize={20} fontWeight={800} textAnchor="middle">
        ₩
      </text>
      <line x1={cx - 13} y1={15} x2={cx + 13} y2={41} stroke="#bd2c0f" strokeWidth={3} />
    </g>
  );
}

/** 변경금지: an equals sign, meaning "keep as is". */
function NoDerivatives({ cx }: { cx: number }) {
  return (
    <g stroke={INK} strokeWidth={3.5} strokeLinecap="round">
      <line x1={cx - 9} y1={23} x2={cx + 9} y2={23} />
      <line x1={cx - 9} y1={33} x2={cx + 9} y2={33} />
    </g>
  );
}

const ICONS: Record<string, (props: { cx: number }) => React.ReactElement> = {
  출처표시: Attribution,
  "상업적 이용금지": NonCommercial,
  변경금지: NoDerivatives,
};

/**
 * The mark of the chosen 공공누리 type, drawn here rather than loaded from kogl.or.kr: the CSP allows
 * same-origin images only, and an inline mark prints with the page. One circle per condition; the
 * label names the type and its conditions in words, and the visible caption repeats them.
 */
export function KoglMark({ type }: { type: KoglType }) {
  const conditions = KOGL_CONDITIONS[type];
  const label = `공공누리 제${type}유형: ${conditions.join(", ")}`;
  const width = 76 + conditions.length * 48;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} 56`} width={width} height={56} focusable="false">
      <title>{label}</title>
      <rect x={0.5} y={0.5} width={width - 1} height={55} rx={6} fill="#fff" stroke={INK} />
      <path d="M6.5 0.5h57.5v55H6.5a6 6 0 0 1-6-6v-43a6 6 0 0 1 6-6z" fill="#083891" />
      <text x={32} y={25} fill="#fff" fontSize={15} fontWeight={800} textAnchor="middle">
        OPEN
      </text>
      <text x={32} y={43} fill="#fff" fontSize={11} fontWeight={700} textAnchor="middle">
        공공누리
      </text>
      {conditions.map((condition, i) => {
        const cx = 92 + i * 48;
        const Icon = ICONS[condition];
        return (
          <g key={condition}>
            <circle cx={cx} cy={28} r={18} fill="none" stroke={INK} strokeWidth={2} />
            <Icon cx={cx} />
          </g>
        );
      })}
    </svg>
  );
}
