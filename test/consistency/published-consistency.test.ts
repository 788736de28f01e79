/**
 * One truth on every surface (issue 12): a table of kinds of publishing change × public surfaces.
 * A production server (`next start`) serves a seeded database while its build was made on ANOTHER
 * database; each change is made through the app's own data functions in this process (the same
 * transactions a server action runs, but with no updateTag: as if the server had been killed between
 * the commit and the expiry), and every surface must then show what the database holds. Then the
 * same after a graceful restart, after SIGKILL, and after `db:restore` of an older backup, both
 * under the running server and after a restart.
 *
 * To add a row (narrative, identity, editions): add a CHANGES entry that makes the change and says
 * which markers must now be present or absent; to add a surface: add a SURFACES entry that fetches
 * it and says which marker kinds it shows.
 *
 * Runs in `npm test` after the end-to-end build (scripts/test-all.mjs sets CONSISTENCY_DIST to it);
 * alone, `npx vitest run -c vitest.consistency.config.ts` builds its own.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMillionWon } from "@/lib/format";
// @ts-expect-error plain JavaScript helper shared with the bench and test-all
import { buildApp, prepareDatabase, startServer } from "@/scripts/lib/production-app.mjs";

const PORT = Number(process.env.CONSISTENCY_PORT ?? 3391);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-consistency-"));
const served = path.join(dir, "served", "served.db");
const olderBackup = path.join(dir, "older.db");
const YEAR = 2023;

type Marker = { kind: "award" | "agency" | "kpi" | "narrative"; text: string };
type Expect = { present: Marker[]; absent: Marker[] };
type Figures = { count: number; totalWon: number };

let server: { url: string; stop: (signal?: string) => Promise<void> } | null = null;
// The app's modules, imported after DATABASE_URL points at the served database.
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  const [{ saveAward, deleteAward, restoreAward }, subs, { confirmImport }, { setYearStatus }, registry, kpi, viewers] =
    await Promise.all([
      import("@/lib/data/award-edits"),
      import("@/lib/data/submissions"),
      import("@/lib/data/import"),
      import("@/lib/data/years"),
      import("@/lib/data/registry-edits"),
      import("@/lib/data/kpi-edits"),
      import("@/test/viewers"),
    ]);
  const { db } = await import("@/db");
  return { db, saveAward, deleteAward, restoreAward, subs, confirmImport, setYearStatus, registry, kpi, viewers };
}

function sqlite() {
  return new Database(served, { readonly: true });
}

/** What the database holds: the figures every surface must show. */
function figures(): Figures {
  const db = sqlite();
  try {
    const row = db
      .prepare(
        "select count(*) as count, coalesce(sum(incentive_won), 0) as total from awards where year = ? and deleted_at is null",
      )
      .get(YEAR) as { count: number; total: number };
    return { count: row.count, totalWon: row.total };
  } finally {
    db.close();
  }
}

// As the app writes it: 1,296 for a whole number of 백만원, not 1,296.0.
const millionWon = (won: number) => formatMillionWon(won);

async function text(url: string) {
  const response = await fetch(`${server!.url}${url}`);
  expect(response.status, url).toBe(200);
  return response.text();
}

/** A surface: what it shows of the figures, and the page text the markers are looked for in. */
type Surface = {
  name: string;
  shows: Marker["kind"][];
  read: (f: Figures) => Promise<{ body: string; errors: string[] }>;
};

const QUOTE_DATE = "(2023년 문서 작성 시점 기준)";
/** What /achievements sets beside the quote when the record has moved on from it. */
const liveQuote = (f: Figures) =>
  `현재 게시 기준 ${f.count.toLocaleString("en-US")}건 / ${millionWon(f.totalWon)}백만원`;

const htmlTotals = (body: string, f: Figures, url: string) => {
  const errors: string[] = [];
  if (!body.includes(`${f.count.toLocaleString("en-US")}건`)) errors.push(`${url}: no ${f.count}건`);
  if (!body.includes(millionWon(f.totalWon))) errors.push(`${url}: no ${millionWon(f.totalWon)}`);
  return errors;
};

