/**
 * Issue 6: the framework packages stay at or above the releases that fixed the advisories we know
 * of (Next.js middleware/proxy bypass and server-action issues, React Server Components, Auth.js).
 * Read from package-lock.json, so it checks what `npm ci` installs, nested copies included.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareSemVer, isAtLeast, parseSemVer } from "@/test/helpers/semver";

type Lock = { lockfileVersion: number; packages: Record<string, { version?: string }> };
const lock = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as Lock;

/** Every installed copy of a package: the top-level one and any nested under another package. */
function installed(name: string): { at: string; version: string }[] {
  return Object.entries(lock.packages)
    .filter(([at]) => at === `node_modules/${name}` || at.endsWith(`/node_modules/${name}`))
    .map(([at, entry]) => ({ at, version: entry.version ?? "" }));
}

/** The lowest acceptable version for an installed one; next-auth has two supported lines. */
const MINIMUMS: Record<string, (version: string) => string> = {
  next: () => "16.2.6",
  react: () => "19.2.6",
  "react-dom": () => "19.2.6",
  "next-auth": (version) => (parseSemVer(version).major <= 4 ? "4.24.15" : "5.0.0-beta.32"),
};

describe("compareSemVer", () => {
  it.each([
    ["16.2.6", "16.2.6", 0],
    ["16.2.5", "16.2.6", -1],
    ["16.10.0", "16.9.9", 1],
    ["19.2.6", "19.10.0", -1],
    ["5.0.0-beta.31", "5.0.0-beta.32", -1],
    // Numeric identifiers compare as numbers, not text: beta.100 is newer than beta.32.
    ["5.0.0-beta.100", "5.0.0-beta.32", 1],
    ["5.0.0-beta.32", "5.0.0", -1],
    ["5.0.0", "5.0.0-beta.32", 1],
    ["4.24.15", "5.0.0-beta.1", -1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1],
    ["1.0.0-alpha.1", "1.0.0-alpha.beta", -1],
    ["1.0.0-alpha.beta", "1.0.0-beta", -1],
    ["1.0.0-beta.11", "1.0.0-rc.1", -1],
    ["1.0.0+build.7", "1.0.0", 0],
    ["v16.2.6", "16.2.6", 0],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareSemVer(a, b)).toBe(expected);
    expect(compareSemVer(b, a)).toBe(-expected || 0);
  });

  it("refuses what is not a version rather than guessing", () => {
    expect(() => parseSemVer("latest")).toThrow(/not a semantic version/);
    expect(() => parseSemVer("16.2")).toThrow(/not a semantic version/);
  });

  it("applies the next-auth minimum for the line installed", () => {
    expect(isAtLeast("4.24.15", MINIMUMS["next-auth"]("4.24.15"))).toBe(true);
    expect(isAtLeast("4.24.14", MINIMUMS["next-auth"]("4.24.14"))).toBe(false);
    expect(isAtLeast("5.0.0-beta.31", MINIMUMS["next-auth"]("5.0.0-beta.31"))).toBe(false);
    expect(isAtLeast("5.0.0-beta.32", MINIMUMS["next-auth"]("5.0.0-beta.32"))).toBe(true);
    expect(isAtLeast("5.0.0", MINIMUMS["next-auth"]("5.0.0"))).toBe(true);
  });
});

describe("package-lock.json", () => {
  it("is a lockfile this test understands", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.keys(MINIMUMS))("every installed copy of %s is at or above its fixed release", (name) => {
    const copies = installed(name);
    expect(copies.length, `${name} is not in package-lock.json`).toBeGreaterThan(0);
    for (const { at, version } of copies) {
      const minimum = MINIMUMS[name](version);
      expect(isAtLeast(version, minimum), `${at} is ${version}; upgrade to ${minimum} or later`).toBe(true);
    }
  });
});
