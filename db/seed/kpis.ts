import type { KpiPeriod } from "@/lib/validations/period";
import type { MoneyStyle } from "../schema";

/**
 * KPI figures of 「주요 군정 성과」 as structured records. Every figure also stays in the narrative
 * points verbatim (policy-areas.ts); these are the ones the dashboard computes with.
 *
 * Money is integer won (unit "원") with the style the page prints it in: 12,190억원 ("eok"),
 * 8조 1,054억원 ("jo"), 9,024만원 ("man"). Other values are exact decimals as text.
 *
 * The page names no owning department for its KPIs; each is given to the department whose work it
 * measures where the registry has one, else to 기획감사실, which compiles the page (seeded as
 * assigned, so the public does not read it as the source's).
 *
 * Each period is the one the page prints beside the figure, or NONE where it prints none: the page
 * is the 2023 edition, but that is when it was published, not what period GRDP or 합계출산율 cover
 * (its "전국 0.778명" is the 2022 national rate).
 */
export type SeedKpiNote =
  | { kind: "comparison"; label: string }
  | { kind: "reference"; label: string; value: string; unit: string };

export type SeedKpi = {
  slug: string;
  area: string;
  department: string;
  name: string;
  unit: string;
  moneyStyle?: MoneyStyle;
  target?: { value: string; label: string };
  headline?: boolean;
  period: KpiPeriod;
  value: string;
  notes?: SeedKpiNote[];
};

export const KPI_SOURCE = "진천군 「주요 군정 성과」(2023)";

const cmp = (label: string): SeedKpiNote => ({ kind: "comparison", label });
const NONE: KpiPeriod = { kind: "none" };
const year = (y: number): KpiPeriod => ({ kind: "year", year: y });
const month = (y: number, m: number): KpiPeriod => ({ kind: "month", year: y, month: m });