const SURFACES: Surface[] = [
  {
    name: "/",
    shows: [],
    read: async (f) => {
      const body = await text("/");
      return { body, errors: htmlTotals(body, f, "/") };
    },
  },
  {
    name: "/years/2023",
    shows: [],
    read: async (f) => {
      const body = await text(`/years/${YEAR}`);
      return { body, errors: htmlTotals(body, f, `/years/${YEAR}`) };
    },
  },
  {
    name: "/achievements",
    shows: ["kpi", "narrative"],
    read: async (f) => {
      const body = await text("/achievements");
      // The source's sentence quotes 61건 / 1,270.5백만원: kept verbatim, dated, with the live figures
      // beside it whenever they differ.
      const errors: string[] = [];
      if (!body.includes(QUOTE_DATE)) errors.push(`/achievements: the quote is not dated (${QUOTE_DATE})`);
      const live = liveQuote(f);
      const quoted = f.count === 61 && f.totalWon === 1_270_500_000;
      if (!quoted && !body.includes(live)) errors.push(`/achievements: no "${live}" beside the quote`);
      if (quoted && body.includes("현재 게시 기준")) errors.push("/achievements: a live figure where the quote holds");
      return { body, errors };
    },
  },
  {
    name: "/awards",
    shows: ["award", "agency"],
    read: async (f) => {
      const body = await text(`/awards?year=${YEAR}&pageSize=100`);
      return { body, errors: htmlTotals(body, f, "/awards") };
    },
  },
  // Shows no figure today, only the links; read so that a figure added to it is checked here.
  { name: "/downloads", shows: [], read: async () => ({ body: await text("/downloads"), errors: [] }) },
  {
    name: "/api/v1/summary",
    shows: ["agency"],
    read: async (f) => {
      const body = await text(`/api/v1/summary?year=${YEAR}`);
      const json = JSON.parse(body);
      const errors: string[] = [];
      if (json.awardCount !== f.count) errors.push(`summary awardCount ${json.awardCount} ≠ ${f.count}`);
      if (json.incentiveTotalWon !== f.totalWon) errors.push(`summary total ${json.incentiveTotalWon} ≠ ${f.totalWon}`);
      return { body, errors };
    },
  },
  {
    name: "/api/v1/awards (JSON)",
    shows: ["award", "agency"],
    read: async (f) => {
      const body = await text(`/api/v1/awards?year=${YEAR}&pageSize=1000`);
      const json = JSON.parse(body);
      const errors = json.total === f.count ? [] : [`awards JSON total ${json.total} ≠ ${f.count}`];
      if (json.data.length !== f.count) errors.push(`awards JSON rows ${json.data.length} ≠ ${f.count}`);
      return { body, errors };
    },
  },
  {
    name: "/api/v1/awards (CSV)",
    shows: ["award", "agency"],
    read: async (f) => {
      const body = await text(`/api/v1/awards?year=${YEAR}&format=csv`);
      const rows = body.trim().split(/\r?\n/).length - 1;
      return { body, errors: rows === f.count ? [] : [`awards CSV rows ${rows} ≠ ${f.count}`] };
    },
  },
  { name: "/api/v1/kpis", shows: ["kpi"], read: async () => ({ body: await text("/api/v1/kpis"), errors: [] }) },
  { name: "KPI CSV", shows: ["kpi"], read: async () => ({ body: await text("/api/v1/kpis?format=csv"), errors: [] }) },
  {
    name: "XLSX export",
    shows: ["award", "agency"],
    read: async (f) => {
      const response = await fetch(`${server!.url}/api/v1/awards/export?year=${YEAR}`);
      expect(response.status, "export").toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const sheet = book.worksheets[0];
      const lines: string[] = [];
      sheet.eachRow((row) => void lines.push((row.values as unknown[]).map((v) => String(v ?? "")).join("\t")));
      const rows = lines.filter((l) => /\t2023\t|^\t?2023\t/.test(l) || l.includes(`\t${YEAR}\t`)).length;
      const errors = rows === f.count ? [] : [`XLSX rows for ${YEAR}: ${rows} ≠ ${f.count}`];
      return { body: lines.join("\n"), errors };
    },
  },
];

/** Reads every surface and returns every disagreement with the database (empty when all agree). */
async function disagreements(expect_: Expect): Promise<string[]> {
  const f = figures();
  const out: string[] = [];
  for (const surface of SURFACES) {
    const { body, errors } = await surface.read(f);
    out.push(...errors);
    for (const m of expect_.present)
      if (surface.shows.includes(m.kind) && !body.includes(m.text)) out.push(`${surface.name}: missing ${m.text}`);
    for (const m of expect_.absent)
      if (surface.shows.includes(m.kind) && body.includes(m.text)) out.push(`${surface.name}: still shows ${m.text}`);
  }
  return out;
}

