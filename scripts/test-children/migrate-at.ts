/**
 * Test child (db/migration-lock.test.ts): migrates a new database in each round, every round at
 * the same moment as its siblings, so that several processes start migrating one file together as
 * instances started together do. Prints one line per round; exits 1 if any round failed.
 *
 *   node --conditions=react-server --import tsx scripts/test-children/migrate-at.ts <dir> <epoch ms> <rounds>
 */
import path from "node:path";
import { openDatabase } from "@/db/client";

const [dir, at, rounds] = process.argv.slice(2);
if (!dir || !at || !rounds) throw new Error("usage: migrate-at.ts <dir> <epoch ms> <rounds>");
let failed = false;
for (let round = 0; round < Number(rounds); round++) {
  const start = Number(at) + round * 400;
  while (Date.now() < start) {
    // spin: a timer's granularity would spread the starts
  }
  try {
    openDatabase(path.join(dir, `round-${round}.db`), { migrate: true }).$client.close();
    console.log(`round ${round}: migrated`);
  } catch (error) {
    failed = true;
    console.log(`round ${round}: ${(error as Error).stack}`);
  }
}
process.exit(failed ? 1 : 0);
