import { listFiles, readSource, stripComments } from "./files";

export type ServerActionExport = { file: string; name: string };

/** True when the module's first statement is the "use server" directive (comments may precede it). */
export function isServerActionModule(source: string): boolean {
  return /^\s*["']use server["'];?/.test(stripComments(source));
}

/**
 * The names a "use server" module exports. Every export of such a module is callable from any
 * browser as a POST endpoint, which is why the authorization matrix is keyed by these names.
 */
export function exportedNames(source: string): string[] {
  const code = stripComments(source);
  const names = new Set<string>();
  for (const m of code.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of code.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names].sort();
}

/** Every exported server action under lib/actions, read from the source files. */
export function discoverServerActions(): ServerActionExport[] {
  return listFiles("lib/actions", (p) => p.endsWith(".ts") && !p.endsWith(".test.ts"))
    .filter((file) => isServerActionModule(readSource(file)))
    .flatMap((file) => exportedNames(readSource(file)).map((name) => ({ file, name })));
}
