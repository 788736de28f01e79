/** Issue 15: evidence (공문, 상장 scans) — hostile uploads refused, never readable without permission. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, awards, evidenceFiles, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type StaffViewer } from "@/lib/auth/viewer";
import { FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { folderStorage } from "@/lib/storage";
import { EVIDENCE_MAX_BYTES } from "@/lib/validations/evidence";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import {
  attachEvidence,
  listAwardEvidence,
  listProposalEvidence,
  publicEvidenceOf,
  readEvidence,
  setEvidencePublic,
} from "./evidence";
import { saveAwardWithEvidence } from "./award-evidence";
import { queryAwardPage } from "./public-awards";
import { approveSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-evidence-"));
const storage = folderStorage(folder);
let planner: StaffViewer;
let welfare: StaffViewer;
let tax: StaffViewer;

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const upload = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});
/** An upload that fails the test if its bytes are ever read: an oversized file must be refused from its size. */
const unread = (name: string, size: number) => ({
  name,
  size,
  arrayBuffer: async (): Promise<ArrayBuffer> => {
    throw new Error("read an oversized upload");
  },
});
const welfareAward = async () =>
  (await db.select().from(awards).where(eq(awards.title, "2022년 지역자활센터 성과평가")))[0]!.id;
const filesOnDisk = () => fs.readdirSync(folder).length;

async function fieldError(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return (error as FieldError).fieldErrors.file?.[0] ?? "";
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  tax = await viewerOf("tax");
});

