import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatKpiValue,
  formatMillionWon,
  formatSigned,
  formatWon,
  groupDigits,
} from "./format";

describe("groupDigits", () => {
  it.each([
    ["1234567.89", "1,234,567.89"],
    ["1000", "1,000"],
    ["999", "999"],
    ["0.778", "0.778"],
    ["-1234", "-1,234"],
    ["1270.5", "1,270.5"],
    ["12190", "12,190"],
  ])("%j → %j", (input, output) => {
    expect(groupDigits(input)).toBe(output);
  });

  it("keeps every decimal digit it was given", () => {
    expect(groupDigits("1234.000100")).toBe("1,234.000100");
  });
});

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(61)).toBe("61");
    expect(formatCount(12345)).toBe("12,345");
  });
});

describe("formatMillionWon", () => {
  it("keeps the document's '-' for no incentive", () => {
    expect(formatMillionWon(null)).toBe("-");
    expect(formatMillionWon(null, { unit: true })).toBe("-");
  });

  it("writes 백만원 with grouping, and the unit on request", () => {
    expect(formatMillionWon(297_200_000)).toBe("297.2");
    expect(formatMillionWon(1_270_500_000)).toBe("1,270.5");
    expect(formatMillionWon(1_270_500_000, { unit: true })).toBe("1,270.5백만원");
    expect(formatMillionWon(0)).toBe("0");
  });
});

describe("formatWon", () => {
  it.each([
    [1_219_000_000_000, "eok", "12,190억원"],
    [8_105_400_000_000, "jo", "8조 1,054억원"],
    [12_203_700_000_000, "jo", "12조 2,037억원"],
    [90_240_000, "man", "9,024만원"],
    [1_450_000_000, "eok", "14.5억원"],
    [12_000_000_000_000, "jo", "12조원"],
    // Below 1조 the "jo" style falls back to 억원 alone rather than "0조 500억원".
    [50_000_000_000, "jo", "500억원"],
    [-1_450_000_000, "eok", "-14.5억원"],
    [0, "man", "0만원"],
  ] as const)("%d won in %s style is %j", (won, style, text) => {
    expect(formatWon(won, style)).toBe(text);
  });
});

describe("formatKpiValue", () => {
  it("prints money in its style and other figures with their unit", () => {
    expect(formatKpiValue("1219000000000", "원", "eok")).toBe("12,190억원");
    expect(formatKpiValue("53860000", "원", "man")).toBe("5,386만원");
    expect(formatKpiValue("1.107", "명", null)).toBe("1.107명");
    expect(formatKpiValue("70.5", "%", null)).toBe("70.5%");
    expect(formatKpiValue("6370", "명", null)).toBe("6,370명");
    expect(formatKpiValue("2450", "세대", null)).toBe("2,450세대");
  });

  it("prints won without a money style as plain grouped won", () => {
    expect(formatKpiValue("5000", "원", null)).toBe("5,000원");
  });
});

describe("formatSigned", () => {
  it("marks increases with +, keeps the minus, and shows no change as ±", () => {
    expect(formatSigned("16건", false)).toBe("+16건");
    expect(formatSigned("327.9백만원", false)).toBe("+327.9백만원");
    expect(formatSigned("-2.5백만원", false)).toBe("-2.5백만원");
    expect(formatSigned("0건", true)).toBe("±0건");
  });
});

describe("dates", () => {
  it("are shown in Seoul time whatever the server's zone", () => {
    // 16:00 UTC is already the next day in Seoul (UTC+9).
    expect(formatDate(new Date("2026-11-24T16:00:00Z"))).toBe("2026년 11월 25일");
    expect(formatDateTime(new Date("2026-11-25T06:30:00Z"))).toBe("2026. 11. 25. 15:30");
  });
});
