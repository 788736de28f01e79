import { describe, expect, it } from "vitest";
import { type NoticeSubject, noticeLink, returnedMail, submittedMail } from "./notice-text";

const award: NoticeSubject = {
  proposalId: 7,
  entity: "award",
  action: "create",
  name: "2023년 지역사회 통합돌봄 우수기관",
  year: 2023,
  department: "주민복지과",
};
const point: NoticeSubject = { ...award, proposalId: 8, entity: "policy_point", name: "경로당 냉난방비 지원" };

describe("notice text", () => {
  it("a link is the site's address and the path, or the path alone", () => {
    expect(noticeLink("https://seonggwa.example.go.kr/", "/review")).toBe("https://seonggwa.example.go.kr/review");
    expect(noticeLink(undefined, "/review")).toBe("/review");
  });

  it("a submission names each record and where each is reviewed, once", () => {
    const mail = submittedMail("p@example.go.kr", [award, { ...award, proposalId: 9 }, point], "https://s.go.kr");
    expect(mail.subject).toBe("[성과] 검토할 제출 내용: 2023년 지역사회 통합돌봄 우수기관 외 2건");
    expect(mail.text).toContain("- [주민복지과] 2023년 수상 실적 등록: 2023년 지역사회 통합돌봄 우수기관");
    expect(mail.text.match(/https:\/\/s\.go\.kr\/review$/gm)).toHaveLength(1);
    expect(mail.text).toContain("https://s.go.kr/workspace/editions/2023");
  });

  it("a return carries each reason and the page to correct it on", () => {
    const mail = returnedMail("o@example.go.kr", [{ ...award, reason: "수상일을 넣어 주세요." }], undefined);
    expect(mail.subject).toBe("[성과] 제출 내용이 반려되었습니다: 2023년 지역사회 통합돌봄 우수기관");
    expect(mail.text).toContain("반려 사유: 수상일을 넣어 주세요.");
    expect(mail.text).toContain("고치기: /workspace/submissions/7");
  });
});
