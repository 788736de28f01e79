// Seeds the 2023 record into an empty database; `--demo-users` also creates the demo accounts.
import { databasePath, openDatabase } from "@/db/client";
import { seedRecord } from "@/db/seed";
import { seedDemoUsers } from "@/db/seed/users";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";

const file = databasePath();
const db = openDatabase(file, { migrate: true });
const { seeded } = seedRecord(db);
console.log(seeded ? `seeded the 2023 record into ${file}` : `${file} already holds data; record not re-seeded`);
if (process.argv.includes("--demo-users")) {
  const created = await seedDemoUsers(db);
  if (created.length) console.log(`demo accounts created: ${created.join(", ")} (password: ${DEMO_PASSWORD})`);
}
db.$client.close();