describe("attaching evidence", () => {
  it("keeps a PDF 공문 and a PNG scan for the department's award, with an audit row", async () => {
    const pdf = await attachEvidence(
      welfare,
      { awardId: await welfareAward() },
      upload("공문 제2023-12호.pdf", PDF),
      ctx,
      storage,
    );
    const png = await attachEvidence(planner, { awardId: await welfareAward() }, upload("상장.png", PNG), ctx, storage);
    expect(pdf.tags).toEqual(["awards"]);
    expect(await readEvidence(welfare, pdf.id, storage)).toEqual({
      bytes: PDF,
      contentType: "application/pdf",
      fileName: "공문 제2023-12호.pdf",
    });
    expect((await readEvidence(planner, png.id, storage)).contentType).toBe("image/png");
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "evidence.attach"))).toHaveLength(2);
    // Stored under a generated name in the folder, not under the name it came with.
    expect(fs.readdirSync(folder).every((f) => /^[0-9a-f-]{36}\.(pdf|png)$/.test(f))).toBe(true);
  });

  it.each([
    ["a wrong type", upload("명단.txt", new TextEncoder().encode("hello")), "PDF, PNG, JPEG 파일만"],
    [
      "an HTML page renamed .pdf",
      upload("상장.pdf", new TextEncoder().encode("<html><script>alert(1)</script>")),
      "파일 내용이",
    ],
    ["a path-traversal name", upload("../../etc/passwd.pdf", PDF), "경로나 쓸 수 없는 문자"],
    ["a backslash path", upload("..\\..\\boot.ini.pdf", PDF), "경로나 쓸 수 없는 문자"],
    ["an oversized file (refused from its size, unread)", unread("큰 스캔.pdf", EVIDENCE_MAX_BYTES + 1), "10MB까지"],
    ["a file smaller than it claims", upload("상장.pdf", PDF, PDF.length + 100), "파일 내용이"],
    ["an empty file", upload("빈.pdf", new Uint8Array()), "빈 파일"],
  ])("refuses %s with a Korean message on the file field, and keeps nothing", async (_, file, message) => {
    const before = { files: filesOnDisk(), rows: (await db.select().from(evidenceFiles)).length };
    expect(await fieldError(attachEvidence(welfare, { awardId: await welfareAward() }, file, ctx, storage))).toContain(
      message,
    );
    expect({ files: filesOnDisk(), rows: (await db.select().from(evidenceFiles)).length }).toEqual(before);
  });

  it("refuses another department's officer", async () => {
    await expect(
      attachEvidence(tax, { awardId: await welfareAward() }, upload("공문.pdf", PDF), ctx, storage),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("reading evidence", () => {
  it("is never readable by the public or another department until a planner makes it public", async () => {
    const { id } = await attachEvidence(
      welfare,
      { awardId: await welfareAward() },
      upload("공문.pdf", PDF),
      ctx,
      storage,
    );
    await expect(readEvidence(PUBLIC_VIEWER, id, storage)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readEvidence(tax, id, storage)).rejects.toBeInstanceOf(NotFoundError);
    // The public sees that evidence exists, not the file.
    const listed = await listAwardEvidence(PUBLIC_VIEWER, await welfareAward());
    expect(listed.find((e) => e.id === id)).toMatchObject({ readable: false, isPublic: false });

    await expect(setEvidencePublic(welfare, { id, isPublic: true }, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    await setEvidencePublic(planner, { id, isPublic: true }, ctx);
    expect((await readEvidence(PUBLIC_VIEWER, id, storage)).bytes).toEqual(PDF);
    await setEvidencePublic(planner, { id, isPublic: false }, ctx);
    await expect(readEvidence(PUBLIC_VIEWER, id, storage)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the public award list says only that evidence exists, and links a file once a planner makes it public", async () => {
    const award = await welfareAward();
    const listed = async () => {
      const page = await queryAwardPage({ q: "지역자활센터", sort: "order", dir: "asc", page: 1, pageSize: 100 });
      return page.evidence[award];
    };
    const { id } = await attachEvidence(welfare, { awardId: award }, upload("비밀 공문.pdf", PDF), ctx, storage);
    const before = await listed();
    expect(before?.count).toBeGreaterThan(0);
    // No name of a file the public may not open.
    expect(JSON.stringify(before)).not.toContain("비밀 공문");
    await setEvidencePublic(planner, { id, isPublic: true }, ctx);
    expect((await listed())?.open).toContainEqual({ id, fileName: "비밀 공문.pdf" });
    expect((await readEvidence(PUBLIC_VIEWER, id, storage)).bytes).toEqual(PDF);
    await setEvidencePublic(planner, { id, isPublic: false }, ctx);
    expect((await publicEvidenceOf([award])).get(award)?.open).not.toContainEqual({ id, fileName: "비밀 공문.pdf" });
  });

  it("an unknown id and a file gone from storage are both not found", async () => {
    await expect(readEvidence(planner, 999_999, storage)).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await attachEvidence(
      welfare,
      { awardId: await welfareAward() },
      upload("공문.pdf", PDF),
      ctx,
      storage,
    );
    for (const f of fs.readdirSync(folder)) fs.rmSync(path.join(folder, f));
    await expect(readEvidence(planner, id, storage)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("evidence sent with a proposal", () => {
  const award = async () =>
    (await db.select().from(awards).where(eq(awards.title, "2022년 지역사회보장계획 시행결과")))[0]!;
  const edit = async (title: string) => {
    const a = await award();
    return {
      id: a.id,
      version: a.version,
      year: a.year,
      title,
      agencyId: a.agencyId,
      grade: a.grade,
      incentive: a.incentiveWon,
      departmentIds: [welfare.departmentId!],
    };
  };

  it("refuses a wrong file beside its field and keeps no proposal", async () => {
    const before = (await db.select().from(submissions)).length;
    const refused = await saveAwardWithEvidence(
      welfare,
      await edit("틀린 파일과 함께"),
      upload("상장.pdf", new TextEncoder().encode("<html>")),
      ctx,
      storage,
    ).then(
      () => null,
      (e) => e,
    );
    expect(refused).toBeInstanceOf(FieldError);
    expect((refused as FieldError).fieldErrors.evidence?.[0]).toContain("파일 내용이");
    expect(await db.select().from(submissions)).toHaveLength(before);
  });

  it("goes with the officer's proposal to the reviewer, and with the award once approved", async () => {
    const awardId = (await award()).id;
    const write = await saveAwardWithEvidence(
      welfare,
      await edit("공문과 함께 제출"),
      upload("공문.pdf", PDF),
      ctx,
      storage,
    );
    if (write.kind !== "proposed") throw new Error("expected a proposal");
    const sent = await listProposalEvidence(planner, write.proposalId);
    expect(sent.map((e) => e.fileName)).toEqual(["공문.pdf"]);
    expect((await readEvidence(planner, sent[0].id, storage)).bytes).toEqual(PDF);
    // Not the award's yet: the public list counts none for it.
    expect(await listAwardEvidence(PUBLIC_VIEWER, awardId)).not.toContainEqual(
      expect.objectContaining({ id: sent[0].id }),
    );
    await expect(readEvidence(tax, sent[0].id, storage)).rejects.toBeInstanceOf(NotFoundError);

    const s = (await db.select().from(submissions).where(eq(submissions.id, write.proposalId)))[0]!;
    await approveSubmissions(planner, [{ id: s.id, version: s.version }], ctx);
    expect(await listAwardEvidence(planner, awardId)).toContainEqual(
      expect.objectContaining({ id: sent[0].id, fileName: "공문.pdf" }),
    );
    expect(await listProposalEvidence(planner, s.id)).toEqual([]);
  });
});

describe("returning a proposal with 증빙 첨부 요청", () => {
  it("needs no typed reason, and adds one typed beside it", async () => {
    const { returnSchema } = await import("@/lib/validations/review");
    expect(returnSchema.parse({ selected: "3:1", request: "evidence", reason: "" }).reason).toBe("증빙 첨부 요청");
    expect(returnSchema.parse({ selected: "3:1", request: "evidence", reason: "상장 사본" }).reason).toBe(
      "증빙 첨부 요청: 상장 사본",
    );
    const plain = returnSchema.safeParse({ selected: "3:1", reason: "" });
    expect(plain.success ? null : plain.error.issues[0]).toMatchObject({
      path: ["reason"],
      message: "반려 사유를 입력해 주세요.",
    });
  });
});
