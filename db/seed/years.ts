/**
 * Year-level figures printed in the document.
 *
 * "기관표창 총 61건으로 ... 인센티브 1,270.5백만원 확보(전년대비 +16건 / +327.9백만원)" gives the
 * 2023 totals and, by subtraction, the 2022 baseline that is kept without per-award rows.
 */
export const DOCUMENT_TOTALS_2023 = { awardCount: 61, incentiveMillionWon: "1270.5" } as const;
export const DOCUMENT_CHANGE_FROM_2022 = { awardCount: 16, incentiveMillionWon: "327.9" } as const;

export const seedYears: {
  year: number;
  baselineAwardCount: number | null;
  baselineIncentiveMillionWon: string | null;
}[] = [
  { year: 2022, baselineAwardCount: 45, baselineIncentiveMillionWon: "942.6" },
  { year: 2023, baselineAwardCount: null, baselineIncentiveMillionWon: null },
];
