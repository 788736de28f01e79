import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The suites that hold the data layer's promises, run again on PostgreSQL: the data layer itself,
 * who may do what, bad input, concurrent writers and the seed. Left out: tests of SQLite's own
 * machinery (its query plans, its file).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "lib/data/**/*.test.ts",
      "db/seed/seed.test.ts",
      "db/dialect-parity.test.ts",
      "test/authz-matrix.test.ts",
      "test/bad-input.test.ts",
      "test/concurrency.test.ts",
      "test/backup-restore-postgres.test.ts",
    ],
    exclude: [
      "lib/data/award-query-plan.test.ts",
      "lib/data/award-query-plan-scale.test.ts",
      "lib/data/health.test.ts",
    ],
    globalSetup: ["test/build-worker.setup.mjs", "test/postgres.setup.ts"],
    setupFiles: ["test/setup.ts", "test/postgres-database.setup.ts"],
  },
});
