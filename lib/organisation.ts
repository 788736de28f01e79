import type { AgencyKind, KoglType, Organisation } from "@/db/schema";

/** What every surface shows of the organisation (lib/data/organisation.ts reads it). */
export type OrganisationIdentity = Omit<Organisation, "updatedAt" | "logoKey" | "logoType"> & { hasLogo: boolean };

/**
 * Shown before `npm run setup` or the demo seed has written an identity: neutral words, so a fresh
 * installation never shows another county's name.
 */
export const UNSET_ORGANISATION: OrganisationIdentity = {
  id: 1,
  name: "기관 이름 미설정",
  province: "광역자치단체",
  reviewOffice: "검토 부서",
  address: "",
  phone: "",
  reviewOfficePhone: "",
  koglType: 4,
  sourceTitle: "「주요 성과」",
  privacyOfficerName: "",
  privacyOfficerDepartment: "",
  privacyOfficerContact: "",
  privacyEffectiveOn: "",
  fourEyes: false,
  version: 0,
  hasLogo: false,
};

/** The conditions of each 공공누리 type, as kogl.or.kr words them. */
export const KOGL_CONDITIONS: Record<KoglType, readonly string[]> = {
  1: ["출처표시"],
  2: ["출처표시", "상업적 이용금지"],
  3: ["출처표시", "변경금지"],
  4: ["출처표시", "상업적 이용금지", "변경금지"],
};

/** What each type allows, in a sentence for readers of the downloads page. */
export const KOGL_TERMS: Record<KoglType, string> = {
  1: "출처를 밝히면 상업적으로 이용하거나 내용을 바꾸어 이용하는 것을 포함해 자유롭게 이용할 수 있습니다.",
  2: "출처를 밝히면 자유롭게 이용할 수 있으나, 상업적으로 이용할 수는 없습니다. 내용을 바꾸어 이용할 수는 있습니다.",
  3: "출처를 밝히면 상업적 이용을 포함해 자유롭게 이용할 수 있으나, 내용을 바꾸어 이용할 수는 없습니다.",
  4: "출처를 밝히면 자유롭게 이용할 수 있으나, 상업적으로 이용하거나 내용을 바꾸어 이용할 수는 없습니다.",
};

export function koglType(value: number): KoglType {
  return value === 1 || value === 2 || value === 3 ? value : 4;
}

export type Licence = { name: string; source: string; sourceLine: string };

/** The licence as the API's `license` field, the footer and every export's 정보 sheet state it. */
export function licenceOf(org: Pick<OrganisationIdentity, "koglType" | "sourceTitle">): Licence {
  const type = koglType(org.koglType);
  const conditions = KOGL_CONDITIONS[type].join(" + ");
  return {
    name: `공공누리 제${type}유형 (${conditions})`,
    source: org.sourceTitle,
    sourceLine: `출처: ${org.sourceTitle} — 공공누리 제${type}유형(${conditions})`,
  };
}

/** Labels of the kinds of awarding body; the "province" kind is named after the organisation's province. */
export function agencyKindLabels(province: string): Record<AgencyKind, string> {
  return { central: "중앙정부", province, public: "공공기관", international: "국제기관" };
}

/**
 * The site's name in titles and the header: a county reports its 군정, a city its 시정, a district
 * its 구정, a province its 도정 (음성군 주요 군정 성과).
 */
export function siteTitle(org: Pick<OrganisationIdentity, "name">): string {
  return `${org.name} 주요${affairsOf(org)} 성과`;
}

/** " 군정" for a county (and 시정, 구정, 도정), "" for a name that says none of these. */
export function affairsOf(org: Pick<OrganisationIdentity, "name">): string {
  const last = org.name.at(-1);
  return last === "군" || last === "시" || last === "구" || last === "도" ? ` ${last}정` : "";
}
