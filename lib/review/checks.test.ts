import { describe, expect, it } from "vitest";
import { awards2023 } from "@/db/seed/awards-2023";
import { parseMillionWon } from "@/lib/money";
import {
  awardPair,
  duplicateFlag,
  incentiveSpread,
  isLikelyDuplicate,
  levenshtein,
  matchRegistryName,
  normaliseTitle,
  outlierFlag,
  pairKey,
  similarity,
  spellingFlag,
  titleKey,
} from "./checks";

const AUDIT_A = "2023년도 시·군 감사 운영실태 평가";
const AUDIT_B = "2023년 시군 감사운영실태 평가";
const won = (millionWon: string) => parseMillionWon(millionWon)!;

describe("normaliseTitle", () => {
  it("drops year markers, spaces and punctuation", () => {
    expect(normaliseTitle(AUDIT_A)).toBe("시군감사운영실태평가");
    expect(normaliseTitle(AUDIT_B)).toBe("시군감사운영실태평가");
    expect(normaliseTitle("2023년('22년도 실적) 시군종합평가 우수기관")).toBe("시군종합평가우수기관");
    expect(normaliseTitle("2023년('22년실적) 시군종합평가 우수기관")).toBe("시군종합평가우수기관");
    expect(normaliseTitle("’22년도 실적 시군종합평가")).toBe("시군종합평가");
  });

  it("treats middle dots as punctuation and keeps other characters", () => {
    expect(normaliseTitle("2022년 주민등록ㆍ인감 업무 우수기관")).toBe("주민등록인감업무우수기관");
    expect(normaliseTitle("대한민국 안전大전환, 2023년 집중안전점검 평가")).toBe("대한민국안전大전환집중안전점검평가");
    expect(normaliseTitle("New York Festivals")).toBe("newyorkfestivals");
  });

  it("keeps numbers that name a round", () => {
    expect(normaliseTitle("제15회 지방자치단체 건강증진사업 우수기관")).toBe("제15회지방자치단체건강증진사업우수기관");
    expect(titleKey("2023년 1분기 소비투자분야 우수기관").editions).toBe("1");
    expect(titleKey("2023년 상반기 재정집행 우수기관").editions).toBe("상반기");
  });
});

describe("similarity", () => {
  it("counts edits per Hangul syllable", () => {
    expect(levenshtein("감사운영", "감사운영")).toBe(0);
    expect(levenshtein("감사운영", "감사운용")).toBe(1);
    expect(levenshtein("", "평가")).toBe(2);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(similarity("시군감사운영실태평가", "시군감사운용실태평가")).toBeCloseTo(0.9, 5);
    expect(similarity("", "")).toBe(1);
  });
});

describe("isLikelyDuplicate", () => {
  const dup = (a: string, b: string) => isLikelyDuplicate(titleKey(a), titleKey(b));

  it("flags the two 감사 운영실태 titles of the seed", () => {
    expect(dup(AUDIT_A, AUDIT_B)).toBe(true);
  });

  it("flags a one-syllable typo and not a different award", () => {
    expect(dup("2023년 지역사회 금연환경 조성사업 우수기관", "2023년 지역사회 금연환경 조성사업 우수기간")).toBe(true);
    expect(dup("2023년 통합건강증진사업 운영성과 평가", "2023년 통합건강증진사업 우수사례")).toBe(false);
  });

  it("does not flag rounds that differ only in their number or half", () => {
    expect(dup("2023년 1분기 소비투자분야 우수기관", "2023년 3분기 소비투자분야 우수기관")).toBe(false);
    expect(dup("제15회 치매극복의 날 유공기관", "제16회 치매극복의 날 유공기관")).toBe(false);
    expect(dup("2023년 상반기 재정집행 우수기관", "2023년 하반기 재정집행 우수기관")).toBe(false);
  });

  it("never flags an empty title", () => {
    expect(dup("2023년", "2023년도")).toBe(false);
  });

  it("finds exactly one likely duplicate among the seeded awards: the 감사 운영실태 pair", () => {
    const found: string[][] = [];
    awards2023.forEach((a, i) => {
      for (const b of awards2023.slice(i + 1)) {
        if (a.agency === b.agency && dup(a.title, b.title)) found.push([a.title, b.title]);
      }
    });
    expect(found).toEqual([[AUDIT_A, AUDIT_B]]);
  });

  it("says what and where", () => {
    const flag = duplicateFlag(
      { agency: "충청북도", year: 2023 },
      { title: AUDIT_B, where: "게시된 실적 #36", pair: awardPair(36, 35) },
    );
    expect(flag).toEqual({
      kind: "duplicate",
      field: "title",
      message: `중복 의심: 같은 주관기관(충청북도)·같은 연도(2023년)에 제목이 거의 같은 실적이 있습니다 — 게시된 실적 #36 「${AUDIT_B}」.`,
      pair: { low: 35, high: 36 },
    });
    expect(pairKey(36, 35)).toBe("35:36");
  });
});

