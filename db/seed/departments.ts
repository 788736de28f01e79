/**
 * Departments named in the document, in order of first appearance. Names are kept as printed
 * ("상하수도 사업소", "식산업 자원과"); the one name printed two ways is recorded as an alias.
 */
export const seedDepartments: string[] = [
  "기획감사실",
  "홍보미디어실",
  "행정지원과",
  "민원토지과",
  "안전총괄과",
  "주민복지과",
  "건강증진과",
  "가족친화과",
  "평생학습센터",
  "통합일자리지원단",
  "상하수도 사업소",
  "식산업 자원과",
  "기술보급과",
  "보건행정과",
  "문화관광과",
  "세정과",
  "건설교통과",
  "산림녹지과",
  "건축디자인과",
  "농촌지원과",
  "교육청소년과",
  "경제과",
  "농업정책과",
];

/** Other spellings found in the source, mapped to the registry name. */
export const seedDepartmentAliases: { alias: string; department: string }[] = [
  { alias: "통합일자리 지원단", department: "통합일자리지원단" },
];
