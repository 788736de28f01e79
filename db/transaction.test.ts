import { describe, expect, it } from "vitest";
import { db, transaction } from "@/db";

const sqlite = db.$client;
sqlite.exec("create table if not exists tx_probe (id integer primary key, n integer not null)");

function count(): number {
  return (sqlite.prepare("select count(*) as n from tx_probe").get() as { n: number }).n;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("transaction", () => {
  it("serialises bodies that await between a read and a write", async () => {
    sqlite.exec("delete from tx_probe; insert into tx_probe (id, n) values (1, 0)");
    const increment = () =>
      transaction(async (tx) => {
        const { n } = tx.$client.prepare("select n from tx_probe where id = 1").get() as { n: number };
        await tick();
        tx.$client.prepare("update tx_probe set n = ? where id = 1").run(n + 1);
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    expect(sqlite.prepare("select n from tx_probe where id = 1").get()).toEqual({ n: 20 });
  });

  it("rolls back everything when the body throws, and the next transaction still runs", async () => {
    sqlite.exec("delete from tx_probe");
    await expect(
      transaction(async (tx) => {
        tx.$client.prepare("insert into tx_probe (n) values (1)").run();
        await tick();
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(count()).toBe(0);
    await transaction(async (tx) => void tx.$client.prepare("insert into tx_probe (n) values (2)").run());
    expect(count()).toBe(1);
  });

  it("keeps uncommitted rows from readers outside the transaction", async () => {
    sqlite.exec("delete from tx_probe");
    let seenOutside = -1;
    await transaction(async (tx) => {
      tx.$client.prepare("insert into tx_probe (n) values (3)").run();
      await tick();
      seenOutside = count();
    });
    expect(seenOutside).toBe(0);
    expect(count()).toBe(1);
  });

  it("lets a transaction started inside another join it instead of waiting for itself", async () => {
    sqlite.exec("delete from tx_probe");
    await transaction(async (outer) => {
      outer.$client.prepare("insert into tx_probe (n) values (4)").run();
      await transaction(async (inner) => {
        expect(inner).toBe(outer);
        inner.$client.prepare("insert into tx_probe (n) values (5)").run();
      });
    });
    expect(count()).toBe(2);
  });
});