const ctx = { ip: "127.0.0.1" };
/** One row from the served database, through a connection closed at once. */
function one<T>(query: string, ...args: unknown[]): T {
  const db = sqlite();
  try {
    return db.prepare(query).get(...args) as T;
  } finally {
    db.close();
  }
}
// Looked up once: the registry-rename row renames it.
let ministry: number | undefined;
const agencyId = () => (ministry ??= one<{ id: number }>("select id from agencies where name = '행정안전부'").id);
const awardRow = (title: string) =>
  one<{ id: number; version: number }>("select id, version from awards where title = ?", title);
const departmentId = (name: string) => one<{ id: number }>("select id from departments where name = ?", name).id;
const award = (title: string, incentive: number) => ({
  year: YEAR,
  title,
  agencyId: agencyId(),
  grade: "우수",
  incentive,
  departmentIds: [departmentId("주민복지과")],
});
const award_ = (text: string): Marker => ({ kind: "award", text });

async function proposeAndApprove(titles: [string, number][]) {
  const welfare = await app.viewers.viewerOf("welfare");
  const planner = await app.viewers.viewerOf("planning");
  for (const [title, incentive] of titles) await app.saveAward(welfare, award(title, incentive), ctx);
  const open = await app.subs.listSubmissions(planner, { statuses: ["pending"] });
  await app.subs.approveSubmissions(
    planner,
    open.map((s) => ({ id: s.id, version: s.version })),
    ctx,
  );
}

/** Kinds of publishing change. Each returns the markers that must now show (or not). */
const CHANGES: { name: string; run: () => Promise<Expect> | Expect }[] = [
  {
    name: "narrative: approving a new award sets the live total beside the dated quote",
    run: async () => {
      await proposeAndApprove([["일관성 시험 인용 문장", 12_300_000]]);
      // The exact live figures are checked by the /achievements surface on every read from here on.
      return { present: [award_("일관성 시험 인용 문장"), { kind: "narrative", text: "현재 게시 기준" }], absent: [] };
    },
  },
  {
    name: "approve one",
    run: async () => {
      await proposeAndApprove([["일관성 시험 승인 하나", 7_300_000]]);
      return { present: [award_("일관성 시험 승인 하나")], absent: [] };
    },
  },
  {
    name: "approve a batch",
    run: async () => {
      await proposeAndApprove([
        ["일관성 시험 일괄 가", 1_100_000],
        ["일관성 시험 일괄 나", 2_200_000],
      ]);
      return { present: [award_("일관성 시험 일괄 가"), award_("일관성 시험 일괄 나")], absent: [] };
    },
  },
  {
    name: "planner edit",
    run: async () => {
      const row = awardRow("일관성 시험 승인 하나");
      await app.saveAward(
        await app.viewers.viewerOf("planning"),
        { ...award("일관성 시험 고친 제목", 9_900_000), id: row.id, version: row.version },
        ctx,
      );
      return { present: [award_("일관성 시험 고친 제목")], absent: [award_("일관성 시험 승인 하나")] };
    },
  },
  {
    name: "delete",
    run: async () => {
      const row = awardRow("일관성 시험 일괄 가");
      await app.deleteAward(await app.viewers.viewerOf("planning"), { id: row.id, version: row.version }, ctx);
      return { present: [], absent: [award_("일관성 시험 일괄 가")] };
    },
  },
  {
    name: "restore from trash",
    run: async () => {
      await app.restoreAward(await app.viewers.viewerOf("planning"), { id: awardRow("일관성 시험 일괄 가").id }, ctx);
      return { present: [award_("일관성 시험 일괄 가")], absent: [] };
    },
  },
  {
    name: "import",
    run: async () => {
      const csv = `연도,수상명,주관기관,등급,인센티브(백만원),담당부서\n${YEAR},일관성 시험 가져오기,행정안전부,,4.5,주민복지과\n`;
      const result = await app.confirmImport(
        await app.viewers.viewerOf("planning"),
        { name: "consistency.csv", bytes: new TextEncoder().encode(csv) },
        ctx,
      );
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return { present: [award_("일관성 시험 가져오기")], absent: [] };
    },
  },
  // import undo (issue 12 item 3, built beside this): add its row here, e.g.
  // { name: "undo an import", run: () => { undoImport(…); return { present: [], absent: [award_("일관성 시험 가져오기")] }; } },
  {
    name: "year close",
    run: async () => {
      await app.setYearStatus(
        await app.viewers.viewerOf("planning"),
        { year: YEAR, status: "closed", reason: "시험 마감" },
        ctx,
      );
      return { present: [], absent: [] };
    },
  },
  {
    name: "year reopen",
    run: async () => {
      await app.setYearStatus(
        await app.viewers.viewerOf("planning"),
        { year: YEAR, status: "open", reason: "시험 재개" },
        ctx,
      );
      return { present: [], absent: [] };
    },
  },
  {
    name: "KPI value",
    run: async () => {
      const k = one<{ id: number }>("select id from kpis where slug = 'employment-rate'");
      const v = one<{ version: number }>("select version from kpi_values where kpi_id = ?", k.id);
      await app.kpi.saveKpiValue(
        await app.viewers.viewerOf("planning"),
        {
          kpiId: k.id,
          version: v.version,
          period: { kind: "half", year: YEAR, half: 1 },
          valueUnit: null,
          value: "77.7",
        },
        ctx,
      );
      return { present: [{ kind: "kpi", text: "77.7" }], absent: [] };
    },
  },
  {
    name: "registry rename",
    run: async () => {
      await app.registry.renameRegistryEntry(
        await app.viewers.viewerOf("admin"),
        { kind: "agency", id: agencyId(), name: "행정안전부(일관성)", effectiveOn: "2023-01-01" },
        ctx,
      );
      return { present: [{ kind: "agency", text: "행정안전부(일관성)" }], absent: [] };
    },
  },
];

