import ExcelJS from "exceljs";
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

  it("keeps text that would start a formula as text with a leading apostrophe", async () => {
    const rows = ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)", "평범한 제목"].map((name) => ({
      name,
      amount: -5,
    }));
    const sheet = (await open(await toXlsx({ name: "자료", columns, rows }, [["조건", "=1+1"]]))).getWorksheet("자료")!;
    expect([2, 3, 4, 5, 6].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "평범한 제목",
    ]);
    expect(sheet.getCell("A2").formula).toBeUndefined();
    // Numbers are ours, not typed text: a negative stays a number.
    expect(sheet.getCell("B2").value).toBe(-5);
  });
});
