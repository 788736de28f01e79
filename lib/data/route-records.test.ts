import { describe, expect, it } from "vitest";
import { awards } from "@/db/schema";
import { seededDb } from "@/test/db";
import { pathRecordExists } from "./route-records";

const db = seededDb();

describe("pathRecordExists (the proxy's 404 before a page streams)", () => {
  it("knows the published years, and nothing else under /years", async () => {
    expect(await pathRecordExists("/years/2023")).toBe(true);
    expect(await pathRecordExists("/years/2022")).toBe(true);
    expect(await pathRecordExists("/years/2019")).toBe(false);
    expect(await pathRecordExists("/years/abc")).toBe(false);
    expect(await pathRecordExists("/years/99999999999999999999")).toBe(false);
  });

  it("knows live awards for the edit page, and leaves other paths alone", async () => {
    const { id } = db.select({ id: awards.id }).from(awards).limit(1).get()!;
    expect(await pathRecordExists(`/workspace/awards/${id}/edit`)).toBe(true);
    expect(await pathRecordExists("/workspace/awards/9999/edit")).toBe(false);
    expect(await pathRecordExists("/workspace/awards/new")).toBe(true);
    expect(await pathRecordExists("/nope")).toBe(true);
    expect(await pathRecordExists("/awards")).toBe(true);
  });
});
