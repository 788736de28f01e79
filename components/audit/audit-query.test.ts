import { describe, expect, it } from "vitest";
import { auditHref, canonicalAuditSearch, parseAuditQuery } from "./audit-query";

describe("parseAuditQuery", () => {
  it("reads every filter from the query string", () => {
    expect(parseAuditQuery({ userId: "3", departmentId: "7", entityType: "award", entityId: "42", page: "2" })).toEqual(
      {
        userId: 3,
        departmentId: 7,
        entityType: "award",
        entityId: 42,
        page: 2,
      },
    );
  });

  it("drops what a hand-edited URL gets wrong instead of failing", () => {
    expect(
      parseAuditQuery({ userId: "abc", departmentId: "-1", entityType: "password", entityId: "1.5", page: "0" }),
    ).toEqual({
      userId: undefined,
      departmentId: undefined,
      entityType: undefined,
      entityId: undefined,
      page: 1,
    });
  });

  it("treats empty selects as no filter and takes the first of a repeated key", () => {
    expect(parseAuditQuery({ userId: "", entityType: "", page: ["3", "9"] })).toMatchObject({
      userId: undefined,
      entityType: undefined,
      page: 3,
    });
  });
});

describe("auditHref", () => {
  it("keeps the filters and leaves page 1 and empty values out", () => {
    expect(auditHref({ userId: 3, entityType: "user", page: 1 })).toBe("/audit?userId=3&entityType=user");
    expect(auditHref({ departmentId: 7, page: 4 })).toBe("/audit?departmentId=7&page=4");
    expect(auditHref({ page: 1 })).toBe("/audit");
  });
});

describe("canonicalAuditSearch", () => {
  it("leaves the form's empty fields and page 1 out of the link", () => {
    const submitted = new URLSearchParams({ userId: "", departmentId: "7", entityType: "", entityId: "" });
    expect(canonicalAuditSearch(submitted)).toBe("?departmentId=7");
    expect(canonicalAuditSearch(new URLSearchParams({ userId: "", entityType: "", page: "1" }))).toBe("");
  });
});

describe("the audit log's period in the URL", () => {
  it("keeps a valid period, canonical, and says what is wrong with a bad one beside its field", async () => {
    const { readAuditQuery, auditExportHref } = await import("./audit-query");
    expect(readAuditQuery({ from: "2024.3.1", to: "20240331" })).toEqual({
      filter: { from: "2024-03-01", to: "2024-03-31", page: 1 },
      errors: {},
    });
    expect(readAuditQuery({ from: "2024-02-30" }).errors).toEqual({
      from: ["2024년 2월 30일은 없는 날짜입니다. 시작일을 확인해 주세요."],
    });
    expect(readAuditQuery({ from: "2024-03-02", to: "2024-03-01" }).errors).toEqual({
      to: ["종료일은 시작일과 같거나 그 뒤여야 합니다."],
    });
    expect(auditExportHref({ from: "2024-03-01", page: 3 })).toBe("/audit/export?from=2024-03-01");
  });
});
