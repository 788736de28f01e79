import { expect, test, type Browser, type Page } from "@playwright/test";
import { awardsOf } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import { login } from "../fixtures/auth";

const RULE = "기획부서 직원 본인의 변경도 다른 기획 담당자의 승인을 받습니다";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(page, username);
  await expect(page).toHaveURL(/\/workspace/);
  return page;
}

async function setRule(admin: Page, on: boolean) {
  await admin.goto("/admin/organisation");
  await admin.getByLabel(RULE).setChecked(on);
  await admin.getByRole("button", { name: "저장" }).click();
  await expect(admin.getByText("기관 정보를 저장했습니다")).toBeVisible();
}

test("with the four-eyes rule on, a planner's edit waits in review and the planner cannot approve it", async ({
  browser,
  request,
}) => {
  const admin = await signedIn(browser, "admin");
  await setRule(admin, true);
  try {
    const award = (await awardsOf(request, "세정과")).find((a) => a.title === "지방세 징수 우수기관")!;
    const planner = await signedIn(browser, "planning");
    await planner.goto(`/workspace/awards/${award.id}/edit`);
    const remarks = `두 사람 확인 ${Date.now()}`;
    await planner.getByLabel("비고").fill(remarks);
    await planner.getByRole("button", { name: "저장" }).click();
    await expect(planner).toHaveURL(/\/workspace\/submissions/);
    // Not published: the public record keeps its approved remarks.
    const published = await (await request.get(`/api/v1/awards?q=${encodeURIComponent(award.title)}`)).json();
    expect(published.data.find((a: { id: number }) => a.id === award.id).remarks).not.toBe(remarks);

    await planner.goto("/review");
    const item = planner.getByRole("article", { name: new RegExp(award.title) });
    await expect(item).toContainText("본인이 제출한 변경입니다");
    await expect(item.getByRole("button", { name: "승인", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(planner);
    // Returning it withdraws it, so the shared record is left as it was.
    await item.getByLabel("반려 사유").fill("시험 제출 거둠");
    await item.getByRole("button", { name: "반려", exact: true }).click();
    await expect(planner.getByRole("status").filter({ hasText: "반려했습니다" })).toBeVisible();
  } finally {
    await setRule(admin, false);
  }
});
