import { constants, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildZip, textEntry } from "@/test/zip-build";
import { readImportFile, XLSX_LIMITS } from "./review/import-file";
import { toXlsx } from "./xlsx";
import { readXlsxSheet } from "./xlsx-read";

const HEADER = ["연도", "수상명", "주관기관", "등급", "인센티브(백만원)", "담당부서"];
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const sheetXml = (rows: string[], dimension = "") =>
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `${dimension}<sheetData>${rows.join("")}</sheetData></worksheet>`;
const headerRow = `<row r="1">${HEADER.map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join("")}</row>`;
const peakRssGrowth = (run: () => void) => {
  const before = process.resourceUsage().maxRSS;
  run();
  return (process.resourceUsage().maxRSS - before) / 1024;
};

describe("readXlsxSheet", () => {
  it("reads back what toXlsx writes: inline strings, numbers, the sum row", async () => {
    const bytes = await toXlsx(
      {
        name: "수상 실적",
        columns: [
          { header: "수상명", value: (r: { t: string; n: number }) => r.t },
          { header: "금액", value: (r) => r.n, numFmt: "#,##0.0" },
        ],
        rows: [
          { t: '따옴표 "<&>" 제목', n: 12.3 },
          { t: "=SUM(A1)", n: 0.1 + 0.2 },
        ],
        sumRow: ["합계", 12.6],
      },
      [["자료", "시험"]],
    );
    expect(readXlsxSheet(bytes, XLSX_LIMITS)).toEqual([
      { row: 1, cells: ["수상명", "금액"] },
      { row: 2, cells: ['따옴표 "<&>" 제목', "12.3"] },
      { row: 3, cells: ["=SUM(A1)", "0.3"] },
      { row: 4, cells: ["합계", "12.6"] },
    ]);
  });

  it("refuses rows with a value in column XFD at once, without allocating the columns before it", () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 2}">${inline(`XFD${i + 2}`, "x")}</row>`);
    const bytes = buildZip([textEntry("xl/worksheets/sheet1.xml", sheetXml([headerRow, ...rows]))]);
    expect(bytes.length).toBeLessThan(40_000);
    let result: ReturnType<typeof readImportFile> | undefined;
    const growthMb = peakRssGrowth(() => {
      result = readImportFile({ name: "hostile.xlsx", bytes });
    });
    expect(result).toEqual({ ok: false, message: expect.stringContaining("2행의 16,384번째 열에 값이 있습니다") });
    expect(growthMb).toBeLessThan(50);
  });

  it("refuses a sheet that declares itself wider than the limit before reading any row", () => {
    const bytes = buildZip([
      textEntry("xl/worksheets/sheet1.xml", sheetXml([headerRow], '<dimension ref="A1:XFD2001"/>')),
    ]);
    expect(readImportFile({ name: "wide.xlsx", bytes })).toEqual({
      ok: false,
      message: expect.stringContaining("16,384번째 열"),
    });
  });

  it("refuses more cells than the limit, even empty ones", () => {
    const cells = Array.from({ length: 40 }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}1"/>`).join("");
    const rows = Array.from({ length: XLSX_LIMITS.maxCells / 40 + 1 }, (_, i) => `<row r="${i + 2}">${cells}</row>`);
    const bytes = buildZip([textEntry("xl/worksheets/sheet1.xml", sheetXml([headerRow, ...rows]))]);
    const result = readImportFile({ name: "cells.xlsx", bytes });
    expect(result).toEqual({ ok: false, message: expect.stringContaining("셀이 너무 많습니다") });
  });

  describe("a zip bomb (300 MB of zeros in 300 KB)", () => {
    // Deflated zeros, byte-aligned by a sync flush, so the piece can be repeated into one stream.
    const piece = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    const bomb = new Uint8Array(Buffer.concat([...Array(300).fill(piece), Buffer.from([1, 0, 0, 255, 255])]));
    const zipOf = (declared: number) =>
      buildZip([{ name: "xl/worksheets/sheet1.xml", data: bomb, size: declared, method: 8 }]);

    it("is refused from its declared size, before anything is inflated", () => {
      let result: ReturnType<typeof readImportFile> | undefined;
      const growthMb = peakRssGrowth(() => {
        result = readImportFile({ name: "bomb.xlsx", bytes: zipOf(300 << 20) });
      });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("압축을 풀면 너무 큰 파일입니다") });
      expect(growthMb).toBeLessThan(50);
    });

    it("is refused when it lies about its size, once the inflated bytes pass what it declared", () => {
      let result: ReturnType<typeof readImportFile> | undefined;
      const growthMb = peakRssGrowth(() => {
        result = readImportFile({ name: "bomb.xlsx", bytes: zipOf(4096) });
      });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("압축을 풀면 너무 큰 파일입니다") });
      expect(growthMb).toBeLessThan(50);
    });
  });
});
