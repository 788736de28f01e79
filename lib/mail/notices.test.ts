/**
 * Issue 17, notices by e-mail: against an SMTP server started here, a submission reaches every
 * planner who asked for notices and nobody else, a return reaches its proposer with the reason, and
 * a mail server that is down or absent changes nothing about the write.
 */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { departments, kpis, submissions, users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { saveAward } from "@/lib/data/award-edits";
import { saveNoticeSettings } from "@/lib/data/notice-settings";
import { saveKpiValue } from "@/lib/data/kpi-edits";
import { resubmitNewAward, returnSubmissions } from "@/lib/data/submissions";
import type { AwardInput } from "@/lib/validations/award";
import { seededDb } from "@/test/db";
import { type ReceivedMail, startSmtpSink } from "@/test/helpers/smtp-sink";
import { viewerOf } from "@/test/viewers";
import { noticesSettled } from "./outbox";

const db = await seededDb();
const ctx = { ip: "127.0.0.1", origin: "https://seonggwa.test" };
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let received: ReceivedMail[];
let port: number;
let planner: StaffViewer;
let welfare: StaffViewer;

const welfareId = async () => (await db.select().from(departments).where(eq(departments.name, "주민복지과")))[0]!.id;
const award = async (title: string): Promise<AwardInput> => ({
  year: 2023,
  title,
  agencyId: 2,
  grade: "우수",
  incentive: 10_000_000,
  departmentIds: [await welfareId()],
});

async function addPlanner(username: string, email: string, notify: boolean) {
  const hash = (await db.select().from(users).where(eq(users.username, "planning")))[0]!.passwordHash;
  await db
    .insert(users)
    .values({ username, displayName: `기획 ${username}`, passwordHash: hash, role: "planner", email, notify });
}

const setNotice = async (username: string, email: string | null, notify: boolean) =>
  await db.update(users).set({ email, notify }).where(eq(users.username, username));

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  await setNotice("planning", "planning@jincheon.test", true);
  await addPlanner("planning-b", "planning-b@jincheon.test", true);
  await addPlanner("planning-c", "planning-c@jincheon.test", false);
  sink = await startSmtpSink();
  ({ received, port } = sink);
  process.env.MAIL_FROM = "성과 알림 <noreply@jincheon.test>";
});

afterEach(() => {
  received.length = 0;
  delete process.env.SMTP_URL;
  vi.restoreAllMocks();
});

afterAll(async () => {
  delete process.env.MAIL_FROM;
  await sink.close();
});