let expected: Expect = { present: [], absent: [] };
const merge = (a: Expect, b: Expect): Expect => ({
  present: [...a.present.filter((m) => !b.absent.some((x) => x.text === m.text)), ...b.present],
  absent: [...a.absent.filter((m) => !b.present.some((x) => x.text === m.text)), ...b.absent],
});

async function restart(signal: "SIGTERM" | "SIGKILL") {
  await server?.stop(signal);
  server = await start();
}

async function start() {
  const distDir = process.env.CONSISTENCY_DIST ?? ".next-consistency";
  const s = await startServer({ databaseUrl: served, distDir, port: PORT });
  return s;
}

beforeAll(async () => {
  prepareDatabase(served);
  fs.copyFileSync(served, olderBackup);
  if (!process.env.CONSISTENCY_DIST) {
    // The build's own database: a different copy, changed so its prerenders differ from the served one.
    const buildDb = path.join(dir, "build", "build.db");
    prepareDatabase(buildDb);
    const b = new Database(buildDb);
    b.prepare("update awards set deleted_at = 1 where id = (select min(id) from awards)").run();
    b.close();
    buildApp({ databaseUrl: buildDb, distDir: ".next-consistency" });
  }
  process.env.DATABASE_URL = served;
  app = await loadApp();
  server = await start();
}, 900_000);

afterAll(async () => {
  await server?.stop("SIGTERM");
});

describe("every public surface shows the database's figures", () => {
  it("on the first requests to a server built on another database", async () => {
    expect(await disagreements(expected)).toEqual([]);
  });

  for (const change of CHANGES) {
    it(`after: ${change.name}`, async () => {
      // Every surface read (and cached) before the change, so a stale cache would show.
      await disagreements(expected);
      expected = merge(expected, await change.run());
      expect(await disagreements(expected)).toEqual([]);
    });
  }

  it("after a graceful restart", async () => {
    await restart("SIGTERM");
    expect(await disagreements(expected)).toEqual([]);
  });

  it("after a change acknowledged and then SIGKILL", async () => {
    await disagreements(expected);
    await proposeAndApprove([["일관성 시험 강제 종료 전", 3_300_000]]);
    expected = merge(expected, { present: [award_("일관성 시험 강제 종료 전")], absent: [] });
    await restart("SIGKILL");
    expect(await disagreements(expected)).toEqual([]);
  });

  it("after db:restore of an older backup under the running server, and after a restart", async () => {
    await disagreements(expected);
    const { restoreDatabase } = await import("@/scripts/db-restore");
    await restoreDatabase(olderBackup, served);
    expected = {
      present: [],
      absent: [award_("일관성 시험 고친 제목"), award_("일관성 시험 가져오기"), award_("일관성 시험 강제 종료 전")],
    };
    expect(await disagreements(expected)).toEqual([]);
    await restart("SIGTERM");
    expect(await disagreements(expected)).toEqual([]);
  });
});
