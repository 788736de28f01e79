import { afterEach, describe, expect, it } from "vitest";
import { env } from "./env";

const NAMES = [
  "UPLOAD_DIR",
  "REDIS_URL",
  "FRONT_CACHE",
  "TRUSTED_PROXY_ADDRESSES",
  "SMTP_URL",
  "MAIL_FROM",
  "APP_URL",
] as const;
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
      SMTP_URL: undefined,
      APP_URL: undefined,
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

describe("notices by e-mail", () => {
  it("take the SMTP server, the sender and the site's address", () => {
    Object.assign(process.env, {
      SMTP_URL: "smtp://user:pass@127.0.0.1:2525",
      MAIL_FROM: "성과 알림 <noreply@example.go.kr>",
      APP_URL: "https://seonggwa.example.go.kr/",
    });
    expect(env()).toMatchObject({
      SMTP_URL: "smtp://user:pass@127.0.0.1:2525",
      MAIL_FROM: "성과 알림 <noreply@example.go.kr>",
      APP_URL: "https://seonggwa.example.go.kr",
    });
  });

  it("stop on a server without its sender or an address that is not a URL", () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    expect(() => env()).toThrow(/MAIL_FROM/);
    process.env.SMTP_URL = "mail.example.go.kr";
    process.env.MAIL_FROM = "noreply@example.go.kr";
    expect(() => env()).toThrow(/SMTP_URL/);
    delete process.env.SMTP_URL;
    process.env.APP_URL = "seonggwa.example.go.kr";
    expect(() => env()).toThrow(/APP_URL/);
  });
});
