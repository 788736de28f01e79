import { describe, expect, it } from "vitest";
import { parseKoreanNumber, type KoreanNumberOptions } from "./number";

const incentive: KoreanNumberOptions = { label: "인센티브", units: ["백만원"], maxDecimals: 1, step: "0.1백만원 단위" };
const kpi: KoreanNumberOptions = { anyUnit: true, allowNegative: true, maxDecimals: 4 };

describe("parseKoreanNumber reads what Korean staff type", () => {
  it.each([
    ["12.3", "12.3"],
    ["1,234.5", "1234.5"],
    ["1,234,567", "1234567"],
    ["１２.３", "12.3"],
    ["１，２３４．５", "1234.5"],
    ["12.3백만원", "12.3"],
    ["12.3 백만원", "12.3"],
    ["  297.2\u00a0", "297.2"],
    ["0", "0"],
    ["007", "7"],
    ["12.30", "12.3"],
    ["0.1", "0.1"],
    [".5", "0.5"],
    ["+5", "5"],
    ["-0", "0"],
  ])("incentive %j → %j", (text, value) => {
    expect(parseKoreanNumber(text, incentive)).toMatchObject({ ok: true, value });
  });

  it.each([
    ["-1.5", "-1.5", null],
    ["－１.５", "-1.5", null],
    ["\u22123", "-3", null],
    ["△ 2.1", "-2.1", null],
    ["- 4", "-4", null],
    ["70.5%", "70.5", "%"],
    ["70.5 ％", "70.5", "%"],
    ["1.107명", "1.107", "명"],
    ["12,190억원", "12190", "억원"],
    ["0.0001", "0.0001", null],
  ])("KPI value %j → %j (unit %j)", (text, value, unit) => {
    expect(parseKoreanNumber(text, kpi)).toEqual({ ok: true, value, unit });
  });

  it.each(["12,3", "1,23", "1,2345", "12,34,567", ",5", "1,234.5,6", "1.2,3"])(
    "refuses the comma in %j and says why",
    (text) => {
      const result = parseKoreanNumber(text, incentive);
      expect(result).toMatchObject({ ok: false, error: "comma" });
      if (!result.ok) expect(result.message).toContain("쉼표(,)는 세 자리마다 끊는 천 단위 구분에만");
    },
  );

  it.each([
    ["", "empty", "인센티브를 입력해 주세요."],
    ["   ", "empty", "인센티브를 입력해 주세요."],
    ["abc", "not-a-number", "인센티브는 숫자로 입력해 주세요."],
    ["1e3", "not-a-number", "인센티브는 숫자로 입력해 주세요."],
    ["0x10", "not-a-number", "인센티브는 숫자로 입력해 주세요."],
    ["Infinity", "not-a-number", "인센티브는 숫자로 입력해 주세요."],
    ["1.2.3", "not-a-number", "인센티브는 숫자로 입력해 주세요."],
    ["-", "not-a-number", "인센티브는 숫자로 입력해 주세요."],
    ["12.3원", "unit", "단위는 「백만원」만 쓸 수 있습니다."],
    ["12.3%", "unit", "단위는 「백만원」만 쓸 수 있습니다."],
    ["-1", "negative", "인센티브는 0 이상이어야 합니다."],
    ["△1", "negative", "인센티브는 0 이상이어야 합니다."],
    ["1.23", "decimals", "인센티브는 소수점 아래 한 자리(0.1백만원 단위)까지만 입력할 수 있습니다."],
    ["1234567890123456", "too-large", "인센티브가 너무 큽니다."],
  ])("refuses %j as %s", (text, error, message) => {
    const result = parseKoreanNumber(text, incentive);
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok) expect(result.message).toContain(message);
  });

  it("refuses a unit when none is allowed, and decimals in a whole-number field", () => {
    expect(parseKoreanNumber("5명")).toMatchObject({ ok: false, error: "unit" });
    expect(parseKoreanNumber("2.5", { label: "연도", maxDecimals: 0 })).toEqual({
      ok: false,
      error: "decimals",
      message: "연도는 정수로 입력해 주세요.",
    });
  });

  it("keeps every digit exactly (no float rounding)", () => {
    expect(parseKoreanNumber("999,999,999,999,999.9999", kpi)).toEqual({
      ok: true,
      value: "999999999999999.9999",
      unit: null,
    });
  });
});
