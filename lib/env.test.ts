import { afterEach, describe, expect, it } from "vitest";
import { env } from "./env";

const NAMES = ["UPLOAD_DIR", "REDIS_URL", "FRONT_CACHE", "TRUSTED_PROXY_ADDRESSES"] as const;
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("settings for several instances", () => {
  it("read an empty value as unset", () => {
    for (const name of NAMES) process.env[name] = "";
    expect(env()).toMatchObject({
      UPLOAD_DIR: "data/uploads",
      REDIS_URL: undefined,
      FRONT_CACHE: "0",
      TRUSTED_PROXY_ADDRESSES: [],
    });
  });

  it("take the shared values every instance is given", () => {
    Object.assign(process.env, {
      UPLOAD_DIR: "/srv/seonggwa/uploads",
      REDIS_URL: "redis://127.0.0.1:6379",
      FRONT_CACHE: "1",
      TRUSTED_PROXY_ADDRESSES: "127.0.0.1, ::1",
    });
    expect(env()).toMatchObject({
      UPLOAD_DIR: "/srv/seonggwa/uploads",
      REDIS_URL: "redis://127.0.0.1:6379",
      FRONT_CACHE: "1",
      TRUSTED_PROXY_ADDRESSES: ["127.0.0.1", "::1"],
    });
  });

  it("stop on a mistyped one, naming it", () => {
    process.env.REDIS_URL = "127.0.0.1:6379";
    expect(() => env()).toThrow(/REDIS_URL/);
    delete process.env.REDIS_URL;
    process.env.FRONT_CACHE = "yes";
    expect(() => env()).toThrow(/FRONT_CACHE/);
  });
});
