// Vitest's globalSetup for the PostgreSQL run (vitest.postgres.config.ts): one throwaway server for
// the whole run, and a template database migrated once, which each test file copies.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { startPostgres } from "../scripts/lib/postgres.mjs";

export const TEMPLATE_DATABASE = "seonggwa_template";

export async function setup() {
  const port = 55_400 + (process.pid % 500);
  const server = await startPostgres({ port });
  const client = new pg.Client({ connectionString: server.url() });
  await client.connect();
  await client.query(`create database ${TEMPLATE_DATABASE}`);
  await client.end();
  // Migrated by the app's own path (scripts/migrate.ts), as a server would at start.
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: server.url(TEMPLATE_DATABASE) },
    stdio: "inherit",
  });
  process.env.SEONGGWA_TEST_POSTGRES = server.url();
  return () => server.stop();
}
