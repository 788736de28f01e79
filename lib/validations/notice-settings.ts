import { z } from "zod";

/** The longest address SMTP carries (RFC 5321: 254 characters in a path). */
export const EMAIL_MAX_LENGTH = 254;

const NEEDS_ADDRESS = "알림을 받으려면 이메일 주소를 입력해 주세요.";

/**
 * An address as typed on a Korean keyboard: full-width letters and ＠ (an IME left on) are read as
 * their ASCII forms, spaces around it are dropped; empty means none.
 */
const emailField = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFKC").trim() || undefined : v),
  z
    .string({ error: "이메일 주소를 다시 입력해 주세요." })
    .max(EMAIL_MAX_LENGTH, { error: `이메일 주소는 ${EMAIL_MAX_LENGTH}자 이하여야 합니다.` })
    .pipe(z.email({ error: "이메일 주소 형식이 올바르지 않습니다. 예: hong@korea.kr" }))
    .optional(),
);

/** A checkbox: sent as "on" when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** One's own notice settings (/account/notices): where notices go, and whether to get them at all. */
export const noticeSettingsSchema = z
  .object({ email: emailField, notify: checkbox })
  .refine((s) => !s.notify || s.email !== undefined, { error: NEEDS_ADDRESS, path: ["email"] });

export type NoticeSettingsInput = z.output<typeof noticeSettingsSchema>;
