import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import { awardsOf } from "../fixtures/api";
import { login } from "../fixtures/auth";

/**
 * The proxy (proxy.ts) only redirects visitors for convenience; each staff page checks the viewer
 * itself. These requests try the known ways around a Next.js proxy/middleware (the
 * x-middleware-subrequest header of CVE-2025-29927, RSC and prefetch requests, the .rsc and _rsc
 * forms) against every staff page, read from app/(staff): none may return staff content.
 */

/** Every staff page's URL, from the file tree; a dynamic segment gets a real id. */
function staffPaths(awardId: number): string[] {
  const root = path.join(process.cwd(), "app", "(staff)");
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name === "page.tsx") pages.push(path.relative(root, dir));
    }
  };
  walk(root);
  return pages
    .map((dir) =>
      `/${dir
        .split(path.sep)
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/")}`.replace(/\[[^\]]+\]/g, String(awardId)),
    )
    .sort();
}

/** Text only staff pages contain: the staff header, the logout button, staff forms and tables. */
const STAFF_MARKERS = [
  "성과 업무 공간",
  "로그아웃",
  "수상 실적 삭제",
  "계정 만들기",
  "계정 목록",
  "감사 기록은",
  "휴지통으로",
  "반려 사유",
];

const SUBREQUEST = "x-middleware-subrequest";
const VARIANTS: { name: string; headers?: Record<string, string>; url?: (path: string) => string }[] = [
  { name: "plain request" },
  {
    name: `${SUBREQUEST}: middleware×5`,
    headers: { [SUBREQUEST]: "middleware:middleware:middleware:middleware:middleware" },
  },
  { name: `${SUBREQUEST}: proxy×5`, headers: { [SUBREQUEST]: "proxy:proxy:proxy:proxy:proxy" } },
  {
    name: `${SUBREQUEST}: src/middleware×5`,
    headers: { [SUBREQUEST]: "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  },
  { name: "RSC: 1", headers: { RSC: "1" } },
  { name: "RSC prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
  { name: "RSC with a subrequest header", headers: { RSC: "1", [SUBREQUEST]: "proxy:proxy:proxy:proxy:proxy" } },
  { name: "?_rsc=abc", url: (p) => `${p}?_rsc=abc` },
  { name: ".rsc suffix", url: (p) => `${p}.rsc` },
  { name: ".rsc suffix with RSC: 1", headers: { RSC: "1" }, url: (p) => `${p}.rsc` },
];

async function expectNoStaffContent(response: APIResponse, label: string) {
  const status = response.status();
  expect(status, `${label}: server error`).toBeLessThan(500);
  if (status >= 300 && status < 400) {
    expect(response.headers()["location"] ?? "", `${label}: redirect target`).toMatch(/\/login(\?|$)/);
    return;
  }
  const body = await response.text();
  for (const marker of STAFF_MARKERS) expect(body, `${label}: contains "${marker}"`).not.toContain(marker);
}

test.describe("anonymous requests to staff pages", () => {
  for (const variant of VARIANTS) {
    test(variant.name, async ({ request }) => {
      const award = (await awardsOf(request, "주민복지과"))[0];
      const paths = staffPaths(award.id);
      expect(paths.length).toBeGreaterThanOrEqual(15);
      for (const p of paths) {
        const url = variant.url ? variant.url(p) : p;
        const response = await request.get(url, { headers: variant.headers, maxRedirects: 0 });
        await expectNoStaffContent(response, `${variant.name} ${url} → ${response.status()}`);
      }
    });
  }
});

test("an officer asking for the account list and the audit log is refused, not shown the data", async ({ page }) => {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);

  await page.goto("/admin/users");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("계정 관리는 관리자만 할 수 있습니다.");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText("planning", { exact: true })).toHaveCount(0);

  await page.goto("/audit");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "감사 기록은 기획감사실과 관리자만 볼 수 있습니다.",
  );
  await expect(page.getByRole("table")).toHaveCount(0);

  // The same pages as RSC payloads, with the officer's cookie: no rows either.
  for (const p of ["/admin/users", "/audit", "/admin/registry", "/review", "/workspace/trash"]) {
    for (const headers of [{ RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }] as Record<string, string>[]) {
      const body = await (await page.request.get(p, { headers, maxRedirects: 0 })).text();
      for (const marker of ["계정 목록", "auth.login", "user.create", '"planning"', "휴지통으로"])
        expect(body, `${p} ${JSON.stringify(headers)}`).not.toContain(marker);
    }
  }
});
