import { z } from "zod";
import { withParticle } from "@/lib/korean";
import { optionalText, requiredText, versionField } from "./text";

export const LOGO_MAX_BYTES = 200 * 1024;

/**
 * Image types a logo may be, told by their first bytes rather than the name or the browser's claim.
 * SVG is left out: it can carry script.
 */
const LOGO_SIGNATURES = [
  { type: "image/png", extension: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", extension: "jpg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/webp", extension: "webp", bytes: [0x52, 0x49, 0x46, 0x46] },
] as const;

export type LogoKind = { type: string; extension: string };

export function sniffLogo(head: Uint8Array): LogoKind | null {
  for (const s of LOGO_SIGNATURES) {
    if (!s.bytes.every((b, i) => head[i] === b)) continue;
    // RIFF is also WAV and AVI: WebP says so at bytes 8–11.
    if (s.type === "image/webp" && new TextDecoder().decode(head.slice(8, 12)) !== "WEBP") continue;
    return { type: s.type, extension: s.extension };
  }
  return null;
}

const phone = (label: string) =>
  optionalText(label, 40).refine((s) => s === null || /^[0-9+()\-.\s~]+$/.test(s), {
    error: `${withParticle(label, "은/는")} 숫자와 하이픈(-)으로 입력해 주세요.`,
  });

/** The identity fields every form and `npm run setup` share. */
export const organisationFields = {
  name: requiredText("기관 이름", 40),
  province: requiredText("광역자치단체 이름", 40),
  reviewOffice: requiredText("검토 부서 이름", 40),
};

export const organisationSchema = z.object({
  ...organisationFields,
  address: optionalText("주소", 200),
  phone: phone("대표전화"),
  reviewOfficePhone: phone("검토 부서 전화"),
  koglType: z.coerce
    .number({ error: "공공누리 유형을 골라 주세요." })
    .int({ error: "공공누리 유형을 골라 주세요." })
    .min(1, { error: "공공누리 유형은 1–4유형 가운데 골라 주세요." })
    .max(4, { error: "공공누리 유형은 1–4유형 가운데 골라 주세요." }),
  sourceTitle: requiredText("출처 표시", 120),
  privacyOfficerName: optionalText("개인정보 보호책임자", 40),
  privacyOfficerDepartment: optionalText("보호책임자 부서", 40),
  privacyOfficerContact: optionalText("보호책임자 연락처", 80),
  privacyEffectiveOn: z
    .string({ error: "시행일을 입력해 주세요." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "시행일은 YYYY-MM-DD 형식으로 입력해 주세요." })
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, {
      error: "있는 날짜를 입력해 주세요.",
    }),
  logo: z
    .instanceof(File)
    .optional()
    // A form sends an empty file when nothing was chosen.
    .transform((f) => (f && f.size > 0 ? f : undefined))
    .refine((f) => !f || f.size <= LOGO_MAX_BYTES, {
      error: `로고 파일은 ${LOGO_MAX_BYTES / 1024}KB 이하여야 합니다.`,
    }),
  removeLogo: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  fourEyes: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  version: versionField,
});

export type OrganisationInput = z.output<typeof organisationSchema>;
