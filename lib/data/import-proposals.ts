import "server-only";
import { transaction } from "@/db";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError } from "@/lib/errors";
import type { ImportChange } from "./import";
import { proposeAwardFromImport } from "./proposals";
import type { WriteContext } from "./write-context";

/**
 * An officer's import (or a planner's under the four-eyes rule): each row becomes a proposal for the review office, in one transaction,
 * through the one proposal module (a row naming an award that already has an open proposal is refused).
 */
export async function proposeImportRows(
  viewer: StaffViewer,
  fileName: string,
  changes: readonly ImportChange[],
  ctx: WriteContext,
): Promise<void> {
  await transaction(async (tx) => {
    for (const change of changes) {
      const award =
        change.kind === "update"
          ? { id: change.current.id, version: change.current.version, departmentIds: change.current.departmentIds }
          : undefined;
      try {
        await proposeAwardFromImport(
          tx,
          viewer,
          { content: change.content, award, note: `일괄 등록: ${fileName} ${change.row}행` },
          ctx,
        );
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const message = `${change.row}행: 이 수상 실적에는 이미 처리 중인 제출이 있습니다. 그 제출을 고치거나 처리된 뒤 올려 주세요.`;
        throw new FieldError({ file: [message] }, `${message} 아무것도 제출하지 않았습니다.`);
      }
    }
  });
}
