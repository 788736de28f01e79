import { describe, expect, it } from "vitest";
import { dayField, dayRangeError, endOfKoreanDay, startOfKoreanDay } from "./day";

const from = dayField("시작일");

describe("a day typed into a filter", () => {
  it("reads the ways Korean offices write a date", () => {
    for (const typed of ["2024-01-31", "2024.1.31", "2024. 1. 31.", "2024/01/31", "20240131"])
      expect(from.parse(typed)).toBe("2024-01-31");
  });

  it("refuses what is not a date, or a day that does not exist, in Korean naming the field", () => {
    expect(from.safeParse("1월 31일").error?.issues[0].message).toBe(
      "시작일은 2024-01-31처럼 연-월-일로 입력해 주세요.",
    );
    expect(from.safeParse("2024-02-30").error?.issues[0].message).toBe(
      "2024년 2월 30일은 없는 날짜입니다. 시작일을 확인해 주세요.",
    );
    expect(from.safeParse("1999-12-31").error?.issues[0].message).toBe("시작일은 2000년 이후여야 합니다.");
    expect(dayField("종료일").safeParse("2024131").error?.issues[0].message).toContain("종료일은");
  });

  it("spans the day in Korea, whatever the server's time zone", () => {
    expect(startOfKoreanDay("2024-01-31").toISOString()).toBe("2024-01-30T15:00:00.000Z");
    expect(endOfKoreanDay("2024-01-31").toISOString()).toBe("2024-01-31T15:00:00.000Z");
  });

  it("refuses an end before the start, and accepts the same day", () => {
    expect(dayRangeError("2024-02-01", "2024-01-31")).toBe("종료일은 시작일과 같거나 그 뒤여야 합니다.");
    expect(dayRangeError("2024-01-31", "2024-01-31")).toBeNull();
    expect(dayRangeError(undefined, "2024-01-31")).toBeNull();
  });
});
