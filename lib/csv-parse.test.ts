import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { decodeCsv, parseCsv } from "@/lib/csv-parse";

describe("parseCsv", () => {
  it("reads back what toCsv writes, quotes, commas, line breaks and all", () => {
    const rows = [["2023", '따옴표 "안" 제목', "농촌지원과, 기술보급과", "줄\r\n바꿈"]];
    const text = toCsv(
      rows,
      [0, 1, 2, 3].map((i) => ({ header: `열${i}`, value: (r: string[]) => r[i] })),
    );
    expect(parseCsv(text)).toEqual([["열0", "열1", "열2", "열3"], ...rows]);
  });

  it("accepts LF endings and a last line without one", () => {
    expect(parseCsv("a,b\n1,\n2,x")).toEqual([
      ["a", "b"],
      ["1", ""],
      ["2", "x"],
    ]);
  });
});

describe("decodeCsv", () => {
  it("reads UTF-8, and falls back to CP949 as Korean Excel saves CSV", () => {
    expect(decodeCsv(new TextEncoder().encode("\uFEFF연도"))).toBe("연도");
    // "연도" in EUC-KR.
    expect(decodeCsv(new Uint8Array([0xbf, 0xac, 0xb5, 0xb5]))).toBe("연도");
  });
});

describe("decodeCsv, CP949", () => {
  it("reads the extended Hangul that Korean Excel writes (똠 8C63, 뷁 94EE, 쌰 9B58)", () => {
    expect(decodeCsv(new Uint8Array([0x8c, 0x63, 0x94, 0xee, 0x9b, 0x58, 0xb0, 0xa1]))).toBe("똠뷁쌰가");
  });
});
