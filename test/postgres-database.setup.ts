// Each test file of the PostgreSQL run gets its own database, a copy of the migrated template
// (test/postgres.setup.ts), the way test/setup.ts gives each SQLite run its own file.
import { randomUUID } from "node:crypto";
import pg from "pg";

const server = process.env.SEONGGWA_TEST_POSTGRES;
if (!server) throw new Error("SEONGGWA_TEST_POSTGRES is not set: run through vitest.postgres.config.ts");
const name = `t_${randomUUID().replace(/-/g, "")}`;
const client = new pg.Client({ connectionString: server });
await client.connect();
await client.query(`create database ${name} template seonggwa_template`);
await client.end();
process.env.DATABASE_URL = server.replace(/\/[^/]*$/, `/${name}`);
// Enough connections for the concurrency test's 50 simultaneous saves, each on its own.
process.env.DATABASE_POOL_SIZE = "60";
