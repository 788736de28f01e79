import { describe, expect, it } from "vitest";
import { parseMillionWon, shiftDecimal, unshiftDecimal, wonToMillionWon, wonToMillionWonDecimal } from "./money";

describe("parseMillionWon", () => {
  it.each([
    ["297.2", 297_200_000],
    ["0.1", 100_000],
    ["1,270.5", 1_270_500_000],
    ["150", 150_000_000],
    ["0", 0],
    [" 15 ", 15_000_000],
    ["999999999.9", 999_999_999_900_000],
  ])("reads %j as %d won", (text, won) => {
    expect(parseMillionWon(text)).toBe(won);
  });

  it.each(["-1", "1.23", "abc", "1e3", "", " ", ".5", "1.", "0x10", "1,2.3.4", "１５", "Infinity", "1000000000"])(
    "refuses %j",
    (text) => {
      expect(parseMillionWon(text)).toBeNull();
    },
  );
});

describe("wonToMillionWonDecimal", () => {
  it.each([
    [1_270_500_000, "1270.5"],
    [297_200_000, "297.2"],
    [150_000_000, "150"],
    [100_000, "0.1"],
    [0, "0"],
    [-327_900_000, "-327.9"],
    // Finer than the 0.1 step incentives use: every digit is kept rather than rounded away.
    [1_234_567, "1.234567"],
  ])("writes %d won as %j", (won, text) => {
    expect(wonToMillionWonDecimal(won)).toBe(text);
  });

  it("round-trips every 0.1 step through parseMillionWon", () => {
    for (let tenths = 0; tenths <= 20_000; tenths += 7) {
      const won = tenths * 100_000;
      expect(parseMillionWon(wonToMillionWonDecimal(won))).toBe(won);
    }
  });
});

describe("wonToMillionWon", () => {
  it("gives the 백만원 number JSON and charts use", () => {
    expect(wonToMillionWon(1_270_500_000)).toBe(1270.5);
    expect(wonToMillionWon(942_600_000)).toBe(942.6);
    expect(wonToMillionWon(327_900_000)).toBe(327.9);
  });
});

describe("shiftDecimal and unshiftDecimal", () => {
  it.each([
    ["14.5", 8, "1450000000"],
    ["-14.5", 8, "-1450000000"],
    ["-0.5", 8, "-50000000"],
    ["-0", 4, "0"],
    ["0.00001", 4, null],
  ])("shifts %j by %d places to %j", (text, places, shifted) => {
    expect(shiftDecimal(text, places)).toBe(shifted);
    if (shifted !== null && text !== "-0") expect(unshiftDecimal(shifted, places)).toBe(text);
  });
});
