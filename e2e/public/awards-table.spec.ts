import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByRole("region", { name: "검색 결과" });
const awardsTable = (page: Page) => results(page).getByRole("table", { name: /기관표창 수상 실적 목록/ });
const bodyRows = (page: Page) => awardsTable(page).locator("tbody").getByRole("row");
// Cells of a body row, after its row header (수상명): 연도, 주관기관, 등급, 인센티브, 담당부서.
const INCENTIVE_CELL = 3;

test.describe("수상 실적 표", () => {
  test("담당부서로 거르면 그 부서의 수상과 합계만 보이고, 새로고침해도 유지된다", async ({ page }) => {
    await page.goto("/awards");
    await page.getByLabel("담당부서").selectOption({ label: "주민복지과" });
    await page.getByRole("button", { name: "검색" }).click();

    // Only the chosen filter is in the link: the form's empty fields and defaults are left out.
    await expect(page).toHaveURL(/\/awards\?department=\d+#award-results$/);
    await expect(results(page).getByText("총 5건 · 인센티브 합계 76백만원")).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(5);
    const incentives = await bodyRows(page).evaluateAll(
      (rows, i) => rows.map((r) => r.querySelectorAll("td")[i]?.textContent),
      INCENTIVE_CELL,
    );
    expect(incentives).toEqual(["17", "30", "20", "5", "4"]);
    await expect(awardsTable(page).locator("tfoot")).toContainText("합계 5건");
    await expect(awardsTable(page).locator("tfoot")).toContainText("76");

    await page.reload();
    await expect(page.getByLabel("담당부서")).toHaveValue(/\d+/);
    await expect(page.getByLabel("담당부서").locator("option:checked")).toHaveText("주민복지과");
    await expect(bodyRows(page)).toHaveCount(5);
  });

  test("여러 부서가 함께 받은 상에는 공동 수상 부서를 적는다", async ({ page }) => {
    await page.goto("/awards");
    await page.getByLabel("담당부서").selectOption({ label: "농촌지원과" });
    await page.getByRole("button", { name: "검색" }).click();
    await expect(
      results(page).getByText("여러 부서가 함께 받은 상은 부서마다 한 건으로 셉니다.", { exact: false }),
    ).toBeVisible();
    await expect(bodyRows(page).first()).toContainText(/공동 수상: (농촌지원과, 기술보급과|기술보급과, 농촌지원과)/);
  });

  test("인센티브 열 제목으로 정렬한다", async ({ page }) => {
    await page.goto("/awards");
    await awardsTable(page)
      .getByRole("link", { name: /^인센티브\(백만원\)/ })
      .click();

    await expect(page).toHaveURL(/[?&]sort=incentive/);
    await expect(awardsTable(page).getByRole("columnheader", { name: /인센티브/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(bodyRows(page).first().getByRole("cell").nth(INCENTIVE_CELL)).toHaveText("297.2");

    await awardsTable(page)
      .getByRole("link", { name: /^인센티브\(백만원\)/ })
      .click();
    await expect(page).toHaveURL(/[?&]dir=asc/);
    await expect(awardsTable(page).getByRole("columnheader", { name: /인센티브/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
  });

  test("쪽을 넘기고, 주소에 쪽 번호가 남는다", async ({ page }) => {
    await page.goto("/awards");
    const pager = page.getByRole("navigation", { name: "수상 실적 쪽 이동" });
    await expect(pager).toContainText("1 / 4쪽");
    await expect(bodyRows(page)).toHaveCount(20);

    await pager.getByRole("link", { name: /^다음/ }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pager).toContainText("2 / 4쪽");
    await expect(bodyRows(page).first().getByRole("rowheader")).toHaveText(
      "2023년 전국 지방자치단체 일자리대상(목표공시제 부문)",
    );

    await page.reload();
    await expect(pager).toContainText("2 / 4쪽");

    await page.goto("/awards?page=4");
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(pager.getByRole("link", { name: /^다음/ })).toHaveCount(0);
    await pager.getByRole("link", { name: /^이전/ }).click();
    await expect(page).toHaveURL(/[?&]page=3/);
    await expect(pager).toContainText("3 / 4쪽");
  });

  test("잘못된 주소 조건은 알리고 나머지 조건으로 보여 준다", async ({ page }) => {
    await page.goto("/awards?page=abc");
    await expect(page.getByRole("alert").filter({ hasText: "쓸 수 없어" })).toContainText("쪽 번호는 숫자여야 합니다.");
    await expect(bodyRows(page)).toHaveCount(20);
  });

  test("CSV 내려받기 링크는 같은 조건을 쓴다", async ({ page }) => {
    await page.goto("/awards?year=2023&grade=%EC%B5%9C%EC%9A%B0%EC%88%98");
    const href = await results(page).getByRole("link", { name: "CSV 내려받기" }).getAttribute("href");
    const url = new URL(href!, "http://localhost");
    expect(url.pathname).toBe("/api/v1/awards");
    expect(url.searchParams.get("year")).toBe("2023");
    expect(url.searchParams.get("grade")).toBe("최우수");
    expect(url.searchParams.get("format")).toBe("csv");
  });
});

test.describe("자바스크립트 없이", () => {
  test.use({ javaScriptEnabled: false });

  // What the GET form submits: every field, the empty ones too. (Its fields are read from the page
  // rather than clicked: the filters stream in behind a Suspense boundary, which needs JavaScript to show.)
  test("검색 양식이 보낸 빈 조건은 주소에 남지 않는다", async ({ page }) => {
    await page.goto("/awards");
    const form = page.locator("form[role=search]");
    const action = await form.getAttribute("action");
    const names = await form.locator("[name]").evaluateAll((els) => els.map((e) => e.getAttribute("name")!));
    const submitted = new URLSearchParams(names.map((name): [string, string] => [name, ""]));
    submitted.set("year", "2023");
    submitted.set("pageSize", "50");
    await page.goto(`${action}?${submitted}`);

    await expect(page).toHaveURL(/\/awards\?year=2023&pageSize=50#award-results$/);
  });
});
