import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./errors";

const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: insert into …"), { cause });

describe("isDatabaseUnavailable", () => {
  it("recognises a server that is restarting or unreachable, through Drizzle's wrapper", () => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("terminating connection"), { code: "57P01" })))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(wrapped(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(wrapped(new Error("Connection terminated unexpectedly")))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
  });

  it("leaves faults of the request itself alone", () => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("duplicate key"), { code: "23505" })))).toBe(false);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" })),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe("isUniqueViolation", () => {
  it("recognises a unique index's refusal on both dialects, and nothing else", () => {
    expect(isUniqueViolation(wrapped(Object.assign(new Error("duplicate key value"), { code: "23505" })))).toBe(true);
    expect(
      isUniqueViolation(
        wrapped(Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" })),
      ),
    ).toBe(true);
    expect(isUniqueViolation(wrapped(Object.assign(new Error("not null"), { code: "23502" })))).toBe(false);
  });
});
