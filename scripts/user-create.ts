// Creates an account from the command line, e.g. the first admin of a production database:
//   npm run user:create -- --username admin --name "시스템 관리자" --role admin
// The password is read from the terminal (not echoed) or, without a terminal, from standard input.
// Runs the same validation and audit as the admin screen (the audit row notes the command line).
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDatabase, databaseReady, db } from "@/db";
import { departments } from "@/db/schema";
import { createUser } from "@/lib/data/users";
import { FieldError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validations/issues";
import { createUserSchema } from "@/lib/validations/user";
import { readPassword } from "./lib/read-password";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "admin" },
    department: { type: "string" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await databaseReady();
const departmentId = values.department
  ? ((await db.select({ id: departments.id }).from(departments).where(eq(departments.name, values.department)))[0]
      ?.id ?? fail(`등록되지 않은 부서입니다: ${values.department}`))
  : undefined;
const parsed = createUserSchema.safeParse({
  username: values.username,
  displayName: values.name ?? values.username,
  role: values.role,
  departmentId,
  password: await readPassword(),
});
if (!parsed.success) {
  fail(
    Object.entries(fieldErrors(parsed.error))
      .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
      .join("\n"),
  );
}
try {
  const { username } = await createUser(null, parsed.data, { ip: "command-line" });
  console.log(`${username} 계정을 만들었습니다.`);
  await closeDatabase();
} catch (error) {
  if (error instanceof FieldError) fail(Object.values(error.fieldErrors).flat().join("\n"));
  throw error;
}
