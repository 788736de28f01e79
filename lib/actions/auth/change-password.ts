"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { getViewer } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/users";
import { FieldError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validations/issues";
import { changePasswordSchema } from "@/lib/validations/user";
import { formDataToObject } from "../form-action";
import type { FormState } from "../form-state";

/** Not through formAction: this is the one form a user who must change their password may submit. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (viewer.kind !== "staff") return { status: "error", message: "로그인이 필요합니다." };
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success)
    return { status: "error", message: "입력한 내용을 확인해 주세요.", errors: fieldErrors(parsed.error) };
  try {
    await changeOwnPassword(viewer, parsed.data, { ip: clientAddress(await headers()) });
  } catch (error) {
    if (error instanceof FieldError) return { status: "error", message: error.message, errors: error.fieldErrors };
    throw error;
  }
  redirect("/login?notice=password");
}
