import { z } from "zod";

/** A six-digit code from the authenticator, or a recovery code (XXXXX-XXXXX). */
const code = z
  .string({ error: "코드를 입력해 주세요." })
  .trim()
  .min(1, { error: "코드를 입력해 주세요." })
  .max(20, { error: "코드가 너무 깁니다. 앱에 보이는 6자리 숫자나 복구 코드를 입력해 주세요." });

export const loginCodeSchema = z.object({ code, callbackUrl: z.string().max(300).optional() });

export const confirmTwoFactorSchema = z.object({
  code: z
    .string({ error: "앱에 보이는 6자리 숫자를 입력해 주세요." })
    .trim()
    .regex(/^\d{6}$/, { error: "앱에 보이는 6자리 숫자를 입력해 주세요." }),
});

export const startTwoFactorSchema = z.object({});

export const resetTwoFactorSchema = z.object({
  userId: z.coerce.number({ error: "계정을 고르세요." }).int().positive({ error: "계정을 고르세요." }),
});