export const seedKpis: SeedKpi[] = [
  // 경제
  {
    slug: "investment-2023",
    area: "economy",
    department: "경제과",
    name: "투자유치액",
    unit: "원",
    moneyStyle: "eok",
    headline: true,
    period: year(2023), // "2023년 투자유치 12,190억원"
    value: "1219000000000",
    notes: [cmp("8년 연속 1조원대 투자유치")],
  },
  {
    slug: "investment-cumulative",
    area: "economy",
    department: "경제과",
    name: "누적 투자유치액",
    unit: "원",
    moneyStyle: "jo",
    period: { kind: "span", from: "2016", to: "2023" }, // "8년간(‘16년 ~‘23년)"
    value: "12203700000000",
    notes: [cmp("8년간 누적 12조원 돌파")],
  },
  {
    slug: "employment-rate",
    area: "economy",
    department: "통합일자리지원단",
    name: "고용률",
    unit: "%",
    headline: true,
    period: { kind: "half", year: 2023, half: 1 }, // "23년 상반기 고용률"
    value: "70.5",
    notes: [cmp("도내 2위"), cmp("경제활동인구 5만명 이상 시군(72개) 중 4위")],
  },
  {
    slug: "participation-rate",
    area: "economy",
    department: "통합일자리지원단",
    name: "경제활동 참가율",
    unit: "%",
    period: NONE, // printed under the 상반기 고용률 line, with no period of its own
    value: "72.7",
    notes: [cmp("도내 2위"), cmp("경제활동인구 5만명 이상 시군(72개) 중 3위")],
  },
  {
    slug: "employment-growth",
    area: "economy",
    department: "통합일자리지원단",
    name: "취업자수 증가율",
    unit: "%",
    period: { kind: "span", from: "2016-H1", to: "2023-H1" }, // "(‘16.상 ~‘23.상)"
    value: "37.7",
    notes: [cmp("전국 7위"), cmp("비수도권 1위")],
  },
  {
    slug: "grdp",
    area: "economy",
    department: "경제과",
    name: "지역내총생산",
    unit: "원",
    moneyStyle: "jo",
    headline: true,
    period: NONE,
    value: "8105400000000",
    notes: [cmp("도내 3위")],
  },
  {
    slug: "grdp-per-capita",
    area: "economy",
    department: "경제과",
    name: "1인당 GRDP",
    unit: "원",
    moneyStyle: "man",
    headline: true,
    period: NONE,
    value: "90240000",
    notes: [cmp("도내 2위"), cmp("1인당 GRDP 5년 평균 9천만원 이상")],
  },
  // ESG
  {
    slug: "esg-fields",
    area: "esg",
    department: "기획감사실",
    name: "ESG 종합계획 분야",
    unit: "개",
    period: month(2023, 4), // the plan of "‘23. 4월"
    value: "4",
  },
  {
    slug: "esg-tasks",
    area: "esg",
    department: "기획감사실",
    name: "ESG 종합계획 전략과제",
    unit: "개",
    period: month(2023, 4),
    value: "17",
  },
  {
    slug: "esg-projects",
    area: "esg",
    department: "기획감사실",
    name: "ESG 종합계획 사업",
    unit: "개",
    period: month(2023, 4),
    value: "84",
  },
  {
    slug: "esg-budget",
    area: "esg",
    department: "기획감사실",
    name: "ESG 종합계획 투입 예산",
    unit: "원",
    moneyStyle: "eok",
    period: month(2023, 4),
    value: "402500000000",
    notes: [cmp("2026년까지 투입")],
  },
  // 인구
  {
    slug: "population-growth-streak",
    area: "population",
    department: "기획감사실",
    name: "연속 인구증가",
    unit: "년",
    headline: true,
    period: { kind: "span", from: "2008", to: "2023" }, // "(‘08년 ~ ‘23년)"
    value: "17",
    notes: [cmp("비수도권 군 단위 유일")],
  },
  {
    slug: "fertility-rate",
    area: "population",
    department: "기획감사실",
    name: "합계출산율",
    unit: "명",
    headline: true,
    period: NONE,
    value: "1.107",
    notes: [
      cmp("도내 1위"),
      { kind: "reference", label: "전국", value: "0.778", unit: "명" },
      { kind: "reference", label: "충북도", value: "0.871", unit: "명" },
    ],
  },
  {
    slug: "school-age-ratio",
    area: "population",
    department: "기획감사실",
    name: "학령인구(초·중·고) 비율",
    unit: "%",
    headline: true,
    period: NONE,
    value: "11.9",
    notes: [cmp("도내 1위"), cmp("전국 최고 수준")],
  },
  {
    slug: "school-age-growth",
    area: "population",
    department: "기획감사실",
    name: "학령인구 증가율(최근 5년)",
    unit: "%",
    period: NONE, // "최근 5년간", with no end year
    value: "14.3",
    notes: [cmp("도내 1위")],
  },
  // 정주 인프라: 도시개발사업 계획인구·세대
  {
    slug: "gyoseong-people",
    area: "infrastructure",
    department: "기획감사실",
    name: "교성지구 계획인구",
    unit: "명",
    period: NONE,
    value: "6370",
  },
  {
    slug: "gyoseong-households",
    area: "infrastructure",
    department: "기획감사실",
    name: "교성지구 계획세대",
    unit: "세대",
    period: NONE,
    value: "2450",
  },
  {
    slug: "seongseok-people",
    area: "infrastructure",
    department: "기획감사실",
    name: "성석지구 계획인구",
    unit: "명",
    period: NONE,
    value: "6019",
  },
  {
    slug: "seongseok-households",
    area: "infrastructure",
    department: "기획감사실",
    name: "성석지구 계획세대",
    unit: "세대",
    period: NONE,
    value: "2618",
  },
  {
    slug: "gyoseong2-people",
    area: "infrastructure",
    department: "기획감사실",
    name: "교성2지구 계획인구",
    unit: "명",
    period: NONE,
    value: "1653",
  },
  {
    slug: "gyoseong2-households",
    area: "infrastructure",
    department: "기획감사실",
    name: "교성2지구 계획세대",
    unit: "세대",
    period: NONE,
    value: "719",
  },
  {
    slug: "sincheok-people",
    area: "infrastructure",
    department: "기획감사실",
    name: "신척지구 계획인구",
    unit: "명",
    period: NONE,
    value: "1150",
  },
  {
    slug: "sincheok-households",
    area: "infrastructure",
    department: "기획감사실",
    name: "신척지구 계획세대",
    unit: "세대",
    period: NONE,
    value: "500",
  },
  // 스포츠
  {
    slug: "provincial-games-rank",
    area: "sports",
    department: "기획감사실",
    name: "제62회 충북도민체육대회 종합 순위",
    unit: "위",
    period: NONE,
    value: "2",
    notes: [cmp("준우승"), cmp("원정 최고 성적")],
  },
  {
    slug: "sports-theme-town-budget",
    area: "sports",
    department: "기획감사실",
    name: "진천 국가대표선수촌 스포츠테마타운 사업비",
    unit: "원",
    moneyStyle: "eok",
    period: NONE,
    value: "300300000000",
    notes: [cmp("조성 추진")],
  },
  {
    slug: "sports-value-center-budget",
    area: "sports",
    department: "기획감사실",
    name: "진천 스포츠가치센터 사업비",
    unit: "원",
    moneyStyle: "eok",
    period: NONE,
    value: "49000000000",
    notes: [cmp("조성 추진")],
  },
  {
    slug: "iwol-gym-budget",
    area: "sports",
    department: "기획감사실",
    name: "이월 다목적체육관 사업비",
    unit: "원",
    moneyStyle: "eok",
    period: month(2023, 5), // "(‘23. 5월 / 60억원)"
    value: "6000000000",
    notes: [cmp("준공")],
  },
  {
    slug: "park-golf-budget",
    area: "sports",
    department: "기획감사실",
    name: "진천 파크골프장 사업비",
    unit: "원",
    moneyStyle: "eok",
    period: month(2023, 9),
    value: "1450000000",
    notes: [cmp("준공")],
  },
  {
    slug: "gwanghyewon-park-budget",
    area: "sports",
    department: "기획감사실",
    name: "광혜원 생활체육공원 사업비",
    unit: "원",
    moneyStyle: "eok",
    period: month(2023, 10),
    value: "11300000000",
    notes: [cmp("준공")],
  },
  // 복지
  {
    slug: "community-care-streak",
    area: "welfare",
    department: "주민복지과",
    name: "지역사회 통합돌봄 우수기관 연속 선정",
    unit: "년",
    period: NONE,
    value: "4",
    notes: [cmp("4년연속 우수기관")],
  },
  {
    slug: "elderly-care-leading-cities",
    area: "welfare",
    department: "주민복지과",
    name: "노인 의료·돌봄 선도도시 선정 지자체",
    unit: "개",
    period: NONE,
    value: "12",
    notes: [cmp("도내 유일 선정")],
  },
  // 농업
  {
    slug: "grdp-per-farm",
    area: "agriculture",
    department: "농업정책과",
    name: "농가당 GRDP",
    unit: "원",
    moneyStyle: "man",
    headline: true,
    target: { value: "65000000", label: "민선 8기 목표" },
    period: NONE,
    value: "53860000",
    notes: [cmp("3년 연속 도내 1위")],
  },
  {
    slug: "grdp-per-farmer",
    area: "agriculture",
    department: "농업정책과",
    name: "농업인 1인당 GRDP",
    unit: "원",
    moneyStyle: "man",
    period: NONE,
    value: "24190000",
    notes: [cmp("3년 연속 도내 1위")],
  },
  // 레이크파크
  {
    slug: "lake-park-zones",
    area: "lake-park",
    department: "기획감사실",
    name: "레이크파크 권역",
    unit: "개",
    period: month(2023, 1), // the master plan of "‘23. 1월"
    value: "4",
    notes: [cmp("백곡호, 뮤지엄파크, 이월, 초평호 권역")],
  },
  {
    slug: "lake-park-projects",
    area: "lake-park",
    department: "기획감사실",
    name: "레이크파크 사업",
    unit: "개",
    period: month(2023, 1),
    value: "32",
  },
  {
    slug: "lake-park-budget",
    area: "lake-park",
    department: "기획감사실",
    name: "레이크파크 사업비",
    unit: "원",
    moneyStyle: "eok",
    period: month(2023, 1),
    value: "469600000000",
  },
];
