import { describe, expect, it } from "vitest";
import { awards } from "@/db/schema";
import { seededDb } from "@/test/db";
import { pathRecordExists } from "./route-records";

const db = seededDb();

describe("pathRecordExists (the proxy's 404 before a page streams)", () => {
  it("knows the published years, and nothing else under /years", () => {
    expect(pathRecordExists("/years/2023")).toBe(true);
    expect(pathRecordExists("/years/2022")).toBe(true);
    expect(pathRecordExists("/years/2019")).toBe(false);
    expect(pathRecordExists("/years/abc")).toBe(false);
    expect(pathRecordExists("/years/99999999999999999999")).toBe(false);
  });

  it("knows live awards for the edit page, and leaves other paths alone", () => {
    const { id } = db.select({ id: awards.id }).from(awards).limit(1).get()!;
    expect(pathRecordExists(`/workspace/awards/${id}/edit`)).toBe(true);
    expect(pathRecordExists("/workspace/awards/9999/edit")).toBe(false);
    expect(pathRecordExists("/workspace/awards/new")).toBe(true);
    // The new-KPI form is not a KPI named "new"; an unknown KPI id still is a 404.
    expect(pathRecordExists("/workspace/kpis/new")).toBe(true);
    expect(pathRecordExists("/workspace/kpis/99999")).toBe(false);
    expect(pathRecordExists("/nope")).toBe(true);
    expect(pathRecordExists("/awards")).toBe(true);
  });
});