describe("matchRegistryName", () => {
  const registry = [
    { id: 10, name: "통합일자리지원단" },
    { id: 11, name: "상하수도 사업소" },
    { id: 12, name: "기획감사실" },
  ];
  const variants = [
    { id: 10, name: "통합일자리 지원단", how: "별칭" as const },
    { id: 12, name: "기획예산담당관", how: "이전 이름" as const },
  ];

  it("matches the registry name exactly", () => {
    expect(matchRegistryName(" 기획감사실 ", registry, variants)).toEqual({ kind: "exact", id: 12 });
  });

  it("resolves an alias, a former name and a spacing variant, and says which", () => {
    expect(matchRegistryName("통합일자리 지원단", registry, variants)).toEqual({
      kind: "variant",
      id: 10,
      registered: "통합일자리지원단",
      how: "별칭",
    });
    expect(matchRegistryName("기획예산담당관", registry, variants)).toEqual({
      kind: "variant",
      id: 12,
      registered: "기획감사실",
      how: "이전 이름",
    });
    expect(matchRegistryName("상하수도사업소", registry, variants)).toEqual({
      kind: "variant",
      id: 11,
      registered: "상하수도 사업소",
      how: "띄어쓰기",
    });
    expect(matchRegistryName("기획 감사실", registry, variants)).toEqual({
      kind: "variant",
      id: 12,
      registered: "기획감사실",
      how: "띄어쓰기",
    });
  });

  it("leaves anything else unknown", () => {
    expect(matchRegistryName("기획감사과", registry, variants)).toEqual({ kind: "unknown" });
  });

  it("names the column, the typed name and the registered one", () => {
    const match = matchRegistryName("통합일자리 지원단", registry, variants);
    if (match.kind !== "variant") throw new Error("expected a variant");
    expect(spellingFlag("departmentIds", "담당부서", "통합일자리 지원단", match).message).toBe(
      "표기 차이: 담당부서 「통합일자리 지원단」은 등록된 이름 「통합일자리지원단」과 다르게 적혀 있습니다(별칭). 등록된 이름으로 처리합니다.",
    );
  });
});

describe("incentive outliers", () => {
  const five = ["1", "2", "2", "3", "4"].map(won);

  it("uses median and median absolute deviation", () => {
    expect(incentiveSpread(five)).toEqual({ count: 5, median: won("2"), mad: won("1") });
    expect(incentiveSpread([won("1"), won("3"), won("5"), won("7"), won("9"), won("11")])).toEqual({
      count: 6,
      median: won("6"),
      mad: won("3"),
    });
  });

  it("flags an amount beyond 3 MADs once the body has 5 awards with an incentive", () => {
    expect(outlierFlag("충청북도", won("5"), five)).toBeNull(); // |5 − 2| = 3 MADs: on the edge, not beyond
    const flag = outlierFlag("충청북도", won("5.1"), five);
    expect(flag?.field).toBe("incentive");
    expect(flag?.message).toBe(
      "인센티브 확인: 5.1백만원은 충청북도의 게시된 인센티브 5건의 중앙값 2백만원에서 중앙값 절대편차(1백만원)의 3배 넘게 벗어납니다. 보통 범위: 0–5백만원.",
    );
  });

  it("stays silent with 4 awards, or with no incentive to judge", () => {
    expect(outlierFlag("충청북도", won("500"), five.slice(0, 4))).toBeNull();
    expect(outlierFlag("충청북도", null, five)).toBeNull();
  });

  it("flags any other amount when the body always gives the same", () => {
    const same = Array(5).fill(won("100"));
    expect(outlierFlag("행정안전부", won("100"), same)).toBeNull();
    expect(outlierFlag("행정안전부", won("100.1"), same)).not.toBeNull();
  });

  it("judges 충청북도's seeded incentives: 500 stands out, 3 does not", () => {
    const published = awards2023
      .filter((a) => a.agency === "충청북도" && a.incentive !== null)
      .map((a) => won(a.incentive!));
    expect(published).toHaveLength(13);
    expect(incentiveSpread(published)).toEqual({ count: 13, median: won("4"), mad: won("3.5") });
    expect(outlierFlag("충청북도", won("500"), published)).not.toBeNull();
    expect(outlierFlag("충청북도", won("3"), published)).toBeNull();
  });
});
