import { expect, type Page, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

const narrativeOf = (page: Page) => page.locator('section[aria-labelledby="edition-heading"]');

async function expectMessage(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test("a planner starts and publishes the 2024 edition, with an officer's point approved; 2023 is unchanged", async ({
  page,
  browser,
}) => {
  // One long story across three people; each step waits for the server, none sleeps.
  test.setTimeout(180_000);
  const baseURL = test.info().project.use.baseURL;
  await page.goto("/years/2023");
  const narrative2023 = await narrativeOf(page).textContent();
  expect(narrative2023).toContain("2023년 투자유치 12,190억원으로 8년 연속 1조원대 투자유치 달성");

  // The planner starts 2024 from 2023: the areas come over with their headlines, the text is empty.
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/editions");
  await page.getByRole("button", { name: "2024년 판 시작" }).click();
  await expect(page).toHaveURL(/\/workspace\/editions\/2024$/);
  const firstArea = page.getByRole("region", { name: /^1\. / });
  await expect(firstArea.getByRole("heading", { level: 2 })).toHaveText(
    "1. 공존하며 성장하는 지역경제, 경제 강군으로의 위상 강화",
  );
  await expect(firstArea.getByText("아직 서술 항목이 없습니다.")).toBeVisible();
  await expectNoAxeViolations(page);

  await firstArea.getByLabel("분야 제목").fill("지역경제 2024: 투자와 일자리");
  await firstArea.getByRole("button", { name: "제목 저장" }).click();
  await expectMessage(page, "분야 제목을 저장했습니다.");
  const renamed = page.getByRole("region", { name: /^1\. 지역경제 2024/ });
  await renamed.getByLabel("새 서술 항목").fill("2024년 투자유치 시험 문장");
  await renamed.getByRole("button", { name: "항목 추가" }).click();
  await expectMessage(page, "서술 항목을 추가했습니다.");
  await expect(renamed.getByLabel("서술 내용")).toHaveValue("2024년 투자유치 시험 문장");

  // In preparation: no visitor can reach it.
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  expect((await visitor.goto("/years/2024"))?.status()).toBe(404);

  // An officer proposes a point in the third area.
  const officer = await (await browser.newContext({ baseURL })).newPage();
  await login(officer, "welfare");
  await expect(officer).toHaveURL(/\/workspace/);
  await officer.goto("/workspace/editions/2024");
  const thirdArea = officer.getByRole("region", { name: /^3\. / });
  await thirdArea.getByLabel("제안할 서술 항목").fill("돌봄 체계 확대 제안 문장");
  await thirdArea.getByRole("button", { name: "항목 제안" }).click();
  await expectMessage(officer, "서술 항목을 제안했습니다.");

  // The review queue lists it; the planner approves it in the editor, then publishes.
  await page.goto("/review");
  await expect(page.getByRole("link", { name: /돌봄 체계 확대 제안 문장/ })).toBeVisible();
  await page.getByRole("link", { name: /돌봄 체계 확대 제안 문장/ }).click();
  await expect(page).toHaveURL(/\/workspace\/editions\/2024#proposal-/);
  const proposals = page.getByRole("region", { name: /서술 항목 제안/ });
  await proposals.getByRole("button", { name: "승인" }).click();
  // The decided proposal leaves the list (its form with it); the point is now in the edition.
  await expect(page.getByRole("region", { name: /^3\. / }).getByLabel("서술 내용")).toHaveValue(
    "돌봄 체계 확대 제안 문장",
  );
  await expect(proposals.getByText("검토를 기다리거나 반려된 제안이 없습니다.")).toBeVisible();
  await page.getByRole("button", { name: "2024년 판 게시" }).click();
  await expect(page.getByText(/^게시됨 \(처음 게시/)).toBeVisible();

  // A correction after publication goes live and enters the public change log.
  await page
    .getByRole("region", { name: /^1\. 지역경제 2024/ })
    .getByLabel("서술 내용")
    .fill("2024년 투자유치 고친 문장");
  await page
    .getByRole("region", { name: /^1\. 지역경제 2024/ })
    .getByRole("button", { name: "저장", exact: true })
    .click();
  await expectMessage(page, "서술 항목을 저장했습니다.");

  await visitor.goto("/years/2024");
  const narrative2024 = narrativeOf(visitor);
  await expect(narrative2024.getByRole("heading", { name: "지역경제 2024: 투자와 일자리" })).toBeVisible();
  await expect(narrative2024.getByText("2024년 투자유치 고친 문장")).toBeVisible();
  await expect(narrative2024.getByText("돌봄 체계 확대 제안 문장")).toBeVisible();
  const changes = visitor.getByRole("region", { name: "2024년 판 변경 이력" });
  await expect(changes).toContainText("분야별 서술 1건 변경");
  await expect(changes).toContainText("기획감사실 승인");
  await expect(changes).not.toContainText("담당자");
  await expectNoAxeViolations(visitor);

  await visitor.goto("/achievements");
  await expect(visitor.getByText("2024년 투자유치 고친 문장")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "2023년 판" })).toBeVisible();
  await expectNoAxeViolations(visitor);

  await visitor.goto("/years/2023");
  expect(await narrativeOf(visitor).textContent()).toBe(narrative2023);
});
