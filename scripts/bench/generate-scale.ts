// Fills a database with a synthetic record at scale for the benchmark (scripts/bench/run.mjs):
// 100,000 awards over 20 years, 300 departments and a few hundred awarding bodies. Deterministic
// (a seeded PRNG), so two runs produce the same rows.
//
//   DATABASE_URL=/tmp/scale.db npx tsx scripts/bench/generate-scale.ts [--awards=100000]
//     [--years=20] [--departments=300] [--agencies=240] [--last-year=2023]
//
// The database is migrated and seeded with the 2023 record first (as `npm run db:seed` would),
// then topped up to the requested counts in one transaction with prepared statements.
import { fillMissingAwardSearchSync } from "@/db/award-search";
import { databasePath, openDatabase } from "@/db/client";
import { seedRecord } from "@/db/seed";
import { seedDemoUsers } from "@/db/seed/users";
import { prng } from "./prng";

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
}

const TARGET_AWARDS = option("awards", 100_000);
const YEARS = option("years", 20);
const TARGET_DEPARTMENTS = option("departments", 300);
const TARGET_AGENCIES = option("agencies", 240);
const LAST_YEAR = option("last-year", 2023);
const FIRST_YEAR = LAST_YEAR - YEARS + 1;

const random = prng(20240131);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

// Vocabulary shaped like the printed record, so text search has realistic hit rates.
const FIELDS = [
  "지방재정",
  "신속집행",
  "민원행정",
  "지역안전",
  "보건의료",
  "사회복지",
  "일자리",
  "청년정책",
  "농업기술",
  "산림녹지",
  "환경관리",
  "교통안전",
  "재난관리",
  "규제혁신",
  "적극행정",
  "정보공개",
  "세정운영",
  "지방세",
  "위생관리",
  "식품안전",
  "치매관리",
  "감염병 대응",
  "저출산 대응",
  "아동친화",
  "평생학습",
  "문화관광",
  "체육진흥",
  "도시재생",
  "주거복지",
  "공공디자인",
  "에너지 절약",
  "탄소중립",
  "자원순환",
  "하천관리",
  "상수도",
  "축산방역",
  "귀농귀촌",
  "스마트시티",
  "통계품질",
  "인권행정",
];
const EVALUATIONS = [
  "종합평가",
  "시책평가",
  "운영평가",
  "합동평가",
  "성과평가",
  "경진대회",
  "우수사례 공모",
  "혁신평가",
  "실적평가",
  "추진실태 점검",
];
const PRIZES = ["우수기관", "최우수기관", "대상", "장려기관", "유공기관", "선도기관", "우수", "최우수"];
const GRADES = [
  "최우수",
  "우수",
  "장려",
  "대상",
  "금상",
  "은상",
  "동상",
  "1위",
  "2위",
  "3위",
  "A등급",
  "S등급",
  "가등급",
];
const DEPARTMENT_SUFFIXES = ["과", "팀", "담당관", "사업소", "센터", "단"];
const DEPARTMENT_STEMS = [
  "행정",
  "기획",
  "예산",
  "세무",
  "회계",
  "민원",
  "복지",
  "여성",
  "아동",
  "노인",
  "장애인",
  "보건",
  "위생",
  "환경",
  "산림",
  "녹지",
  "농정",
  "축산",
  "유통",
  "건설",
  "도로",
  "교통",
  "도시",
  "건축",
  "주택",
  "상수",
  "하수",
  "문화",
  "관광",
  "체육",
  "교육",
  "일자리",
  "경제",
  "투자",
  "기업",
  "안전",
  "재난",
  "정보",
  "홍보",
  "감사",
];
const AGENCY_TEMPLATES: { kind: "central" | "province" | "public" | "international"; names: string[] }[] = [
  { kind: "central", names: ["부", "처", "청", "위원회"] },
  { kind: "province", names: ["도", "도 사업소", "도 직속기관"] },
  { kind: "public", names: ["진흥원", "개발원", "공사", "재단", "연구원", "협회"] },
  { kind: "international", names: ["Foundation", "Awards", "Forum"] },
];

