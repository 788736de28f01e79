// Applies the committed drizzle-kit migrations to DATABASE_URL (default data/seonggwa.db).
import { databasePath, openDatabase } from "@/db/client";

const file = databasePath();
openDatabase(file, { migrate: true }).$client.close();
console.log(`migrated ${file}`);
