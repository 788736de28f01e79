import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// The consistency test starts `next start` itself, so it runs on its own after the end-to-end
// build (scripts/test-all.mjs), not beside the unit tests.
export default defineConfig({
  resolve: { alias: { "@/": root, "server-only": `${root}test/server-only-stub.ts` } },
  test: {
    include: ["test/consistency/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
