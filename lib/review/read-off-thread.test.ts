import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildZip, textEntry } from "@/test/zip-build";
import { XLSX_LIMITS } from "./import-file";
import { NOT_INSTALLED, readInWorkerThread } from "./read-off-thread";

// The worker runs from .worker/import-worker.mjs, which Vitest's globalSetup bundles the same way the
// production build does (scripts/build-worker.mjs), so these tests read files through the shipped path.

const HEADER = ["연도", "수상명", "주관기관", "등급", "인센티브(백만원)", "담당부서"];
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const sheet = (rows: string[]) =>
  buildZip([
    textEntry(
      "xl/worksheets/sheet1.xml",
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<sheetData>${rows.join("")}</sheetData></worksheet>`,
    ),
  ]);
const headerRow = `<row r="1">${HEADER.map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join("")}</row>`;

/** Runs `work` while a 5 ms interval ticks on this thread; the longest gap between ticks shows whether it blocked. */
async function whileTicking<T>(work: () => Promise<T>) {
  const ticks: number[] = [performance.now()];
  const timer = setInterval(() => ticks.push(performance.now()), 5);
  const value = await work();
  clearInterval(timer);
  ticks.push(performance.now());
  const longestGap = Math.max(...ticks.slice(1).map((t, i) => t - ticks[i]!));
  return { value, ticks: ticks.length - 2, longestGap, millis: ticks.at(-1)! - ticks[0]! };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("readInWorkerThread", () => {
  it("reads a file in another thread", async () => {
    const csv = `${HEADER.join(",")}\n2023,우수기관 표창,행정안전부,최우수,10,기획감사실\n`;
    const reply = await readInWorkerThread({ name: "awards.csv", bytes: new TextEncoder().encode(csv) });
    expect(reply.threadId).toEqual(expect.any(Number));
    expect(reply.threadId).not.toBe(threadId);
    expect(reply.result).toMatchObject({ ok: true, rows: [{ row: 2, cells: { 수상명: "우수기관 표창" } }] });
  });

  it("refuses 2,000 rows with a cell in column XFD in Korean while this thread keeps ticking", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 2}">${inline(`XFD${i + 2}`, "x")}</row>`);
    const bytes = sheet([headerRow, ...rows]);
    const run = await whileTicking(() => readInWorkerThread({ name: "hostile.xlsx", bytes }));
    console.log(
      `XFD × 2,000: ${run.millis.toFixed(0)} ms, ${run.ticks} ticks, longest gap ${run.longestGap.toFixed(0)} ms`,
    );
    expect(run.value.threadId).not.toBe(threadId);
    expect(run.value.result).toEqual({
      ok: false,
      message: expect.stringContaining("2행의 16,384번째 열에 값이 있습니다"),
    });
    expect(run.ticks).toBeGreaterThan(0);
    expect(run.longestGap).toBeLessThan(250);
  });

  it("keeps this thread free through a long read: as many cells as the limit allows, then one more", async () => {
    const cells = Array.from({ length: 40 }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}1"/>`).join("");
    const rows = Array.from({ length: XLSX_LIMITS.maxCells / 40 + 1 }, (_, i) => `<row r="${i + 2}">${cells}</row>`);
    const bytes = sheet([headerRow, ...rows]);
    const run = await whileTicking(() => readInWorkerThread({ name: "cells.xlsx", bytes }));
    console.log(
      `too many cells: ${run.millis.toFixed(0)} ms, ${run.ticks} ticks, longest gap ${run.longestGap.toFixed(0)} ms`,
    );
    expect(run.value.result).toEqual({ ok: false, message: expect.stringContaining("셀이 너무 많습니다") });
    // Had the read run on this thread, its whole length would be one gap; the ticks went on through it.
    expect(run.ticks).toBeGreaterThan(10);
    expect(run.longestGap).toBeLessThan(Math.min(250, run.millis / 2));
  });

  it("refuses the upload in Korean and says why in the log when the bundle is missing, never reading in-process", async () => {
    vi.spyOn(process, "cwd").mockReturnValue(fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-no-worker-")));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const csv = `${HEADER.join(",")}\n2023,우수기관 표창,행정안전부,최우수,10,기획감사실\n`;
    const reply = await readInWorkerThread({ name: "awards.csv", bytes: new TextEncoder().encode(csv) });
    expect(reply).toEqual({ threadId: null, result: { ok: false, message: NOT_INSTALLED } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(".worker/import-worker.mjs is missing"));
  });
});
