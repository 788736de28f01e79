import { describe, expect, it } from "vitest";
import { fieldErrors } from "./issues";
import { noticeSettingsSchema } from "./notice-settings";

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = noticeSettingsSchema.safeParse(input);
  if (parsed.success) throw new Error("expected a refusal");
  return fieldErrors(parsed.error);
};

describe("notice settings", () => {
  it("take an address and the ticked box", () => {
    expect(noticeSettingsSchema.parse({ email: " hong@korea.kr ", notify: "on" })).toEqual({
      email: "hong@korea.kr",
      notify: true,
    });
  });

  it("read a full-width address typed with the Korean IME on", () => {
    expect(noticeSettingsSchema.parse({ email: "ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ", notify: "on" }).email).toBe(
      "hong@korea.kr",
    );
  });

  it("an unticked box and an empty address mean no notices and no address kept", () => {
    expect(noticeSettingsSchema.parse({ email: "" })).toEqual({ email: undefined, notify: false });
  });

  it("keep an address without notices", () => {
    expect(noticeSettingsSchema.parse({ email: "hong@korea.kr" })).toEqual({ email: "hong@korea.kr", notify: false });
  });

  it("refuse notices without an address, beside the address field", async () => {
    expect(await errorsOf({ email: "", notify: "on" })).toEqual({
      email: ["알림을 받으려면 이메일 주소를 입력해 주세요."],
    });
  });

  it.each(["hong", "hong@", "@korea.kr", "홍 길동@korea.kr", "hong@korea"])(
    "refuse %s with an example",
    async (email) => {
      expect((await errorsOf({ email, notify: "on" })).email).toEqual([
        "이메일 주소 형식이 올바르지 않습니다. 예: hong@korea.kr",
      ]);
    },
  );

  it("refuse an address longer than SMTP carries", async () => {
    expect((await errorsOf({ email: `${"a".repeat(250)}@korea.kr` })).email).toEqual([
      "이메일 주소는 254자 이하여야 합니다.",
    ]);
  });
});
