import { describe, expect, it } from "vitest";
import { redactedDatabaseUrl } from "@/db/path";
import { libpqEnv } from "@/scripts/pg-backup";

describe("a PostgreSQL URL outside the app", () => {
  it("reaches pg_dump and pg_restore as libpq's variables, never on their command line", () => {
    expect(libpqEnv("postgres://seonggwa:p%40ss%2Fword@db.example.go.kr:6432/seonggwa?sslmode=require")).toEqual({
      PGHOST: "db.example.go.kr",
      PGPORT: "6432",
      PGUSER: "seonggwa",
      PGPASSWORD: "p@ss/word",
      PGDATABASE: "seonggwa",
      PGSSLMODE: "require",
    });
    expect(libpqEnv("postgresql://app@/seonggwa?host=/var/run/postgresql")).toMatchObject({
      PGHOST: "/var/run/postgresql",
      PGUSER: "app",
      PGDATABASE: "seonggwa",
    });
  });

  it("is logged without its password", () => {
    const shown = redactedDatabaseUrl("postgres://seonggwa:s3cr%40t@127.0.0.1:5432/seonggwa?password=other");
    expect(shown).not.toMatch(/s3cr|other/);
    expect(shown).toContain("127.0.0.1:5432/seonggwa");
    expect(redactedDatabaseUrl("data/seonggwa.db")).toBe("data/seonggwa.db");
  });
});
