import { eq, like } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { awards, users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { readMessages, type ImportMessage } from "@/lib/review/import-stream";
import { seededDb } from "@/test/db";
import { POST } from "./route";

let viewer: Viewer = PUBLIC_VIEWER;
const afterTasks: (() => void)[] = [];
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => viewer }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => void) => void afterTasks.push(task),
}));

const db = await seededDb();
const viewerOf = async (username: string): Promise<Viewer> => {
  const u = (await db.select().from(users).where(eq(users.username, username)))[0]!;
  return {
    kind: "staff",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    mustChangePassword: false,
  };
};

function post(lines: string[], options: { confirm?: boolean; origin?: string } = {}) {
  const body = new FormData();
  const csv = ["연도,수상명,주관기관,등급,인센티브(백만원),담당부서", ...lines].join("\r\n");
  body.set("file", new File([csv], "awards.csv", { type: "text/csv" }));
  body.set("confirm", options.confirm ? "1" : "0");
  return POST(
    new NextRequest("http://localhost:3104/review/import/run", {
      method: "POST",
      body,
      headers: { host: "localhost:3104", origin: options.origin ?? "http://localhost:3104" },
    }),
  );
}

async function messages(res: Response): Promise<ImportMessage[]> {
  const all: ImportMessage[] = [];
  for await (const m of readMessages(res.body!)) all.push(m);
  return all;
}

beforeAll(async () => {
  await seedDemoUsers(db);
});
beforeEach(() => {
  afterTasks.length = 0;
  vi.mocked(revalidateTag).mockClear();
});

describe("POST /review/import/run", () => {
  it("refuses a request from another site and a visitor", async () => {
    viewer = await viewerOf("planning");
    const res = await post(["2023,x,충청북도,,,세정과"], { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await messages(res)).toEqual([{ type: "error", message: "이 사이트에서 보낸 요청만 받습니다." }]);
    viewer = PUBLIC_VIEWER;
    expect((await post(["2023,x,충청북도,,,세정과"])).status).toBe(401);
  });

  it("streams progress, then the dry run's report, and writes nothing", async () => {
    viewer = await viewerOf("welfare");
    const lines = Array.from({ length: 1_100 }, (_, i) => `2023,2023년 진행률 시험 ${i},충청북도,,,주민복지과`);
    const res = await post(lines);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const all = await messages(res);
    expect(all.slice(0, 3)).toEqual([
      { type: "progress", done: 500, total: 1100 },
      { type: "progress", done: 1000, total: 1100 },
      { type: "progress", done: 1100, total: 1100 },
    ]);
    expect(all[3]).toMatchObject({ type: "report", report: { mode: "submit", total: 1100, valid: 1100 } });
    expect(all).toHaveLength(4);
    expect(await db.select().from(awards).where(like(awards.title, "2023년 진행률 시험%"))).toEqual([]);
  });

  it("publishes a planner's confirmed file and expires the awards tag once the response ends", async () => {
    viewer = await viewerOf("planning");
    const all = await messages(await post(["2023,2023년 경로 시험 실적,충청북도,우수,1,세정과"], { confirm: true }));
    expect(all.at(-1)).toMatchObject({
      type: "done",
      message: expect.stringMatching(/^게시했습니다: 1건 추가\(일괄 등록 \d+번\)/),
    });
    expect(await db.select().from(awards).where(eq(awards.title, "2023년 경로 시험 실적"))).toHaveLength(1);
    expect(revalidateTag).not.toHaveBeenCalled();
    for (const task of afterTasks) task();
    expect(revalidateTag).toHaveBeenCalledWith("awards", { expire: 0 });
  });

  it("refuses a confirm with a bad row and says which", async () => {
    viewer = await viewerOf("planning");
    const all = await messages(
      await post(["2023,2023년 좋은 행 시험,충청북도,,,세정과", "2023,2023년 나쁜 행 시험,충청북도,,abc,세정과"], {
        confirm: true,
      }),
    );
    const last = all.at(-1)!;
    expect(last.type).toBe("refused");
    if (last.type !== "refused") return;
    expect(last.report.rows[1].errors).toEqual([expect.objectContaining({ row: 3, column: "인센티브(백만원)" })]);
    expect(await db.select().from(awards).where(like(awards.title, "2023년 % 행 시험"))).toEqual([]);
    for (const task of afterTasks) task();
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("reports a file it cannot use", async () => {
    viewer = await viewerOf("planning");
    const body = new FormData();
    body.set("file", new File(["x"], "awards.pdf"));
    const res = await POST(
      new NextRequest("http://localhost:3104/review/import/run", {
        method: "POST",
        body,
        headers: { host: "localhost:3104", origin: "http://localhost:3104" },
      }),
    );
    expect(res.status).toBe(400);
    expect(await messages(res)).toEqual([{ type: "error", message: "XLSX 또는 CSV 파일만 올릴 수 있습니다." }]);
  });
});
