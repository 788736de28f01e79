import { describe, expect, it } from "vitest";
import { toCsv, type CsvColumn } from "./csv";

type Row = { name: string; note: string | null; amount: number | null };
const columns: CsvColumn<Row>[] = [
  { header: "이름", value: (r) => r.name },
  { header: "비고", value: (r) => r.note },
  { header: "금액", value: (r) => r.amount },
];

describe("toCsv", () => {
  it("starts with a BOM and the header, and ends every line in CRLF", () => {
    const csv = toCsv([{ name: "기획감사실", note: null, amount: 297.2 }], columns);
    expect(csv).toBe("\uFEFF이름,비고,금액\r\n기획감사실,,297.2\r\n");
  });

  it("writes only the header for no rows", () => {
    expect(toCsv([], columns)).toBe("\uFEFF이름,비고,금액\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 asks", () => {
    const csv = toCsv([{ name: 'a, "b"', note: "첫 줄\n둘째 줄", amount: 1 }], columns);
    expect(csv.split("\r\n")[1]).toBe('"a, ""b""","첫 줄\n둘째 줄",1');
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+82", "'+82"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    // A carriage return also forces quoting.
    ["\rcmd", `"'\rcmd"`],
  ])("makes %j text, not a formula", (text, cell) => {
    expect(toCsv([{ name: text, note: null, amount: null }], columns).split("\r\n")[1]).toBe(`${cell},,`);
  });

  it("quotes a neutralised cell that also needs quoting", () => {
    const line = toCsv([{ name: '=HYPERLINK("http://x","y")', note: null, amount: null }], columns).split("\r\n")[1];
    expect(line).toBe(`"'=HYPERLINK(""http://x"",""y"")",,`);
  });

  it("leaves numbers alone, negative ones included, and refuses non-finite ones", () => {
    expect(toCsv([{ name: "x", note: null, amount: -5 }], columns).split("\r\n")[1]).toBe("x,,-5");
    expect(() => toCsv([{ name: "x", note: null, amount: Number.NaN }], columns)).toThrow();
  });

  it("leaves text that only contains a formula character later on", () => {
    expect(toCsv([{ name: "A-1 = B", note: "x@y", amount: null }], columns).split("\r\n")[1]).toBe("A-1 = B,x@y,");
  });
});
