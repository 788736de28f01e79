/**
 * Work that reports a write (a notice by e-mail) runs only once that write has committed: never for
 * a write that rolled back, and never while the transaction still holds the write lock.
 */
import { describe, expect, it } from "vitest";
import { afterCommit, transaction } from "@/db";

describe("afterCommit", () => {
  it("runs after the transaction commits, not inside it", async () => {
    const seen: string[] = [];
    await transaction(async () => {
      afterCommit(() => seen.push("hook"));
      seen.push("body");
    });
    expect(seen).toEqual(["body", "hook"]);
  });

  it("does not run when the transaction rolls back", async () => {
    const seen: string[] = [];
    await expect(
      transaction(async () => {
        afterCommit(() => seen.push("hook"));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(seen).toEqual([]);
  });

  it("a hook that throws neither fails the committed write nor stops the next hook", async () => {
    const seen: string[] = [];
    const original = console.error;
    console.error = () => undefined;
    try {
      const result = await transaction(async () => {
        afterCommit(() => {
          throw new Error("mail server gone");
        });
        afterCommit(() => seen.push("second"));
        return "saved";
      });
      expect(result).toBe("saved");
    } finally {
      console.error = original;
    }
    expect(seen).toEqual(["second"]);
  });
});
