"use client";

import { useActionState, useRef } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { attachEvidenceAction } from "@/lib/actions/evidence/attach-evidence";
import { IDLE } from "@/lib/actions/form-state";

type Evidence = { id: number; fileName: string; isPublic: boolean };

/** An award's evidence (공문, 상장 scans): links for those who may open them, and the upload form. */
export function EvidenceSection({ awardId, files }: { awardId: number; files: Evidence[] }) {
  const [state, action] = useActionState(attachEvidenceAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.errors?.file;
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">증빙</h2>
      {files.length ? (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <a href={`/evidence/${f.id}`}>{f.fileName}</a> {f.isPublic ? "(공개)" : "(비공개)"}
            </li>
          ))}
        </ul>
      ) : (
        <p>붙인 증빙이 없습니다.</p>
      )}
      <form ref={formRef} action={action} noValidate encType="multipart/form-data">
        <FormStatus state={state} formRef={formRef} />
        <input type="hidden" name="awardId" value={awardId} />
        <div className="field">
          <label htmlFor="evidence-file">증빙 파일</label>
          <input
            id="evidence-file"
            name="file"
            type="file"
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            aria-describedby={`evidence-file-hint${errors?.length ? " evidence-file-error" : ""}`}
            aria-invalid={errors?.length ? true : undefined}
          />
          <p id="evidence-file-hint" className="field-hint">
            공문 PDF나 상장 스캔(PNG, JPEG), 10MB까지. 공개 화면에는 검토 부서가 공개로 정한 파일만 열립니다.
          </p>
          {errors?.length ? (
            <p id="evidence-file-error" className="field-error">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
        <SubmitButton>증빙 붙이기</SubmitButton>
      </form>
    </section>
  );
}
