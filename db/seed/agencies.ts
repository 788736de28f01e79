import type { AgencyKind } from "../schema";

/**
 * Awarding bodies (주관) in printed order, with the count printed in parentheses after each name.
 * The page breaks long names over two lines ("식품의약품\n안전처"); they are joined here.
 * Kind: central government (부, 처, 청, 위원회), the province, public bodies (진흥원, 개발원, 공사,
 * 재단, 연구원) and one international organiser.
 */
export const seedAgencies: { name: string; kind: AgencyKind; printedCount: number }[] = [
  { name: "행정안전부", kind: "central", printedCount: 9 },
  { name: "보건복지부", kind: "central", printedCount: 9 },
  { name: "교육부", kind: "central", printedCount: 2 },
  { name: "고용노동부", kind: "central", printedCount: 1 },
  { name: "여성가족부", kind: "central", printedCount: 1 },
  { name: "환경부", kind: "central", printedCount: 1 },
  { name: "식품의약품안전처", kind: "central", printedCount: 1 },
  { name: "농촌진흥청", kind: "central", printedCount: 2 },
  { name: "질병관리청", kind: "central", printedCount: 1 },
  { name: "문화재청", kind: "central", printedCount: 1 },
  { name: "국민권익위원회", kind: "central", printedCount: 1 },
  { name: "충청지방통계청", kind: "central", printedCount: 1 },
  { name: "충청북도", kind: "province", printedCount: 23 },
  { name: "충북청소년종합진흥원", kind: "public", printedCount: 2 },
  { name: "New York Festivals", kind: "international", printedCount: 1 },
  { name: "한국건강증진개발원", kind: "public", printedCount: 1 },
  { name: "한국농어촌공사", kind: "public", printedCount: 1 },
  { name: "한국자활복지개발원", kind: "public", printedCount: 1 },
  { name: "한국공공자치연구원", kind: "public", printedCount: 1 },
  { name: "충북여성재단", kind: "public", printedCount: 1 },
];
