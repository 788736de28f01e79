/**
 * Issue 12 item 6: every download works past SQLite's 32,766 bound variables, with the screen's
 * rows in the screen's order and the screen's totals. Issue 13 item 6: built once per published
 * state, and a bound on how many are built at once.
 */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/v1/awards/export/route";
import { GET as listGet } from "@/app/api/v1/awards/route";
import { parseCsv } from "@/lib/csv-parse";
import { queryAwardPage } from "@/lib/data/public-awards";
import { recordAudit } from "@/lib/data/audit-writer";
import { readXlsxSheet } from "@/lib/xlsx-read";
import { seededDb } from "@/test/db";

const db = await seededDb();
const ADDED = 33_000;

const list = (query: string) => listGet(new NextRequest(`http://localhost/api/v1/awards${query}`));
const exported = (query: string) => exportGet(new NextRequest(`http://localhost/api/v1/awards/export${query}`));
const tenths = (v: string | undefined) => Math.round(Number(v || 0) * 10);

beforeAll(() => {
  const sqlite = db.$client;
  const agencyIds = (sqlite.prepare("select id from agencies").all() as { id: number }[]).map((r) => r.id);
  const departmentIds = (sqlite.prepare("select id from departments").all() as { id: number }[]).map((r) => r.id);
  const now = Date.now();
  const insertAward = sqlite.prepare(
    "insert into awards (year, title, grade, incentive_won, agency_id, source_order, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertLink = sqlite.prepare("insert or ignore into award_departments (award_id, department_id) values (?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < ADDED; i++) {
      const { lastInsertRowid } = insertAward.run(
        2010 + (i % 14),
        `규모 시험 수상 ${i}`,
        i % 500 === 0 ? null : "우수",
        i % 3 === 0 ? null : (i % 997) * 100_000,
        agencyIds[i % agencyIds.length],
        i % 7 === 0 ? null : 1000 + i,
        now,
        now,
      );
      insertLink.run(lastInsertRowid, departmentIds[i % departmentIds.length]);
      if (i % 4 === 0) insertLink.run(lastInsertRowid, departmentIds[(i + 1) % departmentIds.length]);
    }
  })();
}, 120_000);

describe(`downloads with ${ADDED.toLocaleString()} more awards`, () => {
  it("/api/v1/awards?format=csv gives every award, in the screen's order, with the screen's totals", async () => {
    const res = await list("?format=csv");
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv((await res.text()).slice(1));
    const screen = await queryAwardPage({ sort: "order", dir: "asc", page: 1, pageSize: 100 });
    expect(rows).toHaveLength(screen.total);
    expect(screen.total).toBe(61 + ADDED);
    const incentive = header.indexOf("인센티브(백만원)");
    expect(rows.reduce((s, r) => s + tenths(r[incentive]), 0)).toBe(Math.round(screen.incentiveTotalWon / 100_000));
    const id = header.indexOf("ID");
    expect(rows.slice(0, 100).map((r) => Number(r[id]))).toEqual(screen.rows.map((a) => a.id));
    const last = await queryAwardPage({ sort: "order", dir: "asc", page: screen.pageCount, pageSize: 100 });
    expect(rows.slice(-last.rows.length).map((r) => Number(r[id]))).toEqual(last.rows.map((a) => a.id));
  }, 120_000);

  it("the XLSX export of a filter matching more than 32,766 awards has those rows and the sum row", async () => {
    const query = { grade: "우수", sort: "incentive", dir: "desc" } as const;
    const screen = await queryAwardPage({ ...query, page: 1, pageSize: 50 });
    expect(screen.total).toBeGreaterThan(32_766);
    const res = await exported("?format=xlsx&grade=%EC%9A%B0%EC%88%98&sort=incentive&dir=desc");
    expect(res.status).toBe(200);
    const lines = readXlsxSheet(new Uint8Array(await res.arrayBuffer()), {
      maxColumns: 16,
      maxRows: 100_000,
      maxCells: 1_000_000,
      maxUncompressedBytes: 512 << 20,
      maxMillis: 60_000,
    });
    const [header, ...body] = lines.map((l) => l.cells);
    const sum = body.pop()!;
    expect(body).toHaveLength(screen.total);
    expect(sum.slice(0, 2)).toEqual(["합계", `${screen.total}건`]);
    const incentive = header.indexOf("인센티브(백만원)");
    expect(tenths(sum[incentive])).toBe(Math.round(screen.incentiveTotalWon / 100_000));
    const id = header.indexOf("ID");
    expect(body.slice(0, 50).map((r) => Number(r[id]))).toEqual(screen.rows.map((a) => a.id));
  }, 120_000);

  it("the CSV export of such a filter answers too", async () => {
    const res = await exported("?format=csv&grade=%EC%9A%B0%EC%88%98");
    expect(res.status).toBe(200);
    expect(parseCsv((await res.text()).slice(1))).toHaveLength(
      1 + (await queryAwardPage({ grade: "우수", sort: "order", dir: "asc", page: 1, pageSize: 1 })).total,
    );
  }, 120_000);

  it("is built once per published state: the file is reused until something is published", async () => {
    const before = await (await list("?format=csv&year=2011")).text();
    // A write that published nothing (no audit row, as a publish always writes) is not seen...
    db.$client.prepare("update awards set title = title || ' 고침' where year = 2011").run();
    expect(await (await list("?format=csv&year=2011")).text()).toBe(before);
    // ...and after a publish the next download is built afresh.
    await recordAudit(db, { actor: null, action: "award.update", entityType: "award", entityId: 1, note: "시험" });
    const after = await (await list("?format=csv&year=2011")).text();
    expect(after).not.toBe(before);
    expect(after).toContain(" 고침");
  }, 120_000);

  it("builds at most two exports at once and tells the third to come back", async () => {
    const responses = await Promise.all(
      ["2012", "2013", "2014", "2015"].map((year) => exported(`?format=xlsx&year=${year}&sort=title`)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    const refused = responses.find((r) => r.status === 503)!;
    expect(refused.headers.get("retry-after")).toBe("5");
    expect((await refused.json()).error.message).toContain("잠시 뒤 다시 시도해 주세요");
  }, 120_000);
});
