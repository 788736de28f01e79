import { z } from "zod";
import { withParticle } from "@/lib/korean";

// How Korean offices write a date: 2023-05-03, 2023.5.3., 2023. 5. 3., 2023/5/3, 2023년 5월 3일.
const DATE_TEXT = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?$/;

/** Today in Korea as YYYY-MM-DD (a date typed by a county office is a Korean calendar day). */
export function todayInKorea(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(now);
}

/** "2023.5.3." and the other usual forms as an ISO date, or null when it is not a real calendar day. */
export function parseKoreanDate(text: string): string | null {
  const m = DATE_TEXT.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** An optional date field: empty is null; otherwise a real day, not after today. */
export function optionalDateField(label: string) {
  return z
    .string({ error: `${withParticle(label, "은/는")} 날짜로 입력해 주세요.` })
    .optional()
    .transform((s, ctx) => {
      const text = (s ?? "").trim();
      if (text === "") return null;
      const date = parseKoreanDate(text);
      if (date === null) {
        ctx.addIssue({
          code: "custom",
          message: `${withParticle(label, "은/는")} 2023-05-03처럼 있는 날짜로 입력해 주세요.`,
        });
        return z.NEVER;
      }
      if (date > todayInKorea()) {
        ctx.addIssue({ code: "custom", message: `${withParticle(label, "은/는")} 오늘 이후일 수 없습니다.` });
        return z.NEVER;
      }
      return date;
    });
}
