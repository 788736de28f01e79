"use client";

import { useActionState, useRef } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { undoImportAction } from "@/lib/actions/import/undo-import";
import { IDLE } from "@/lib/actions/form-state";
import type { ImportBatchView } from "@/lib/data/import-batches";
import { formatDateTime } from "@/lib/format";

/**
 * The undo cell holds the action's state even once the batch shows as undone, so the success message
 * stays on screen after the refresh replaces the button with the date.
 */
function UndoCell({ batch }: { batch: ImportBatchView }) {
  const [state, action] = useActionState(undoImportAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  if (batch.undoneAt)
    return (
      <>
        <FormStatus state={state} formRef={formRef} />
        되돌림 ({formatDateTime(batch.undoneAt)})
      </>
    );
  return (
    <form ref={formRef} action={action}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="id" value={batch.id} />
      <SubmitButton className="button button--secondary" aria-label={`일괄 등록 ${batch.id}번 되돌리기`}>
        되돌리기
      </SubmitButton>
    </form>
  );
}

/** Recent published imports, each undoable as a whole (lib/data/import-batches.ts). */
export function ImportBatches({ batches }: { batches: ImportBatchView[] }) {
  if (batches.length === 0) return null;
  return (
    <section aria-labelledby="import-batches-title">
      <h2 id="import-batches-title">일괄 등록 기록</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">번호</th>
            <th scope="col">파일</th>
            <th scope="col">게시</th>
            <th scope="col">추가·변경</th>
            <th scope="col">되돌리기</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.id}번</th>
              <td>{b.fileName}</td>
              <td>
                {formatDateTime(b.createdAt)} {b.createdBy}
              </td>
              <td>
                추가 {b.addedCount}건, 변경 {b.updatedCount}건
              </td>
              <td>
                <UndoCell batch={b} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
