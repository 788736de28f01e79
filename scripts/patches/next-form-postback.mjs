// Run by `npm install` (postinstall). Next 16.4.6 with Cache Components renders the page after a
// form sent *without JavaScript* by resuming the route's prerendered shell, and React's resume
// cannot take the action's returned state: the field errors, kept input and confirm questions that
// a server action returns are dropped, so a staff form without scripts seemed to do nothing. Next
// loads that shell for every POST that could be an action; this limits it to the actions the
// client router sends (they carry a `Next-Action` header and merge the result into the page), so a
// plain form post gets the normal render with its state. Upstream: vercel/next.js#97784 (open
// when written). Remove this file and its postinstall line once the installed Next has the fix;
// e2e/staff/confirm-steps.spec.ts and e2e/staff/no-javascript-forms.spec.ts prove the behaviour.
import fs from "node:fs";
import path from "node:path";

const ORIGINAL = "(isDynamicRSCRequest || isPossibleServerAction) &&";
const PATCHED = "(isDynamicRSCRequest || isPossibleServerAction && req.headers['next-action'] !== undefined) &&";
const FILES = ["dist/esm/build/templates/app-page-runtime.js", "dist/build/templates/app-page-runtime.js"];

const nextDir = path.resolve("node_modules/next");
const version = JSON.parse(fs.readFileSync(path.join(nextDir, "package.json"), "utf8")).version;
for (const relative of FILES) {
  const file = path.join(nextDir, relative);
  const source = fs.readFileSync(file, "utf8");
  if (source.includes(PATCHED)) continue;
  if (!source.includes(ORIGINAL)) {
    console.error(
      `scripts/patches/next-form-postback.mjs: next ${version} changed ${relative}; check whether it has ` +
        "vercel/next.js#97784 and update or remove this patch.",
    );
    process.exit(1);
  }
  fs.writeFileSync(file, source.replace(ORIGINAL, PATCHED));
  console.log(`patched next ${version} ${relative}: a form posted without JavaScript gets its action's state`);
}
