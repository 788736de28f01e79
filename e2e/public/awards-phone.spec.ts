import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";

// A 390 px phone: rows stack as cards, so the column a reader sorts by and the totals stay on screen.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("휴대전화에서 인센티브로 정렬해도 그 값과 합계가 화면 안에 있다", async ({ page }) => {
  test.slow();
  await page.goto("/awards");
  const table = page.getByRole("table", { name: /기관표창 수상 실적 목록/ });
  await table.getByRole("link", { name: /^인센티브\(백만원\)/ }).click();
  await expect(page).toHaveURL(/[?&]sort=incentive/);
  // Still a table to assistive technology: the sorted column's header and its cells.
  await expect(table.getByRole("columnheader", { name: /인센티브/ })).toHaveAttribute("aria-sort", "descending");

  const inViewport = async (selector: string) =>
    page.locator(selector).evaluateAll((cells) =>
      cells.slice(0, 5).map((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
      }),
    );
  const sorted = await inViewport('main tbody td[data-label="인센티브(백만원)"]');
  expect(sorted.length).toBe(5);
  expect(sorted.every(Boolean)).toBe(true);
  expect(await inViewport('main tfoot td[data-label="인센티브(백만원)"]')).toEqual([true]);
  // Nothing on the page needs sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});
