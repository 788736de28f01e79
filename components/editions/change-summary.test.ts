import { describe, expect, it } from "vitest";
import { changeSummary } from "./change-summary";

const day = {
  day: "2024-03-02",
  firstAt: new Date("2024-03-02T01:00:00Z"),
  awardsAdded: 0,
  awardsRemoved: 0,
  awardsChanged: 0,
  incentiveDeltaWon: 0,
  kpiValues: 0,
  narrative: 0,
};

describe("a change log line", () => {
  it("says an added award and its incentive in 백만원, signed", () => {
    expect(changeSummary({ ...day, awardsAdded: 1, incentiveDeltaWon: 12_300_000 })).toBe(
      "수상 1건 추가, 인센티브 +12.3백만원",
    );
  });

  it("says a removal as a negative change, and the other kinds of change", () => {
    expect(changeSummary({ ...day, awardsRemoved: 2, incentiveDeltaWon: -1_500_000, kpiValues: 1, narrative: 3 })).toBe(
      "수상 2건 삭제, 인센티브 -1.5백만원, 지표 값 1건 게시, 분야별 서술 3건 변경",
    );
    expect(changeSummary({ ...day, awardsChanged: 1 })).toBe("수상 1건 수정, 인센티브 ±0백만원");
  });
});
