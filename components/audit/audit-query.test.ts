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
