import { expect, test, type Locator, type Page } from "@playwright/test";

// Every public page and a filtered, sorted, paged link, read by a browser that runs no script: the
// content must be in <main> as sent, before the footer, under no `hidden` ancestor (the shape a
// streamed Suspense boundary has until a script reveals it).
test.use({ javaScriptEnabled: false });

/** The located element is inside <main>, precedes the footer and has no hidden ancestor. */
async function expectInMainAsSent(page: Page, content: Locator) {
  await expect(content.first()).toBeVisible();
  const placement = await content.first().evaluate((el) => {
    const main = document.querySelector("main");
    const footer = document.querySelector("body > footer, footer");
    let hidden = false;
    for (let n: Element | null = el; n; n = n.parentElement) if (n.hasAttribute("hidden")) hidden = true;
    return {
      inMain: main?.contains(el) ?? false,
      beforeFooter: footer ? Boolean(el.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING) : false,
      hidden,
    };
  });
  expect(placement).toEqual({ inMain: true, beforeFooter: true, hidden: false });
  await expect(page.getByText("불러오는 중입니다")).toHaveCount(0);
}

const main = (page: Page) => page.getByRole("main");

test.describe("자바스크립트 없이", () => {
  test("대시보드: 수치, 그래프와 연도별 추이가 본문에 있다", async ({ page }) => {
    await page.goto("/");
    await expectInMainAsSent(page, main(page).getByRole("region", { name: "2023년 기관표창 수상 실적" }));
    // Each chart is drawn as sent: every frame has bars, none is an empty box.
    const charts = main(page).getByRole("img", { name: /막대그래프/ });
    expect(await charts.count()).toBeGreaterThanOrEqual(10);
    for (const chart of await charts.all()) {
      await expectInMainAsSent(page, chart);
      const widths = await chart
        .locator("[data-bar]")
        .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
      expect(widths.length).toBeGreaterThan(0);
      expect(Math.max(...widths)).toBeGreaterThan(20);
    }
    await expectInMainAsSent(page, main(page).getByRole("region", { name: "연도별 추이" }));
  });

  test("수상 실적: 전체 목록이 본문에 있다", async ({ page }) => {
    await page.goto("/awards");
    const rows = main(page)
      .getByRole("table", { name: /기관표창 수상 실적 목록/ })
      .locator("tbody tr");
    await expect(rows).toHaveCount(20);
    await expectInMainAsSent(page, rows);
  });

  test("거르고 정렬하고 넘긴 링크도 그 결과가 본문에 있다", async ({ page }) => {
    await page.goto("/awards?year=2023&sort=incentive&dir=desc&page=2");
    const table = main(page).getByRole("table", {
      name: /기관표창 수상 실적 목록 \(2 \/ 4쪽, 인센티브\(백만원\) 내림차순\)/,
    });
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(20);
    await expectInMainAsSent(page, rows);
    const values = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelectorAll("td")[3]?.textContent ?? "").map((t) => Number(t.replace(/,/g, ""))),
    );
    const known = values.filter((v) => !Number.isNaN(v));
    expect(known).toEqual([...known].sort((a, b) => b - a));
    await expect(main(page).getByText("2023년: 총 61건")).toBeVisible();
  });

  test("검색 양식을 보내면 거른 목록이 본문에 있다", async ({ page }) => {
    await page.goto("/awards");
    await page.getByLabel("담당부서").selectOption({ label: "주민복지과" });
    await page.getByRole("button", { name: "검색" }).click();
    await expect(page).toHaveURL(/department=\d+/);
    const rows = main(page)
      .getByRole("table", { name: /기관표창 수상 실적 목록/ })
      .locator("tbody tr");
    await expect(rows).toHaveCount(5);
    await expectInMainAsSent(page, rows);
  });

  for (const { path, heading } of [
    { path: "/achievements", heading: /분야별/ },
    { path: "/downloads", heading: /내려받기/ },
    { path: "/privacy", heading: /개인정보/ },
    { path: "/copyright", heading: /저작권/ },
    { path: "/years/2023", heading: /2023년/ },
    { path: "/years/2023/department", heading: "2023년 담당부서별 수상 건수와 인센티브" },
    { path: "/awards/print?year=2023", heading: "기관표창 수상 실적" },
  ]) {
    test(`${path}: 제목과 내용이 본문에 있다`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectInMainAsSent(page, main(page).getByRole("heading", { level: 1, name: heading }));
      await expectInMainAsSent(page, main(page).locator("p, table, li").first());
    });
  }

  test("/years/2022: 그해의 총계만, 연도를 밝힌 제목 아래 보인다", async ({ page }) => {
    await page.goto("/years/2022");
    await expectInMainAsSent(page, main(page).getByRole("heading", { level: 1, name: /2022년/ }));
    await expectInMainAsSent(page, main(page).getByText("2022년은 총계만 기록되어 있어", { exact: false }));
    // The KPI cards are the current edition's, not 2022's.
    await expect(main(page).getByRole("region", { name: "핵심 지표" })).toHaveCount(0);
    await expect(main(page).getByRole("heading", { name: /2023/ })).toHaveCount(0);
    await expect(
      page.getByRole("navigation", { name: "주 메뉴" }).getByRole("link", { name: "대시보드" }),
    ).toHaveAttribute("aria-current", "page");
  });

  for (const path of ["/years/2019", "/organisation"]) {
    test(`${path}: 없는 쪽은 404와 그 안내가 본문에 있다`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectInMainAsSent(page, main(page).getByRole("heading", { level: 1 }));
    });
  }

  test("인쇄용 보기: 거른 목록의 모든 행과 조건·출력일·출처를 싣는다", async ({ page }) => {
    await page.goto("/awards/print?year=2023&sort=incentive");
    const rows = main(page).getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(61);
    await expectInMainAsSent(page, rows);
    await expect(main(page).getByText("2023년", { exact: true })).toBeVisible();
    await expect(main(page).getByText("출력일")).toBeVisible();
    await expect(main(page).getByText(/공공누리/)).toBeVisible();
    await expect(main(page).locator("tfoot")).toContainText("합계 61건");
  });
});
