import { describe, expect, it } from "vitest";
import { PUBLICATION_TAGS } from "@/lib/publication-tags";
import { listFiles, readSource, stripComments } from "@/test/helpers/files";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, auditActionLabel } from "./actions";

/** Every `action: "x.y"` literal the writers pass, in the data layer and the setup scripts. */
function writtenCodes(): string[] {
  const files = [
    ...listFiles("lib/data", (p) => /\.ts$/.test(p) && !/\.test\.ts$/.test(p)),
    ...listFiles("scripts", (p) => /\.ts$/.test(p) && !/\.test\.ts$/.test(p)),
  ];
  const codes = new Set<string>();
  for (const file of files)
    for (const [, code] of stripComments(readSource(file)).matchAll(
      /\baction:\s*"([a-z_]+\.[a-z_]+)"\s*(?:,|as const|\})/g,
    ))
      codes.add(code);
  return [...codes].sort();
}

describe("audit vocabulary", () => {
  it("names every code the writers record (a sanity floor, then each one)", () => {
    const codes = writtenCodes();
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code))).toEqual([]);
  });

  it("labels every code in Korean, and shows an unknown one as itself", () => {
    for (const code of AUDIT_ACTIONS) expect(AUDIT_ACTION_LABELS[code]).toMatch(/[가-힣]/);
    expect(auditActionLabel("award.mark_distinct")).toBe("중복 아님 표시");
    expect(auditActionLabel("retired.code")).toBe("retired.code");
  });

  it("publishes only through audited actions", () => {
    expect(
      Object.keys(PUBLICATION_TAGS).filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code)),
    ).toEqual([]);
  });
});
