/**
 * The 2023 awards table of 진천군 「주요 군정 성과」, transcribed row by row in printed order.
 *
 * - `incentive` is the printed 백만원 amount as text ("297.2"), or null where the page prints "-".
 *   It is converted to integer won with exact decimal arithmetic when seeded.
 * - `grade` is the text printed in parentheses under the title, or null where none is printed.
 * - `departments` uses the registry name; the page spells 통합일자리지원단 two ways
 *   ("통합일자리 지원단" under 충청북도), recorded as an alias in departments.ts.
 * - 농촌지도사업 우수 기관상 is printed with two departments ("농촌지원과 기술보급과").
 */
export type SeedAward = {
  agency: string;
  title: string;
  grade: string | null;
  incentive: string | null;
  departments: string[];
};

export const AWARDS_2023_YEAR = 2023;

export const awards2023: SeedAward[] = [
  // 행정안전부 (9)
  {
    agency: "행정안전부",
    title: "2022년 위원회 정비 우수 자치단체",
    grade: "우수",
    incentive: "150",
    departments: ["기획감사실"],
  },
  {
    agency: "행정안전부",
    title: "2022년 지자체 혁신평가 우수기관",
    grade: "우수",
    incentive: "27",
    departments: ["기획감사실"],
  },
  {
    agency: "행정안전부",
    title: "2022년 지방자치단체 적극행정 종합평가 우수기관",
    grade: "우수",
    incentive: null,
    departments: ["기획감사실"],
  },
  {
    agency: "행정안전부",
    title: "2023년 상반기 재정집행 우수기관",
    grade: "우수",
    incentive: "50",
    departments: ["기획감사실"],
  },
  {
    agency: "행정안전부",
    title: "2023년 정보화마을 운영 활성화 유공기관",
    grade: null,
    incentive: null,
    departments: ["홍보미디어실"],
  },
  {
    agency: "행정안전부",
    title: "2021년 인력 재배치 우수 자치단체",
    grade: "우수",
    incentive: "150",
    departments: ["행정지원과"],
  },
  {
    agency: "행정안전부",
    title: "2022년 주민등록ㆍ인감 업무 우수기관",
    grade: null,
    incentive: null,
    departments: ["민원토지과"],
  },
  {
    agency: "행정안전부",
    title: "2023년 3회차 재난대응 안전한국훈련 평가",
    grade: "우수",
    incentive: null,
    departments: ["안전총괄과"],
  },
  {
    agency: "행정안전부",
    title: "2023년 비상대비 업무 유공기관",
    grade: null,
    incentive: null,
    departments: ["안전총괄과"],
  },
  // 보건복지부 (9)
  {
    agency: "보건복지부",
    title: "2022년 지역자활센터 성과평가",
    grade: "최우수",
    incentive: "17",
    departments: ["주민복지과"],
  },
  {
    agency: "보건복지부",
    title: "2022년 지역사회보장계획 시행결과",
    grade: "최우수",
    incentive: "30",
    departments: ["주민복지과"],
  },
  {
    agency: "보건복지부",
    title: "2023년 지역복지사업평가(지역사회통합돌봄 부문) 우수 지자체",
    grade: "대상",
    incentive: "20",
    departments: ["주민복지과"],
  },
  {
    agency: "보건복지부",
    title: "2023년 노인정책 노인돌봄분야 우수 지자체",
    grade: "우수",
    incentive: "5",
    departments: ["주민복지과"],
  },
  {
    agency: "보건복지부",
    title: "제15회 지방자치단체 건강증진사업 우수기관",
    grade: "우수",
    incentive: "9",
    departments: ["건강증진과"],
  },
  {
    agency: "보건복지부",
    title: "제16회 치매극복의 날 유공기관",
    grade: "최우수",
    incentive: null,
    departments: ["건강증진과"],
  },
  {
    agency: "보건복지부",
    title: "2023년 지역사회 금연환경 조성사업 우수기관",
    grade: "우수",
    incentive: null,
    departments: ["건강증진과"],
  },
  {
    agency: "보건복지부",
    title: "2023년 영양플러스사업 우수사례",
    grade: "우수",
    incentive: null,
    departments: ["건강증진과"],
  },
  {
    agency: "보건복지부",
    title: "2023년 치매관리사업 우수사례",
    grade: "우수",
    incentive: "0.3",
    departments: ["건강증진과"],
  },
  // 교육부 (2)
  {
    agency: "교육부",
    title: "2022년 온종일돌봄 정책추진 유공 장관표창",
    grade: null,
    incentive: null,
    departments: ["가족친화과"],
  },
  {
    agency: "교육부",
    title: "제1회 대한민국 평생학습도시 좋은정책 어워드",
    grade: "우수",
    incentive: null,
    departments: ["평생학습센터"],
  },
  // 고용노동부 (1)
  {
    agency: "고용노동부",
    title: "2023년 전국 지방자치단체 일자리대상(목표공시제 부문)",
    grade: "우수",
    incentive: "70",
    departments: ["통합일자리지원단"],
  },
  // 여성가족부 (1)
  {
    agency: "여성가족부",
    title: "2022년 아이돌봄 서비스 제공기관 A등급 기관",
    grade: "A등급",
    incentive: null,
    departments: ["가족친화과"],
  },
  // 환경부 (1)
  {
    agency: "환경부",
    title: "2023년 일반수도사업 운영ㆍ관리 평가 최우수기관",
    grade: "장려",
    incentive: "5",
    departments: ["상하수도 사업소"],
  },
  // 식품의약품안전처 (1)
  {
    agency: "식품의약품안전처",
    title: "2023년도 식중독 예방 우수기관",
    grade: "우수",
    incentive: "1",
    departments: ["식산업 자원과"],
  },
  // 농촌진흥청 (2)
  {
    agency: "농촌진흥청",
    title: "최고품질 농산물생산단지 최우수상",
    grade: "최우수",
    incentive: "1.5",
    departments: ["기술보급과"],
  },
  {
    agency: "농촌진흥청",
    title: "농업 재해대응 우수 기관상",
    grade: "우수",
    incentive: "0.7",
    departments: ["기술보급과"],
  },
  // 질병관리청 (1)
  {
    agency: "질병관리청",
    title: "결핵환자 맞춤형 사례관리 우수기관",
    grade: "우수",
    incentive: "0.5",
    departments: ["보건행정과"],
  },
  // 문화재청 (1)
  {
    agency: "문화재청",
    title: "2023년 생생문화유산 사업 우수기관",
    grade: "우수",
    incentive: null,
    departments: ["문화관광과"],
  },
  // 국민권익위원회 (1)
  {
    agency: "국민권익위원회",
    title: "2023년 공공기관 종합청렴도 평가 1등급",
    grade: null,
    incentive: null,
    departments: ["기획감사실"],
  },
  // 충청지방통계청 (1)
  {
    agency: "충청지방통계청",
    title: "충청지역 지역통계 정책활용 우수사례 공모전",
    grade: "장려",
    incentive: "0.1",
    departments: ["행정지원과"],
  },
  // 충청북도 (23)
  {
    agency: "충청북도",
    title: "2023년('22년도 실적) 시군종합평가 우수기관",
    grade: "최우수",
    incentive: "297.2",
    departments: ["기획감사실"],
  },
  {
    agency: "충청북도",
    title: "2022년 하반기 지방재정 적극집행 우수기관",
    grade: "우수",
    incentive: "100",
    departments: ["기획감사실"],
  },
  {
    agency: "충청북도",
    title: "2023년 1분기 소비투자분야 우수기관",
    grade: "우수",
    incentive: "100",
    departments: ["기획감사실"],
  },
  {
    agency: "충청북도",
    title: "2023년 3분기 소비투자분야 우수기관",
    grade: "우수",
    incentive: "100",
    departments: ["기획감사실"],
  },
  {
    agency: "충청북도",
    title: "2023년도 시·군 감사 운영실태 평가",
    grade: "우수",
    incentive: null,
    departments: ["기획감사실"],
  },
  {
    agency: "충청북도",
    title: "2023년 시군 감사운영실태 평가",
    grade: "우수",
    incentive: null,
    departments: ["기획감사실"],
  },
  {
    agency: "충청북도",
    title: "2023년 사전 컨설팅감사 우수기관 평가",
    grade: "우수",
    incentive: "0.3",
    departments: ["기획감사실"],
  },
  { agency: "충청북도", title: "지방세 징수 우수기관", grade: "우수", incentive: "4", departments: ["세정과"] },
  {
    agency: "충청북도",
    title: "지방세 세무조사 추진실적 우수기관",
    grade: "우수",
    incentive: null,
    departments: ["세정과"],
  },
  { agency: "충청북도", title: "세외수입 운영실적 우수기관", grade: "우수", incentive: "2", departments: ["세정과"] },
  {
    agency: "충청북도",
    title: "비상대비업무 우수 및 통합방위태세 확립 유공",
    grade: "우수",
    incentive: null,
    departments: ["안전총괄과"],
  },
  {
    agency: "충청북도",
    title: "대한민국 안전大전환, 2023년 집중안전점검 평가",
    grade: "최우수",
    incentive: null,
    departments: ["안전총괄과"],
  },
  {
    agency: "충청북도",
    title: "2022년 하천정비 종합평가 우수기관",
    grade: "우수",
    incentive: null,
    departments: ["건설교통과"],
  },
  {
    agency: "충청북도",
    title: "2023년 나라꽃 무궁화 우수분화 품평회",
    grade: "금상",
    incentive: "0.5",
    departments: ["산림녹지과"],
  },
  {
    agency: "충청북도",
    title: "2023년 도 주관 건축행정평가",
    grade: "최우수",
    incentive: null,
    departments: ["건축디자인과"],
  },
  {
    agency: "충청북도",
    title: "2023년('22년실적) 시군종합평가 옥외광고업무 우수기관",
    grade: "최우수",
    incentive: null,
    departments: ["건축디자인과"],
  },
  {
    agency: "충청북도",
    title: "2023년 충청북도 자살예방 성과평가 우수기관",
    grade: "우수",
    incentive: "2",
    departments: ["보건행정과"],
  },
  {
    agency: "충청북도",
    title: "2023년 충북지역 재가암관리사업 평가",
    grade: null,
    incentive: null,
    departments: ["건강증진과"],
  },
  {
    agency: "충청북도",
    title: "2023년 통합건강증진사업 운영성과 평가",
    grade: "최우수",
    incentive: "0.7",
    departments: ["건강증진과"],
  },
  {
    agency: "충청북도",
    title: "2023년 통합건강증진사업 우수사례",
    grade: "최우수",
    incentive: "0.5",
    departments: ["건강증진과"],
  },
  {
    agency: "충청북도",
    title: "농촌지도사업 우수 기관상",
    grade: "우수",
    incentive: null,
    departments: ["농촌지원과", "기술보급과"],
  },
  {
    agency: "충청북도",
    title: "2023년 노인일자리 창출 우수시군",
    grade: "최우수",
    incentive: "100",
    departments: ["통합일자리지원단"],
  },
  {
    agency: "충청북도",
    title: "2023년 생산적 일자리사업 우수시군 평가",
    grade: "우수",
    incentive: "6",
    departments: ["통합일자리지원단"],
  },
  // 충북청소년종합진흥원 (2)
  {
    agency: "충북청소년종합진흥원",
    title: "2023년 충청북도 청소년지도자대회 우수기관",
    grade: "우수",
    incentive: null,
    departments: ["교육청소년과"],
  },
  {
    agency: "충북청소년종합진흥원",
    title: "2023년 청소년활동안전 우수기관",
    grade: "우수",
    incentive: "0.3",
    departments: ["교육청소년과"],
  },
  // New York Festivals (1)
  {
    agency: "New York Festivals",
    title: "2023년 대한민국 국가브랜드 대상(기업하기 좋은 도시)",
    grade: null,
    incentive: null,
    departments: ["경제과"],
  },
  // 한국건강증진개발원 (1)
  {
    agency: "한국건강증진개발원",
    title: "제8기 지역보건의료계획 우수 지자체",
    grade: "우수",
    incentive: "0.2",
    departments: ["보건행정과"],
  },
  // 한국농어촌공사 (1)
  {
    agency: "한국농어촌공사",
    title: "제10회 행복농촌 만들기 콘테스트",
    grade: "동상",
    incentive: "15",
    departments: ["농업정책과"],
  },
  // 한국자활복지개발원 (1)
  {
    agency: "한국자활복지개발원",
    title: "2023년 전국 우수사례 공모사업",
    grade: "최우수",
    incentive: "4",
    departments: ["주민복지과"],
  },
  // 한국공공자치연구원 (1)
  {
    agency: "한국공공자치연구원",
    title: "2023년 한국 지방자치경쟁력지수 평가(경영자원 분야)",
    grade: "전국 군단위 3위",
    incentive: null,
    departments: ["기획감사실"],
  },
  // 충북여성재단 (1)
  {
    agency: "충북여성재단",
    title: "2023년 충북 여성친화도시 네트워크 지원사업 성과보고회",
    grade: "최우수",
    incentive: "0.7",
    departments: ["가족친화과"],
  },
];
