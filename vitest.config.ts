import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      "server-only": `${root}test/server-only-stub.ts`,
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".next-*/**", "test/consistency/**"],
    globalSetup: ["test/build-worker.setup.mjs"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
    pool: "forks",
    // Vitest leaves one core free by default; on the 2-core CI machine that ran every file on one
    // worker (344 s of wall time for 242 s of tests plus imports). Both cores, both busy.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
