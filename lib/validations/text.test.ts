import { describe, expect, it } from "vitest";
import { requiredText } from "./text";

const title = requiredText("수상명", 200);
const messages = (value: string) => (title.safeParse(value).error?.issues ?? []).map((i) => i.message);

describe("requiredText: only text a reader can see is published", () => {
  it.each([
    ["U+3164 hangul filler", "\u3164"],
    ["U+3164 repeated", "\u3164\u3164\u3164"],
    ["U+115F choseong filler", "\u115f"],
    ["U+1160 jungseong filler", "\u1160"],
    ["U+FFA0 halfwidth filler", "\uffa0\uffa0"],
    ["fillers and spaces", " \u3164 \uffa0 "],
    ["braille blank", "\u2800"],
  ])("refuses a title made only of %s", (_, value) => {
    expect(messages(value)).toEqual(["수상명을 보이는 글자로 입력해 주세요."]);
  });

  it.each([
    ["U+2028 line separator", "우수\u2028기관"],
    ["U+2029 paragraph separator", "우수\u2029기관"],
    ["U+034F combining grapheme joiner", "우수\u034f기관"],
    ["U+034F alone", "\u034f"],
    ["RTL override", "\u202e우수기관"],
    ["zero-width space", "우수\u200b기관"],
    ["NUL", "우수\u0000기관"],
  ])("refuses a title containing %s", (_, value) => {
    expect(messages(value)).toContain("수상명에 쓸 수 없는 제어 문자가 있습니다.");
  });

  it.each(["우수기관", "ㄱ", "2023년 ＡＢＣ 평가 (우수)", "❤️ 나눔 대상", "Ａ"])("keeps %j", (value) => {
    expect(title.safeParse(value).success).toBe(true);
  });
});
