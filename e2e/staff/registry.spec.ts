import { expect, test, type Browser, type Page } from "@playwright/test";
import { findAward, summary } from "../fixtures/api";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

const serial = Date.now().toString(36);

// Three people in turn, and axe over registry tables of every department and body: more than the default 30 s.
test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(page, username);
  await expect(page).toHaveURL(/\/workspace/);
  return page;
}

/** A planner publishes a 2023 award for one department through the form. */
async function publishAward(planner: Page, title: string, agency: string, department: string) {
  await planner.goto("/workspace/awards/new");
  await planner.getByLabel("연도").fill("2023");
  await planner.getByLabel("수상명").fill(title);
  await planner.getByLabel("주관기관").selectOption({ label: agency });
  await planner.getByLabel("인센티브(백만원)").fill("1");
  const group = planner.getByRole("group", { name: "담당부서" });
  for (const box of await group.getByRole("checkbox", { checked: true }).all()) await box.uncheck();
  await group.getByLabel(department, { exact: true }).check();
  await planner.getByRole("button", { name: "저장" }).click();
  await expect(planner).toHaveURL(/notice=published/);
}

/** Puts the record back for the other specs: the planner moves the award to the trash. */
async function trash(planner: Page, request: Parameters<typeof findAward>[0], title: string) {
  const award = (await findAward(request, title))!;
  await planner.goto(`/workspace/awards/${award.id}/edit`);
  await planner.getByRole("button", { name: "삭제" }).click();
  await expect(planner).toHaveURL(/notice=deleted/);
}

test("an admin adds a body and departments; a duplicate name is refused beside the field", async ({ page }) => {
  await login(page, "admin");
  await expect(page).toHaveURL(/\/workspace|\/admin/);
  await page.goto("/admin/registry");
  await expectNoAxeViolations(page);
  const addAgency = page.getByRole("form", { name: "주관기관 추가" });
  await addAgency.getByLabel("기관명").fill(`e2e 기관 ${serial}`);
  await addAgency.getByLabel("기관 구분").selectOption({ index: 3 });
  await addAgency.getByRole("button", { name: "추가" }).click();
  await expect(page.getByRole("table", { name: /주관기관/ })).toContainText(`e2e 기관 ${serial}`);

  await addAgency.getByLabel("기관명").fill("보건복지부");
  await addAgency.getByLabel("기관 구분").selectOption({ index: 1 });
  await addAgency.getByRole("button", { name: "추가" }).click();
  await expect(addAgency.getByText("같은 이름의 주관기관이 이미 등록되어 있습니다.")).toBeVisible();
  await expect(addAgency.getByLabel("기관명")).toHaveValue("보건복지부");
  await expectNoAxeViolations(page);
});

test("an officer proposes a new body with an award; the planner's approval publishes both", async ({
  browser,
  page,
  request,
}) => {
  const title = `e2e 새 기관 수상 ${serial}`;
  const body = `e2e 제안 기관 ${serial}`;
  const before = await summary(request);
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByRole("link", { name: "새 주관기관의 수상 실적 입력" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("새 주관기관의 수상 실적 입력");
  await expectNoAxeViolations(page);
  await page.getByLabel("연도").fill("2023");
  await page.getByLabel("수상명").fill(title);
  await page.getByLabel("새 주관기관 이름").fill(body);
  await page.getByLabel("기관 구분").selectOption({ index: 3 });
  await page.getByLabel("인센티브(백만원)").fill("2");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);
  expect(await summary(request)).toMatchObject({ awardCount: before.awardCount });

  const planner = await signedIn(browser, "planning");
  await planner.goto("/review");
  const item = planner.getByRole("article", { name: new RegExp(title) });
  await expect(item.getByRole("table", { name: "바뀌는 내용" })).toContainText(`${body} (새 주관기관 제안)`);
  await item.getByRole("button", { name: "승인", exact: true }).click();
  await expect(planner.getByRole("status").filter({ hasText: "승인해 게시했습니다" })).toBeVisible();

  await page.goto(`/awards?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText(body);
  expect((await summary(request)).awardCount).toBe(before.awardCount + 1);
  await trash(planner, request, title);
});

test("merging two departments moves their awards to one public line, each keeping its published name", async ({
  browser,
  page,
  request,
}) => {
  const [first, second, merged] = [`e2e부서가${serial}`, `e2e부서나${serial}`, `e2e통합부서${serial}`];
  const admin = await signedIn(browser, "admin");
  await admin.goto("/admin/registry");
  for (const name of [first, second]) {
    const form = admin.getByRole("form", { name: "부서 추가" });
    await form.getByLabel("부서명").fill(name);
    await form.getByRole("button", { name: "추가" }).click();
    await expect(admin.getByRole("status").filter({ hasText: name })).toBeVisible();
    await expect(admin.getByRole("table", { name: /부서 \d+곳/ })).toContainText(name);
  }

  const planner = await signedIn(browser, "planning");
  const titles = [`e2e 통합 전 수상 가 ${serial}`, `e2e 통합 전 수상 나 ${serial}`];
  await publishAward(planner, titles[0], "보건복지부", first);
  await publishAward(planner, titles[1], "보건복지부", second);
  const before = await summary(request);

  await admin.reload();
  const form = admin.getByRole("form", { name: "부서 통합" });
  await form.getByRole("group", { name: "통합할 부서" }).getByLabel(first, { exact: true }).check();
  await form.getByRole("group", { name: "통합할 부서" }).getByLabel(second, { exact: true }).check();
  await form.getByLabel("통합 후 부서(새 부서명)").fill(merged);
  await form.getByLabel("통합한 날짜").fill("2024-01-01");
  await form.getByRole("button", { name: "부서 통합" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "부서를 통합했습니다" })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The dashboard's figures: one line for the merged department, the year's totals unchanged.
  const after = await summary(request);
  expect(after.awardCount).toBe(before.awardCount);
  const line = after.byDepartment.find((d) => d.department === merged);
  expect(line?.awardCount).toBe(2);
  expect(after.byDepartment.some((d) => d.department === first || d.department === second)).toBe(false);

  // The public filter offers the merged department and lists both awards under their published names.
  await page.goto("/awards?year=2023");
  await page.getByLabel("담당부서").selectOption({ label: merged });
  await page.getByRole("button", { name: "검색" }).click();
  const results = page.getByRole("region", { name: "검색 결과" });
  await expect(results.getByText(/총 2건/)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(titles[0]) })).toContainText(first);
  await expect(page.getByRole("row", { name: new RegExp(titles[1]) })).toContainText(second);
  await expect(page.getByLabel("담당부서").locator("option", { hasText: first })).toHaveCount(0);
  // A link filtered by an old department (a bookmark) leads to the merged one, with both awards.
  const firstId = before.byDepartment.find((d) => d.department === first)!.departmentId;
  await page.goto(`/awards?year=2023&department=${firstId}`);
  await expect(page).toHaveURL(new RegExp(`department=${line!.departmentId}`));
  await expect(page.getByRole("region", { name: "검색 결과" }).getByText(/총 2건/)).toBeVisible();

  // The split page's second step lists a department's records with a choice each.
  const welfare = before.byDepartment.find((d) => d.department === "주민복지과")!.departmentId;
  await planner.goto(`/review/split?department=${welfare}&name1=${encodeURIComponent("가과")}&name2=나과`);
  await expect(planner.getByRole("table", { name: /주민복지과의 기록/ })).toBeVisible();
  await expectNoAxeViolations(planner);

  for (const title of titles) await trash(planner, request, title);
});
