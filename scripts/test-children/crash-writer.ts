/**
 * Test child (test/crash-safety.test.ts, test/backup-restore.test.ts): publishes awards in a loop,
 * each with its audit row in its own transaction, as the app does, and prints each award's id only
 * after its transaction has committed. The parent kills it whenever it likes.
 *
 *   node --conditions=react-server --import tsx scripts/test-children/crash-writer.ts <db file> [count]
 */
import { asc } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { transactionRunner } from "@/db/transaction";
import { agencies, departments, users } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit-writer";
import { insertAward } from "@/lib/data/award-records";

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error("usage: crash-writer.ts <db file> [count]");
const count = countArg ? Number(countArg) : Infinity;

const db = openDatabase(file);
const transaction = transactionRunner(file);
const agencyId = (await db.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.id)))[0]!.id;
const departmentId = (await db.select({ id: departments.id }).from(departments).orderBy(asc(departments.id)))[0]!.id;
const actor = (await db.select({ userId: users.id, username: users.username }).from(users).orderBy(asc(users.id)))[0];
if (!actor) throw new Error("crash-writer: the database needs one account to write as");

for (let i = 0; i < count; i++) {
  const id = await transaction(async (tx) => {
    const content = {
      year: 2023,
      title: `연속 기록 ${process.pid}-${i}`,
      agencyId,
      grade: null,
      incentive: i * 100_000,
      departmentIds: [departmentId],
    };
    const awardId = await insertAward(tx, content, actor.userId);
    await recordAudit(tx, {
      actor,
      action: "award.create",
      entityType: "award",
      entityId: awardId,
      after: content,
      note: "crash-writer",
    });
    return awardId;
  });
  // Only now is the write durable as far as this process can tell: acknowledge it.
  process.stdout.write(`${id}\n`);
}
db.$client.close();
