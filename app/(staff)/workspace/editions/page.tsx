import type { Metadata } from "next";
import Link from "next/link";
import { EditionForm } from "@/components/editions/edition-form";
import { startEditionAction } from "@/lib/actions/editions/start-edition";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listEditions } from "@/lib/data/editions";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "연도별 판" };

/** Every year's edition of the page; planners start the next one here. */
export default async function EditionsPage() {
  const viewer = await requireStaff();
  const { editions, nextYear } = await listEditions(viewer);
  return (
    <main id="main" className="container">
      <h1>연도별 판</h1>
      <p>
        해마다 분야별 제목·서술과 지표, 수상 실적이 한 판을 이룹니다. 준비 중인 판은 게시하기 전까지 공개 화면에 보이지
        않습니다.
      </p>
      <ul>
        {editions.map((e) => (
          <li key={e.year}>
            <Link href={`/workspace/editions/${e.year}`}>{e.year}년 판</Link>{" "}
            {e.status === "published" && e.firstPublishedAt
              ? `(게시됨, 처음 게시 ${formatDate(e.firstPublishedAt)})`
              : "(준비 중)"}
          </li>
        ))}
      </ul>
      {nextYear !== null && can(viewer, "edition.edit") && (
        <section aria-labelledby="start-edition">
          <h2 id="start-edition">{nextYear}년 판 시작</h2>
          <p>
            {nextYear - 1}년 판의 분야와 제목, 순서를 그대로 가져옵니다. 서술 항목은 비어 있는 채로 시작하니
            {` ${nextYear - 1}`}년 판을 참고해 새로 써 주세요. 성과 지표는 연도에 매이지 않아 그대로 이어집니다.
          </p>
          <EditionForm action={startEditionAction} id="start" hidden={{}} submitLabel={`${nextYear}년 판 시작`} />
        </section>
      )}
    </main>
  );
}