describe("notices by e-mail", () => {
  it("an officer's submission sends one mail to each planner who asked, none to others", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const write = await saveAward(welfare, await award("알림 시험 우수기관 표창"), ctx);
    expect(write.kind).toBe("proposed");
    await noticesSettled();

    const recipients = received.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(["planning-b@jincheon.test", "planning@jincheon.test"]);
    for (const mail of received) {
      expect(mail.to).toHaveLength(1);
      expect(mail.subject).toContain("알림 시험 우수기관 표창");
      expect(mail.text).toContain("주민복지과");
      expect(mail.text).toContain("https://seonggwa.test/review");
      // No person is named: neither the officer who proposed nor another planner's address.
      expect(mail.text).not.toContain(welfare.displayName);
      expect(mail.text).not.toContain("@jincheon.test");
    }
  });

  it("a KPI value proposal names the KPI and its period", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const kpi = (await db.select().from(kpis).where(eq(kpis.slug, "elderly-care-leading-cities")))[0]!;
    const period = { kind: "half", year: 2025, half: 1 } as const;
    const input = { kpiId: kpi.id, version: undefined, valueUnit: null, period, value: "3", submissionVersion: null };
    expect((await saveKpiValue(welfare, input, ctx)).kind).toBe("proposed");
    await noticesSettled();
    expect(received.map((m) => m.to[0]).sort()).toEqual(["planning-b@jincheon.test", "planning@jincheon.test"]);
    expect(received[0].text).toContain(`성과지표 실적값 등록: ${kpi.name} (2025 상반기)`);
  });

  it("saving a pending proposal again sends nothing; resubmitting a returned one does", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const write = await saveAward(welfare, await award("다시 제출 알림 시험"), ctx);
    if (write.kind !== "proposed") throw new Error("an officer's save is a proposal");
    const { year, title, agencyId, grade, incentive, departmentIds } = await award("다시 제출 알림 시험 (고침)");
    const content = { year, title, agencyId, grade, incentive, departmentIds };
    await resubmitNewAward(welfare, { submissionId: write.proposalId, submissionVersion: 1, content }, ctx);
    await noticesSettled();
    received.length = 0;
    await resubmitNewAward(welfare, { submissionId: write.proposalId, submissionVersion: 2, content }, ctx);
    await noticesSettled();
    expect(received).toEqual([]);

    await returnSubmissions(planner, [{ id: write.proposalId, version: 3 }], "등급을 확인해 주세요.", ctx);
    await noticesSettled();
    received.length = 0;
    await resubmitNewAward(welfare, { submissionId: write.proposalId, submissionVersion: 4, content }, ctx);
    await noticesSettled();
    expect(received.map((m) => m.to[0]).sort()).toEqual(["planning-b@jincheon.test", "planning@jincheon.test"]);
    expect(received[0].subject).toContain("다시 제출 알림 시험 (고침)");
  });

  it("a return sends one mail to the proposer with the reason", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    await saveNoticeSettings(welfare, { email: "welfare@jincheon.test", notify: true }, ctx);
    const write = await saveAward(welfare, await award("반려 알림 시험 표창"), ctx);
    if (write.kind !== "proposed") throw new Error("an officer's save is a proposal");
    await noticesSettled();
    received.length = 0;

    const [s] = await db.select().from(submissions).where(eq(submissions.id, write.proposalId));
    const reason = "수상일이 빠졌습니다. 공문의 날짜를 넣어 주세요.";
    await returnSubmissions(planner, [{ id: s.id, version: s.version }], reason, ctx);
    await noticesSettled();

    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["welfare@jincheon.test"]);
    expect(received[0].subject).toContain("반려 알림 시험 표창");
    expect(received[0].text).toContain(reason);
    expect(received[0].text).toContain(`https://seonggwa.test/workspace/submissions/${s.id}`);
    expect(received[0].text).not.toContain(planner.displayName);
  });

  it("returning several proposals at once sends their proposer one mail naming each", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    await saveNoticeSettings(welfare, { email: "welfare@jincheon.test", notify: true }, ctx);
    const items = [];
    for (const title of ["묶음 반려 시험 가", "묶음 반려 시험 나"]) {
      const write = await saveAward(welfare, await award(title), ctx);
      if (write.kind !== "proposed") throw new Error("an officer's save is a proposal");
      const [s] = await db.select().from(submissions).where(eq(submissions.id, write.proposalId));
      items.push({ id: s.id, version: s.version });
    }
    await noticesSettled();
    received.length = 0;

    await returnSubmissions(planner, items, "기관명을 확인해 주세요.", ctx);
    await noticesSettled();
    expect(received).toHaveLength(1);
    expect(received[0].subject).toContain("외 1건");
    expect(received[0].text).toContain("묶음 반려 시험 가");
    expect(received[0].text).toContain("묶음 반려 시험 나");
  });

  it("a proposer who did not ask gets no mail on a return", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    await saveNoticeSettings(welfare, { email: "welfare@jincheon.test", notify: false }, ctx);
    const write = await saveAward(welfare, await award("알림 안 받는 반려 시험"), ctx);
    if (write.kind !== "proposed") throw new Error("an officer's save is a proposal");
    await noticesSettled();
    received.length = 0;
    const [s] = await db.select().from(submissions).where(eq(submissions.id, write.proposalId));
    await returnSubmissions(planner, [{ id: s.id, version: s.version }], "다시 확인해 주세요.", ctx);
    await noticesSettled();
    expect(received).toEqual([]);
  });

  it("with the SMTP server down the submission is still saved, and the failure only logged", async () => {
    const closed = await startSmtpSink();
    const deadPort = closed.port;
    await closed.close();
    process.env.SMTP_URL = `smtp://127.0.0.1:${deadPort}`;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);

    const write = await saveAward(welfare, await award("메일 서버 중단 시험"), ctx);
    expect(write.kind).toBe("proposed");
    await noticesSettled();
    if (write.kind !== "proposed") return;
    const [s] = await db.select().from(submissions).where(eq(submissions.id, write.proposalId));
    expect(s.status).toBe("pending");
    expect(logged).toHaveBeenCalled();
    expect(received).toEqual([]);
  });

  it("without an SMTP server nothing is sent", async () => {
    const write = await saveAward(welfare, await award("메일 설정 없음 시험"), ctx);
    expect(write.kind).toBe("proposed");
    await noticesSettled();
    expect(received).toEqual([]);
  });
});
