import { describe, expect, it } from "vitest";
import { awardSearchText, initials, searchKey, titleSortKey } from "./normalize";

describe("searchKey", () => {
  it("ignores spacing, including the ideographic space", () => {
    expect(searchKey("지역사회 통합돌봄")).toBe(searchKey("지역사회통합돌봄"));
    expect(searchKey("지역사회\u3000통합 돌봄 ")).toBe("지역사회통합돌봄");
  });

  it("treats every middle-dot variant as the same separator", () => {
    const variants = ["·", "ㆍ", "・", "‧", "•", "∙", "⋅", "\u00b7", "\u318d", "\u30fb", "\u2027", "\u2022"];
    for (const dot of [...variants, "\u2219", "\u22c5"]) expect(searchKey(`운영${dot}관리`)).toBe("운영관리");
  });

  it("reads hanja written inside Korean words", () => {
    expect(searchKey("안전大전환")).toBe(searchKey("안전대전환"));
    expect(searchKey("新성장동력")).toBe("신성장동력");
    expect(searchKey("必환경")).toBe("필환경");
  });

  it("composes decomposed Hangul and narrows full-width ASCII", () => {
    expect(searchKey("통합돌봄".normalize("NFD"))).toBe("통합돌봄");
    expect(searchKey("ＳＤＧｓ ２０２３")).toBe("sdgs2023");
  });

  it("keeps initial-consonant jamo as typed", () => {
    expect(searchKey("ㅊㅁ")).toBe("ㅊㅁ");
  });
});

describe("initials", () => {
  it("replaces each syllable by its initial consonant and keeps the rest", () => {
    expect(initials("청렴도평가")).toBe("ㅊㄹㄷㅍㄱ");
    expect(initials("제1회까치")).toBe("ㅈ1ㅎㄲㅊ");
  });
});

describe("awardSearchText", () => {
  const text = awardSearchText({
    title: "대한민국 안전大전환, 2023년 집중안전점검 평가",
    grade: "최우수",
    agencyName: "충청북도",
    departmentNames: ["안전총괄과", "주민 복지과"],
  });

  it("holds every field's key and the title's initials", () => {
    expect(text).toContain("안전대전환");
    expect(text).toContain("최우수");
    expect(text).toContain("충청북도");
    expect(text).toContain("주민복지과");
    expect(text).toContain("ㄷㅎㅁㄱㅇㅈㄷㅈㅎ");
  });

  it("never joins two fields into one match", () => {
    expect(text).not.toContain(searchKey("평가 최우수"));
    expect(text).not.toContain(searchKey("안전총괄과주민"));
  });
});

describe("titleSortKey", () => {
  const sorted = (titles: string[]) =>
    [...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : titleSortKey(a) > titleSortKey(b) ? 1 : 0));

  it("orders digit runs by value", () => {
    expect(sorted(["제10회 대회", "제8기 평가", "제1회 대회", "제2회 대회", "제100회 대회"])).toEqual([
      "제1회 대회",
      "제2회 대회",
      "제8기 평가",
      "제10회 대회",
      "제100회 대회",
    ]);
    expect(titleSortKey("제007회")).toBe(titleSortKey("제7회"));
  });

  it("orders Hangul in 가나다 order, ㄲ after ㄱ", () => {
    expect(sorted(["하늘", "나무", "까치", "가지", "다리"])).toEqual(["가지", "까치", "나무", "다리", "하늘"]);
  });

  it("ignores spacing and reads hanja", () => {
    expect(titleSortKey("안전 大전환")).toBe(titleSortKey("안전대전환"));
  });
});
