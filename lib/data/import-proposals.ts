import "server-only";
import { db } from "@/db";
import { submissions } from "@/db/schema";
import type { ActionContext } from "@/lib/actions/form-action";
import type { StaffViewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { ImportChange } from "./import";

/**
 * An officer's import: each row becomes a proposal for the planning office, in one transaction.
 * The one place the import writes proposals, so it can be routed to the proposal module whole.
 */
export function proposeImportRows(
  viewer: StaffViewer,
  fileName: string,
  changes: readonly ImportChange[],
  ctx: ActionContext,
): void {
  db.transaction((tx) => {
    for (const change of changes) {
      const { content } = change;
      const note = `일괄 등록: ${fileName} ${change.row}행`;
      let id: number;
      try {
        ({ id } = tx
          .insert(submissions)
          .values({
            entityType: "award",
            action: change.kind === "add" ? "create" : "update",
            entityId: change.kind === "update" ? change.current.id : null,
            baseVersion: change.kind === "update" ? change.current.version : null,
            payload: JSON.stringify(content),
            year: content.year,
            departmentId: viewer.departmentId!,
            submittedBy: viewer.userId,
          })
          .returning({ id: submissions.id })
          .get());
      } catch (error) {
        // One open proposal per award (submissions_open_per_entity_uq).
        if (!/UNIQUE/.test(String(error))) throw error;
        const message = `${change.row}행: 이 수상 실적에는 이미 처리 중인 제출이 있습니다. 그 제출을 고치거나 처리된 뒤 올려 주세요.`;
        throw new FieldError({ file: [message] }, `${message} 아무것도 제출하지 않았습니다.`);
      }
      recordAudit(tx, {
        actor: viewer,
        action: "submission.create",
        entityType: "submission",
        entityId: id,
        departmentId: viewer.departmentId,
        after: content,
        note,
        ip: ctx.ip,
      });
    }
  });
}
