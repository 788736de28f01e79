import { describe, expect, it } from "vitest";
import { awardYearField, awardYearMax, yearField, yearMax } from "./year";

describe("an award's year", () => {
  const thisYear = new Date().getFullYear();

  it("is this year at the latest: an award is entered once received", () => {
    expect(awardYearMax()).toBe(thisYear);
    expect(awardYearField().safeParse(String(thisYear)).success).toBe(true);
    const next = awardYearField().safeParse(String(thisYear + 1));
    expect(next.success).toBe(false);
    expect(next.error?.issues[0].message).toBe(
      `연도는 올해(${thisYear}년)까지만 입력할 수 있습니다. 상은 받은 뒤에 입력해 주세요.`,
    );
  });

  it("while other years (an edition being prepared) may still be next year", () => {
    expect(yearMax()).toBe(thisYear + 1);
    expect(yearField().safeParse(String(thisYear + 1)).success).toBe(true);
  });
});
