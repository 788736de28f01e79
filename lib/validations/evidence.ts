/** Evidence uploads: a PDF (the 공문) or a scan of the 상장, told by its first bytes, never by its name or claimed type. */
import { z } from "zod";

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_NAME_MAX = 120;

export type EvidenceKind = { type: "application/pdf" | "image/png" | "image/jpeg"; extension: "pdf" | "png" | "jpg" };

const SIGNATURES: { kind: EvidenceKind; bytes: readonly number[] }[] = [
  { kind: { type: "application/pdf", extension: "pdf" }, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: { type: "image/png", extension: "png" }, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: { type: "image/jpeg", extension: "jpg" }, bytes: [0xff, 0xd8, 0xff] },
];

export function sniffEvidence(head: Uint8Array): EvidenceKind | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.kind ?? null;
}

/**
 * Why a file cannot be evidence, in Korean for the field, or null. The size is checked from the
 * upload's declared length before a byte is read; the name must be a plain file name.
 */
export function evidenceFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return "빈 파일입니다.";
  if (file.size > EVIDENCE_MAX_BYTES) return `증빙 파일은 ${EVIDENCE_MAX_BYTES / 1024 / 1024}MB까지 올릴 수 있습니다.`;
  const name = file.name.normalize("NFC");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || name.includes("..") || name.trim() === "")
    return "파일 이름에 경로나 쓸 수 없는 문자가 있습니다. 파일 이름을 바꿔 다시 올려 주세요.";
  if (name.length > EVIDENCE_NAME_MAX) return `파일 이름은 ${EVIDENCE_NAME_MAX}자 이내여야 합니다.`;
  if (!/\.(pdf|png|jpe?g)$/i.test(name)) return "증빙은 PDF, PNG, JPEG 파일만 올릴 수 있습니다.";
  return null;
}

/**
 * An evidence file sent with a record's form, optional: a form sends an empty file (or nothing)
 * when none was chosen. Its size, name and bytes are checked by lib/data/evidence.ts before the
 * record is saved.
 */
export const optionalEvidenceFile = z.preprocess(
  // A browser sends an empty, nameless part for an empty file input; the server may name it "blob".
  (v) => (v instanceof File && v.size > 0 ? v : undefined),
  z.instanceof(File).optional(),
);

export const EVIDENCE_TYPE_MISMATCH = "파일 내용이 PDF, PNG, JPEG가 아닙니다. 공문 PDF나 상장 스캔 그림을 올려 주세요.";
