import crypto from "node:crypto";
import { authSecret } from "./secret";

/**
 * Keys for one-time-code secrets and recovery codes, derived from the auth secret (HKDF) so a
 * copy of the database alone reveals neither. Changing AUTH_SECRET therefore voids enrolments, as
 * it voids sessions.
 */
function key(purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret(), "seonggwa", `two-factor:${purpose}`, 32));
}

/** AES-256-GCM; the stored form is iv.tag.ciphertext in base64url. */
export function encryptSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key("secret"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function decryptSecret(stored: string): string {
  const [iv, tag, body] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", key("secret"), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/**
 * Recovery codes are random (50 bits each), so a keyed hash is enough to store them: unlike a
 * password there is nothing to guess from, and a lookup by hash finds the code in one query.
 */
export function hashRecoveryCode(code: string): string {
  return crypto.createHmac("sha256", key("recovery")).update(normalizeRecoveryCode(code)).digest("base64url");
}

const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Ten characters from a 32-letter alphabet without look-alikes, shown as XXXXX-XXXXX. */
export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(10);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What the user typed, with spaces, dashes and case set aside. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}
