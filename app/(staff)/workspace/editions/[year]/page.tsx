import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionForm } from "@/components/editions/edition-form";
import { PointEditor } from "@/components/editions/point-editor";
import { PointProposals } from "@/components/editions/point-proposals";
import styles from "@/components/editions/editions.module.css";
import { moveAreaAction } from "@/lib/actions/editions/move-area";
import { addPointAction } from "@/lib/actions/editions/add-point";
import { proposePointAction } from "@/lib/actions/editions/propose-point";
import { publishEditionAction } from "@/lib/actions/editions/publish-edition";
import { updateAreaTitleAction } from "@/lib/actions/editions/update-area-title";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listPointProposals } from "@/lib/data/edition-proposals";
import { getOrganisation } from "@/lib/data/organisation";
import { type EditionDraft, getEdition } from "@/lib/data/editions";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { routeId } from "@/lib/route-props";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).year}년 판 편집` };
}

/** One edition's text: planners word and order it and publish it; officers propose points. */
export default async function EditionPage({ params }: Props) {
  const viewer = await requireStaff();
  const year = routeId((await params).year);
  if (year === null) notFound();
  let edition: EditionDraft;
  try {
    edition = await getEdition(viewer, year);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const editor = can(viewer, "edition.edit");
  const { fourEyes } = await getOrganisation();
  const proposals = viewer.departmentId === null && !editor ? [] : await listPointProposals(viewer, year);
  const areaTitles = new Map(edition.areas.map((a) => [a.areaId, a.title]));
  const pointTexts = new Map(edition.areas.flatMap((a) => a.points.map((p) => [p.id, p.text] as const)));
  return (
    <main id="main" className="container">
      <h1>{year}년 판</h1>
      <p>
        <Link href="/workspace/editions">연도별 판 목록</Link>
      </p>
      {edition.status === "published" && edition.firstPublishedAt ? (
        <p>
          게시됨 (처음 게시 {formatDate(edition.firstPublishedAt)}).{" "}
          {fourEyes
            ? "추가하거나 고치거나 삭제한 서술 항목은 다른 기획 담당자가 승인한 뒤 공개 화면에 반영되고"
            : "고친 내용은 바로 공개 화면에 반영되고"}{" "}
          <Link href={`/years/${year}#changes`}>변경 이력</Link>에 남습니다.
        </p>
      ) : (
        <>
          <p>준비 중인 판입니다. 게시하기 전까지 공개 화면에 보이지 않습니다.</p>
          {editor && (
            <EditionForm
              action={publishEditionAction}
              id="publish"
              hidden={{ year, version: edition.version }}
              submitLabel={`${year}년 판 게시`}
            />
          )}
        </>
      )}
      <PointProposals
        proposals={proposals}
        reviewer={can(viewer, "submission.approve")}
        ownUnderRule={(p) => !can(viewer, "submission.approve-other", { fourEyes, proposedBy: p.submittedBy })}
        areaTitles={areaTitles}
        pointTexts={pointTexts}
      />
      {edition.areas.map((area, i) => {
        const headingId = `area-${area.areaId}`;
        return (
          <section key={area.areaId} aria-labelledby={headingId} className={styles.area}>
            <h2 id={headingId}>
              {i + 1}. {area.title}
            </h2>
            {editor && (
              <div className={styles.tools}>
                <EditionForm
                  action={updateAreaTitleAction}
                  id={`area-${area.areaId}-title`}
                  hidden={{ year, areaId: area.areaId, version: area.version }}
                  fields={[{ name: "title", label: "분야 제목", defaultValue: area.title }]}
                  submitLabel="제목 저장"
                />
                {(["up", "down"] as const).map((direction) => (
                  <EditionForm
                    key={direction}
                    action={moveAreaAction}
                    id={`area-${area.areaId}-${direction}`}
                    hidden={{ year, areaId: area.areaId, version: area.version, direction }}
                    submitLabel={direction === "up" ? `${area.title} 위로` : `${area.title} 아래로`}
                    secondary
                  />
                ))}
              </div>
            )}
            {area.points.length === 0 ? (
              <p>아직 서술 항목이 없습니다.</p>
            ) : (
              <ul className={styles.points}>
                {area.points.map((point) => (
                  <li key={point.id}>
                    <PointEditor point={point} editor={editor} />
                    {point.children.length > 0 && (
                      <ul>
                        {point.children.map((child) => (
                          <li key={child.id}>
                            <PointEditor point={child} editor={editor} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <EditionForm
              action={editor ? addPointAction : proposePointAction}
              id={`area-${area.areaId}-new`}
              hidden={{ year, areaId: area.areaId }}
              fields={[
                {
                  name: "parentId",
                  label: "넣을 자리",
                  placeholder: "분야의 새 항목으로",
                  options: area.points.map((p) => ({ value: p.id, label: `하위 항목: ${p.text.slice(0, 40)}` })),
                },
                { name: "text", label: editor ? "새 서술 항목" : "제안할 서술 항목", multiline: true },
              ]}
              submitLabel={editor ? "항목 추가" : "항목 제안"}
            />
          </section>
        );
      })}
    </main>
  );
}
