import { expect, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

const AREA = "지역의 미래를 내다보는 미래지향적 인구구조 확립 및 맞춤형 정책 추진";

test("an officer proposes a new KPI, a planner approves it, and the public page and API show it", async ({
  browser,
  page,
  request,
}) => {
  // Two sessions and two axe runs on a shared machine: more than the default 30 s.
  test.setTimeout(120_000);
  const name = `e2e 노인 일자리 참여자 ${Date.now()}`;
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/kpis");
  await page.getByRole("link", { name: "새 성과 지표" }).click();
  await expect(page).toHaveURL(/\/workspace\/kpis\/new$/);

  // A mistake first: the form says what is wrong beside the field and keeps what was typed.
  await page.getByLabel("정책 분야").selectOption({ label: AREA });
  await page.getByLabel("지표명").fill(name);
  await page.getByLabel("단위").fill("명");
  await page.getByLabel("출처").fill("진천군 주민복지과 내부 통계");
  await page.getByLabel("비교").fill("도내 2위");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByText("비교·참고 값은 첫 값과 함께 입력해 주세요.")).toBeVisible();
  await expect(page.getByLabel("값", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("지표명")).toHaveValue(name);
  await expectNoAxeViolations(page);

  await page.getByLabel("값", { exact: true }).fill("-12");
  await page.getByLabel("기간 종류").selectOption({ label: "연도" });
  await page.getByLabel("연도").fill("2023");
  await page.getByLabel("참고 값").fill("전국 0.778명");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("승인 대기");

  const before = await (await request.get("/api/v1/kpis")).json();
  expect(before.data.map((k: { name: string }) => k.name)).not.toContain(name);

  const planner = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(planner, "planning");
  await expect(planner).toHaveURL(/\/workspace/);
  await planner.goto("/review");
  const item = planner.getByRole("article", { name: new RegExp(name) });
  const changes = item.getByRole("table", { name: "바뀌는 내용" });
  await expect(changes).toContainText("주민복지과");
  await expect(changes).toContainText("2023 -12명");
  await expect(changes).toContainText("도내 2위, 전국 0.778명");
  await expectNoAxeViolations(planner);
  await item.getByRole("button", { name: "승인", exact: true }).click();
  await expect(planner.getByRole("status").filter({ hasText: "승인" })).toBeVisible();

  const after = await (await request.get("/api/v1/kpis")).json();
  expect(after.data.find((k: { name: string }) => k.name === name)).toMatchObject({
    unit: "명",
    department: "주민복지과",
    values: [{ period: "2023", value: "-12", formatted: "-12명" }],
  });
  await page.goto("/achievements");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("전국 0.778명");
  const csv = await (await request.get("/api/v1/kpis?format=csv")).text();
  expect(csv).toContain(name);
});
