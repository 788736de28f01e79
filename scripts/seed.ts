// Seeds the 2023 record into an empty database; `--demo-users` also creates the demo accounts.
import { closeDatabase, databaseReady, db } from "@/db";
import { redactedDatabaseUrl } from "@/db/path";
import { seedRecord } from "@/db/seed";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { seedDemoUsers } from "@/db/seed/users";

const where = redactedDatabaseUrl();
await databaseReady();
const { seeded } = await seedRecord(db);
console.log(seeded ? `seeded the 2023 record into ${where}` : `${where} already holds data; record not re-seeded`);
if (process.argv.includes("--demo-users")) {
  const created = await seedDemoUsers(db);
  if (created.length) console.log(`demo accounts created: ${created.join(", ")} (password: ${DEMO_PASSWORD})`);
}
await closeDatabase();
