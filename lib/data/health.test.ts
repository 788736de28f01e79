import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { databaseAnswers } from "./health";

describe("databaseAnswers", () => {
  it("says yes while the database can be read, and no once it cannot", async () => {
    expect(await databaseAnswers()).toBe(true);
    const file = db.$client.name;
    db.$client.close();
    expect(await databaseAnswers()).toBe(false);
    expect(fs.existsSync(file)).toBe(true);
  });
});
