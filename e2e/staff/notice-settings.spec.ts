import { expect, type Page, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

/** Issue 17: staff choose notices by e-mail and give their address, with the reason beside the field. */

async function openSettings(page: Page) {
  await login(page, "tax");
  await expect(page).toHaveURL(/\/workspace/);
  await page.getByRole("navigation", { name: "업무 메뉴" }).getByRole("link", { name: "알림 설정" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "알림 설정" })).toBeVisible();
}

async function turnOff(page: Page) {
  await page.getByLabel("이메일 주소").fill("");
  await page.getByRole("checkbox", { name: "알림을 이메일로 받기" }).uncheck();
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByText("알림 설정을 저장했습니다. 알림을 받지 않습니다.")).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an officer turns notices on with an address; a wrong one is refused beside the field", async ({ page }) => {
      await openSettings(page);
      const email = page.getByLabel("이메일 주소");
      const box = page.getByRole("checkbox", { name: "알림을 이메일로 받기" });

      await box.check();
      await page.getByRole("button", { name: "저장" }).click();
      await expect(email).toHaveAccessibleDescription(/알림을 받으려면 이메일 주소를 입력해 주세요\./);
      await expect(box).toBeChecked();

      await email.fill("tax@jincheon");
      await page.getByRole("button", { name: "저장" }).click();
      await expect(email).toHaveAccessibleDescription(/이메일 주소 형식이 올바르지 않습니다\. 예: hong@korea\.kr/);
      // Nothing typed is lost.
      await expect(email).toHaveValue("tax@jincheon");
      await expect(page.getByRole("checkbox", { name: "알림을 이메일로 받기" })).toBeChecked();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await page.getByLabel("이메일 주소").fill("tax@jincheon.go.kr");
      await page.getByRole("button", { name: "저장" }).click();
      await expect(page.getByText("알림 설정을 저장했습니다. 이제 알림을 이메일로 받습니다.")).toBeVisible();

      await page.goto("/account/notices");
      await expect(page.getByLabel("이메일 주소")).toHaveValue("tax@jincheon.go.kr");
      await expect(page.getByRole("checkbox", { name: "알림을 이메일로 받기" })).toBeChecked();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await turnOff(page);
    });
  });
}

test("the privacy page says the address is kept, and why", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByRole("listitem").filter({ hasText: "이메일 주소(직원이 알림 설정에서" })).toContainText(
    "제출·반려 알림을 보내는 데만",
  );
});
