"use server";

import { confirmRegistryImport, previewRegistryImport } from "@/lib/data/registry-import";
import { FieldError } from "@/lib/errors";
import { registryImportSchema } from "@/lib/validations/registry";
import { formAction } from "../form-action";

export const importRegistryListAction = formAction({
  schema: registryImportSchema,
  allow: "registry.manage",
  run: async (viewer, { file, mode }, ctx) => {
    const upload = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    const result =
      mode === "check" ? await previewRegistryImport(viewer, upload) : await confirmRegistryImport(viewer, upload, ctx);
    if (result.report === null) throw new FieldError({ file: [result.message] }, result.message);
    const { counts } = result.report;
    const summary = `추가 ${counts.add}건, 변경 ${counts.update}건, 변경 없음 ${counts.same}건, 오류 ${counts.invalid}건`;
    if (mode === "confirm" && !result.ok) {
      const refused = `오류가 있는 행이 있어 아무것도 등록하지 않았습니다(${summary}). 검사하기로 행마다 확인해 주세요.`;
      throw new FieldError({ file: [refused] }, refused);
    }
    const message =
      mode === "check"
        ? `검사했습니다: ${summary}.${counts.invalid ? " 오류가 있는 행을 고친 뒤 다시 올려 주세요." : " 아직 아무것도 바꾸지 않았습니다. 같은 파일을 골라 등록하기를 누르면 반영됩니다."}`
        : result.ok && result.outcome.kind === "unchanged"
          ? "바뀐 행이 없어 아무것도 바꾸지 않았습니다."
          : `등록했습니다: ${summary}.`;
    return { tags: result.ok ? result.outcome.tags : [], message, data: { report: result.report } };
  },
});
