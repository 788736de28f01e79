// Applies the committed migrations to DATABASE_URL (default data/seonggwa.db): db/migrations on
// SQLite, db/migrations-pg on PostgreSQL.
import { closeDatabase, databaseReady } from "@/db";
import { redactedDatabaseUrl } from "@/db/path";

await databaseReady();
await closeDatabase();
console.log(`migrated ${redactedDatabaseUrl()}`);
