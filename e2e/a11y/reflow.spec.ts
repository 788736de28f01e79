import { expect, test, type Page } from "@playwright/test";
import { login } from "../fixtures/auth";

// WCAG 1.4.4 and 1.4.10: at 320 CSS px wide (what 1280 px at 400% zoom gives) and with text at 200%,
// nothing is cut off and the page itself never scrolls sideways; wide tables scroll in their own region.
async function expectNoPageOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

const PUBLIC_PAGES = ["/", "/awards", "/achievements", "/downloads", "/login"];

for (const width of [320, 640]) {
  test(`public pages reflow at ${width}px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoPageOverflow(page);
    }
  });
}

test("text enlarged to 200% keeps every page readable without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoPageOverflow(page);
  }
});

test("the award form reflows at 320px", async ({ page }) => {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.setViewportSize({ width: 320, height: 900 });
  for (const path of ["/workspace", "/workspace/awards/new", "/workspace/submissions"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoPageOverflow(page);
  }
});
