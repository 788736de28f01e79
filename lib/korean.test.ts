import { describe, expect, it } from "vitest";
import { particleFor, withParticle } from "./korean";

describe("withParticle", () => {
  it("follows the last Hangul syllable, as in the registry rename message", () => {
    expect(withParticle("식산업 자원과", "을/를")).toBe("식산업 자원과를");
    expect(withParticle("주민복지과", "으로/로")).toBe("주민복지과로");
    expect(withParticle("세정과", "이/가")).toBe("세정과가");
    expect(withParticle("기획감사실", "이/가")).toBe("기획감사실이");
    expect(withParticle("기획감사실", "으로/로")).toBe("기획감사실로");
    expect(withParticle("행정안전부", "과/와")).toBe("행정안전부와");
    expect(withParticle("주관기관", "은/는")).toBe("주관기관은");
    expect(withParticle("민원팀", "으로/로")).toBe("민원팀으로");
  });

  it("reads digits as Korean numbers, by their place when they end in zeros", () => {
    expect(withParticle("2023년", "은/는")).toBe("2023년은");
    expect(particleFor("13", "은/는")).toBe("은"); // 삼
    expect(particleFor("12", "은/는")).toBe("는"); // 이
    expect(particleFor("7", "으로/로")).toBe("로"); // 칠: ㄹ takes 로
    expect(particleFor("6", "이/가")).toBe("이"); // 육
    expect(particleFor("10", "을/를")).toBe("을"); // 십
    expect(particleFor("200", "이/가")).toBe("이"); // 백
    expect(particleFor("3000", "과/와")).toBe("과"); // 천
    expect(particleFor("0", "이/가")).toBe("이"); // 영
  });

  it("spells Latin letters as Korean readers do", () => {
    expect(withParticle("API", "을/를")).toBe("API를"); // 아이
    expect(withParticle("XLSX", "으로/로")).toBe("XLSX로"); // 엑스
    expect(withParticle("SMTP", "이/가")).toBe("SMTP가"); // 피
    expect(withParticle("HTML", "을/를")).toBe("HTML을"); // 엘
    expect(withParticle("CSV", "은/는")).toBe("CSV는");
  });

  it("looks through closing marks and falls back to both forms when the sound cannot be told", () => {
    expect(withParticle("「수상명」", "을/를")).toBe("「수상명」을");
    expect(withParticle("세정과(2023)", "으로/로")).toBe("세정과(2023)으로"); // the parenthesis' last sound: 삼
    expect(withParticle("★", "을/를")).toBe("★을(를)");
    expect(withParticle("", "으로/로")).toBe("(으)로");
  });
});
