import type { Metadata } from "next";
import { latestAwardYear } from "@/lib/data/public-summary";
import { getOrganisation } from "@/lib/data/organisation";
import { KOGL_TERMS, koglType, licenceOf } from "@/lib/organisation";
import styles from "./downloads.module.css";

export const metadata: Metadata = { title: "자료 내려받기" };

function awardDatasets(year: number) {
  return [
    {
      href: `/api/v1/awards?year=${year}&format=csv`,
      title: `${year}년 기관표창 수상 실적`,
      format: "CSV",
      description:
        "수상명, 주관기관, 등급, 인센티브(백만원), 담당부서를 한 줄에 한 건씩 담았습니다. 엑셀에서 바로 열 수 있습니다.",
    },
    {
      href: `/api/v1/awards/export?year=${year}&format=xlsx`,
      title: `${year}년 기관표창 수상 실적`,
      format: "XLSX",
      description:
        "같은 내용을 엑셀 통합 문서로 받습니다. 합계 행과, 출처·이용 조건·검색 조건을 적은 「정보」 시트가 들어 있습니다.",
    },
    {
      href: `/api/v1/awards?year=${year}`,
      title: `${year}년 기관표창 수상 실적`,
      format: "JSON",
      description:
        "같은 내용을 프로그램에서 쓰기 좋은 JSON으로 제공합니다. 주소 뒤에 조건(agency, department, grade, q 등)을 붙여 거를 수 있습니다.",
    },
    {
      href: `/api/v1/summary?year=${year}`,
      title: `${year}년 수상 실적 집계`,
      format: "JSON",
      description: "연간 수상 건수와 인센티브 합계, 전년 대비 증감, 주관기관·기관 유형·담당부서·등급별 집계입니다.",
    },
  ];
}

const KPI_DATASETS = [
  {
    href: "/api/v1/kpis?format=csv",
    title: "분야별 주요 지표",
    format: "CSV",
    description: "지표 값을 기간마다 한 줄씩 담았습니다. 값, 표기, 비교·참고 값, 목표, 담당부서, 출처가 들어 있습니다.",
  },
  {
    href: "/api/v1/kpis/export?format=xlsx",
    title: "분야별 주요 지표",
    format: "XLSX",
    description: "같은 내용을 엑셀 통합 문서로 받습니다. 출처와 이용 조건을 적은 「정보」 시트가 들어 있습니다.",
  },
  {
    href: "/api/v1/kpis",
    title: "분야별 주요 지표",
    format: "JSON",
    description: "분야별 지표 값과 기간, 비교·참고 값, 목표, 담당부서, 출처입니다.",
  },
];

export default async function DownloadsPage() {
  const [year, org] = await Promise.all([latestAwardYear(), getOrganisation()]);
  const licence = licenceOf(org);
  const datasets = [...(year === null ? [] : awardDatasets(year)), ...KPI_DATASETS];
  return (
    <main id="main" className="container">
      <h1>자료 내려받기</h1>
      <p>이 누리집의 자료를 파일이나 공개 API로 내려받을 수 있습니다. 회원가입이나 인증 없이 누구나 쓸 수 있습니다.</p>
      {year === null ? <p className="alert">아직 게시된 수상 실적이 없습니다.</p> : null}
      <ul className={styles.list}>
        {datasets.map((d) => (
          <li key={d.href} className={styles.item}>
            <h2 className={styles.title}>
              <a href={d.href}>
                {d.title} <span className={styles.format}>({d.format})</span>
              </a>
            </h2>
            <p>{d.description}</p>
            <p className={styles.address}>
              주소: <code>{d.href}</code>
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="license-heading" className={styles.license}>
        <h2 id="license-heading">이용 조건</h2>
        <p>{licence.name}</p>
        <p>
          출처({licence.source}): {KOGL_TERMS[koglType(org.koglType)]}
        </p>
      </section>
    </main>
  );
}
