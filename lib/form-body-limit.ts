import { EVIDENCE_MAX_BYTES } from "./validations/evidence";

/**
 * The largest form post (a server action or an upload route) that reaches the app. Uploads are
 * checked against their own limits (10 MB) with a message beside the field, so the body must get
 * there: next.config.ts gives this to Next's server actions and proxy, and proxy.ts refuses a larger
 * post itself, in Korean, rather than let Next answer it with an error page.
 */
export const MAX_FORM_BODY_BYTES = 25 * 1024 * 1024;

export const FORM_BODY_TOO_LARGE = `보낸 내용이 너무 큽니다. 파일은 ${EVIDENCE_MAX_BYTES / 1024 / 1024}MB까지 올릴 수 있습니다. 뒤로 가서 더 작은 파일을 골라 주세요.`;
