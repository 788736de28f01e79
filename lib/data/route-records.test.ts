import { describe, expect, it } from "vitest";
import { awards } from "@/db/schema";
import { seededDb } from "@/test/db";
import { pathRecordExists } from "./route-records";

const db = await seededDb();

describe("pathRecordExists (the proxy's 404 before a page streams)", () => {
  it("knows the published years, and nothing else under /years", async () => {
    expect(await pathRecordExists("/years/2023")).toBe(true);
    expect(await pathRecordExists("/years/2022")).toBe(true);
    expect(await pathRecordExists("/years/2019")).toBe(false);
    expect(await pathRecordExists("/years/abc")).toBe(false);
    expect(await pathRecordExists("/years/99999999999999999999")).toBe(false);
    // A year's full breakdown tables, linked from the dashboard's "그 외" line.
    expect(await pathRecordExists("/years/2023/department")).toBe(true);
    expect(await pathRecordExists("/years/2019/department")).toBe(false);
  });

  it("knows live awards for the edit page, and leaves other paths alone", async () => {
    const { id } = (await db.select({ id: awards.id }).from(awards).limit(1))[0]!;
    expect(await pathRecordExists(`/workspace/awards/${id}/edit`)).toBe(true);
    expect(await pathRecordExists("/workspace/awards/9999/edit")).toBe(false);
    expect(await pathRecordExists("/workspace/awards/new")).toBe(true);
    // The new-KPI form is not a KPI named "new"; an unknown KPI id still is a 404.
    expect(await pathRecordExists("/workspace/kpis/new")).toBe(true);
    expect(await pathRecordExists("/workspace/kpis/99999")).toBe(false);
    expect(await pathRecordExists("/nope")).toBe(true);
    expect(await pathRecordExists("/awards")).toBe(true);
  });
});
