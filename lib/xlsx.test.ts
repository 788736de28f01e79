import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { INFO_SHEET_NAME, MILLION_WON_FORMAT, toXlsx } from "./xlsx";

type Row = { name: string; amount: number | null };

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("toXlsx", () => {
  const columns = [
    { header: "이름", value: (r: Row) => r.name },
    { header: "금액(백만원)", value: (r: Row) => r.amount, numFmt: MILLION_WON_FORMAT },
  ];

  it("writes the header, rows as typed cells, the sum row and the 정보 sheet", async () => {
    const bytes = await toXlsx(
      {
        name: "자료",
        columns,
        rows: [
          { name: "가", amount: 1.5 },
          { name: "나", amount: null },
        ],
        sumRow: ["합계", 1.5],
      },
      [["출처", "진천군"]],
    );
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["자료", INFO_SHEET_NAME]);
    const sheet = workbook.getWorksheet("자료")!;
    expect(
      sheet
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([["이름", "금액(백만원)"], ["가", 1.5], ["나"], ["합계", 1.5]]);
    expect(sheet.getCell("B2").numFmt).toBe(MILLION_WON_FORMAT);
    expect(sheet.getRow(4).font?.bold).toBe(true);
    expect(workbook.getWorksheet(INFO_SHEET_NAME)!.getCell("B2").value).toBe("진천군");
  });

  it("keeps text that would start a formula as text: its own value, in a quotePrefix style", async () => {
    const names = ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)", "평범한 제목"];
    const rows = names.map((name) => ({ name, amount: -5 }));
    const bytes = await toXlsx({ name: "자료", columns, rows }, [["조건", "=1+1"]]);
    const sheet = (await open(bytes)).getWorksheet("자료")!;
    // The value is the record's text, with no apostrophe added to it.
    expect([2, 3, 4, 5, 6].map((r) => sheet.getCell(`A${r}`).value)).toEqual(names);
    expect(sheet.getCell("A2").formula).toBeUndefined();
    // What keeps it text when someone edits the cell is the style (Excel's quotePrefix), read from the file.
    const files = unzipSync(bytes);
    const xfs = [...strFromU8(files["xl/styles.xml"]).matchAll(/<xf [^>]*\/>/g)].map((m) => m[0]).slice(1);
    const sheetXml = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheetXml)?.[1] ?? 0);
    const quoted = (ref: string) => xfs[styleOf(ref)].includes('quotePrefix="1"');
    expect([2, 3, 4, 5, 6].map((r) => quoted(`A${r}`))).toEqual([true, true, true, true, false]);
    // Numbers are ours, not typed text: a negative stays a number.
    expect(sheet.getCell("B2").value).toBe(-5);
  });
});
