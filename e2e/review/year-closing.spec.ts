import { expect, test, type Page } from "@playwright/test";
import { awardsOf } from "../fixtures/api";
import { login } from "../fixtures/auth";

async function reopen(page: Page, reason: string) {
  await page.goto("/review/years");
  const section = page.getByRole("region", { name: /^2023년/ });
  const heading = section.getByRole("heading", { level: 2 });
  await expect(heading).toBeVisible();
  if (!(await heading.textContent())?.includes("마감")) return;
  await section.getByLabel("2023년 마감 해제 사유").fill(reason);
  await section.getByRole("button", { name: "2023년 마감 해제" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2023년 마감을 해제했습니다." })).toBeVisible();
}

test("a closed year refuses edits until reopened, and the reason shows on the dashboard", async ({ page, request }) => {
  const award = (await awardsOf(request, "세정과")).find((a) => a.title === "지방세 징수 우수기관")!;
  const reason = `e2e 정정: 인센티브 재확인 ${Date.now()}`;
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);

  await page.goto("/review/years");
  const section = page.getByRole("region", { name: /^2023년/ });
  try {
    await section.getByRole("button", { name: "2023년 마감", exact: true }).click();
    // Closing asks first; nothing is closed until the question is answered.
    await expect(section.getByRole("alert")).toContainText("2023년을 마감하면");
    await expect(section.getByRole("heading", { level: 2 })).toContainText("열림");
    await section.getByRole("button", { name: "예, 2023년을 마감합니다" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2023년을 마감했습니다." })).toBeVisible();
    await expect(section.getByRole("heading", { level: 2 })).toContainText("마감");
    await expect(section.getByRole("table", { name: "2023년 마감 기록" })).toContainText("마감");

    // The edit page says why before any form is filled in, and offers no 저장 to refuse afterwards.
    await page.goto(`/workspace/awards/${award.id}/edit`);
    await expect(page.getByText("2023년은 마감되어 수정할 수 없습니다")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "저장" })).toHaveCount(0);
    expect((await awardsOf(request, "세정과")).find((a) => a.id === award.id)!.incentiveWon).toBe(award.incentiveWon);

    // Reopening needs a reason.
    await page.goto("/review/years");
    await section.getByRole("button", { name: "2023년 마감 해제" }).click();
    await expect(section.getByText("마감을 해제하는 사유를 입력해 주세요.")).toBeVisible();
  } finally {
    await reopen(page, reason);
  }
  await expect(section.getByRole("table", { name: "2023년 마감 기록" })).toContainText(reason);

  await page.goto("/");
  await expect(page.getByText(reason)).toBeVisible();
});
