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
    testTimeout: 30_000,
  },
});
