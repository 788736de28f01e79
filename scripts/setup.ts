// Sets up an empty database for a new organisation: migrates, writes its identity and the first admin.
//   npm run setup -- --org-name 음성군 --province 충청북도 --review-office 기획예산실 --admin admin
// The password comes from SEONGGWA_ADMIN_PASSWORD or is asked for on the terminal (not echoed).
import { runSetup } from "./lib/setup";
import { readPassword } from "./lib/read-password";

const code = await runSetup(process.argv.slice(2), {
  password: async () => process.env.SEONGGWA_ADMIN_PASSWORD ?? (await readPassword()),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exit(code);
