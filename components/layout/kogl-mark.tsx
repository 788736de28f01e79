const LABEL = "공공누리 제4유형: 출처표시, 상업적 이용금지, 변경금지";

/**
 * The 공공누리 type 4 licence mark drawn here rather than loaded from kogl.or.kr: the CSP allows
 * same-origin images only, and an inline mark prints with the page.
 */
export function KoglMark() {
  return (
    <svg role="img" aria-label={LABEL} viewBox="0 0 220 56" width="220" height="56" focusable="false">
      <title>{LABEL}</title>
      <rect x="0.5" y="0.5" width="219" height="55" rx="6" fill="#fff" stroke="#1e2124" />
      <path d="M6.5 0.5h57.5v55H6.5a6 6 0 0 1-6-6v-43a6 6 0 0 1 6-6z" fill="#083891" />
      <text x="32" y="25" fill="#fff" fontSize="15" fontWeight="800" textAnchor="middle">
        OPEN
      </text>
      <text x="32" y="43" fill="#fff" fontSize="11" fontWeight="700" textAnchor="middle">
        공공누리
      </text>
      <g fill="none" stroke="#1e2124" strokeWidth="2">
        <circle cx="92" cy="28" r="18" />
        <circle cx="140" cy="28" r="18" />
        <circle cx="188" cy="28" r="18" />
      </g>
      {/* 출처표시: a person */}
      <circle cx="92" cy="21" r="5" fill="#1e2124" />
      <path d="M82 39a10 10 0 0 1 20 0z" fill="#1e2124" />
      {/* 상업적 이용금지: the won sign, struck through */}
      <text x="140" y="35" fill="#1e2124" fontSize="20" fontWeight="800" textAnchor="middle">
        ₩
      </text>
      <line x1="127" y1="15" x2="153" y2="41" stroke="#bd2c0f" strokeWidth="3" />
      {/* 변경금지: an equals sign, meaning "keep as is" */}
      <g stroke="#1e2124" strokeWidth="3.5" strokeLinecap="round">
        <line x1="179" y1="23" x2="197" y2="23" />
        <line x1="179" y1="33" x2="197" y2="33" />
      </g>
    </svg>
  );
}