const file = databasePath();
const db = openDatabase(file, { migrate: true });
await seedRecord(db);
if (process.argv.includes("--demo-users")) await seedDemoUsers(db);
const sqlite = db.$client;
const started = performance.now();

const count = (table: string) => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
const now = Date.now();

sqlite.transaction(() => {
  // Departments up to the target, with a former name on every tenth to exercise name history.
  const insertDepartment = sqlite.prepare(
    "insert into departments (name, sort_order, created_at, updated_at) values (?, ?, ?, ?)",
  );
  const insertDepartmentName = sqlite.prepare(
    "insert into department_names (department_id, name, used_until, created_at) values (?, ?, ?, ?)",
  );
  for (let i = count("departments"); i < TARGET_DEPARTMENTS; i++) {
    const name = `${DEPARTMENT_STEMS[i % DEPARTMENT_STEMS.length]}${Math.floor(i / DEPARTMENT_STEMS.length) + 1}${DEPARTMENT_SUFFIXES[i % DEPARTMENT_SUFFIXES.length]}`;
    const id = Number(insertDepartment.run(name, i, now, now).lastInsertRowid);
    if (i % 10 === 0) insertDepartmentName.run(id, `(구)${name}`, `${FIRST_YEAR + (i % YEARS)}-01-01`, now);
  }

  const insertAgency = sqlite.prepare(
    "insert into agencies (name, kind, sort_order, created_at, updated_at) values (?, ?, ?, ?, ?)",
  );
  for (let i = count("agencies"); i < TARGET_AGENCIES; i++) {
    // Mostly central and provincial bodies, as in the record.
    const r = random();
    const template = AGENCY_TEMPLATES[r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.97 ? 2 : 3];
    insertAgency.run(`${pick(FIELDS)}${pick(template.names)} ${i}`, template.kind, i, now, now);
  }

  const insertYear = sqlite.prepare("insert or ignore into years (year, updated_at) values (?, ?)");
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) insertYear.run(y, now);

  const departmentIds = (sqlite.prepare("select id from departments").all() as { id: number }[]).map((r) => r.id);
  const agencyIds = (sqlite.prepare("select id from agencies").all() as { id: number }[]).map((r) => r.id);
  // A few busy departments and bodies get most awards, as in the real record.
  const skewed = <T>(list: T[]): T => list[Math.floor(random() ** 2 * list.length)];

  const nextOrder = new Map<number, number>();
  for (const r of sqlite.prepare("select year, max(source_order) as n from awards group by year").all() as {
    year: number;
    n: number;
  }[])
    nextOrder.set(r.year, r.n);

  const insertAward = sqlite.prepare(
    "insert into awards (year, title, grade, incentive_won, agency_id, source_order, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertLink = sqlite.prepare("insert or ignore into award_departments (award_id, department_id) values (?, ?)");
  for (let i = count("awards"); i < TARGET_AWARDS; i++) {
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    const order = (nextOrder.get(year) ?? 0) + 1;
    nextOrder.set(year, order);
    const title = `${year} ${pick(FIELDS)} ${pick(EVALUATIONS)} ${pick(PRIZES)}`;
    const grade = random() < 0.3 ? null : pick(GRADES);
    // Integer won in 0.1 백만원 steps; a third carry no incentive ("-").
    const incentive = random() < 0.33 ? null : Math.round(random() ** 3 * 3000) * 100_000;
    const at = new Date(`${year}-12-31T00:00:00+09:00`).getTime();
    const id = Number(insertAward.run(year, title, grade, incentive, skewed(agencyIds), order, at, at).lastInsertRowid);
    insertLink.run(id, skewed(departmentIds));
    // About one in seven awards is shared by two or three departments.
    if (random() < 0.15) insertLink.run(id, pick(departmentIds));
    if (random() < 0.03) insertLink.run(id, pick(departmentIds));
  }
})();

// The rows above were inserted without their search columns (db/award-search.ts).
db.transaction((tx) => fillMissingAwardSearchSync(tx));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${file}: ${count("awards")} awards (${FIRST_YEAR}–${LAST_YEAR}), ${count("award_departments")} department links, ` +
    `${count("departments")} departments, ${count("agencies")} bodies, in ${seconds} s`,
);
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();
