import fs from "node:fs";
import path from "node:path";

/** The repository root (tests run from it; Vitest's cwd is the project root). */
export const ROOT = process.cwd();

/**
 * Repository-relative paths (forward slashes) of the files under `dir` whose name passes `keep`,
 * sorted, so a test built from them lists its cases in a stable order. Build output and
 * dependencies are never walked.
 */
export function listFiles(dir: string, keep: (relativePath: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".next")) continue;
      const child = path.join(absolute, entry.name);
      if (entry.isDirectory()) walk(child);
      else {
        const relative = path.relative(ROOT, child).split(path.sep).join("/");
        if (keep(relative)) found.push(relative);
      }
    }
  };
  walk(path.join(ROOT, dir));
  return found.sort();
}

export function readSource(relativePath: string): string {
  return fs.readFileSync(path.join(ROOT, relativePath), "utf8");
}

/** Source text without comments, so a rule is checked against code and not against prose about it. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}
