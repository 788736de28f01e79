import { expect, test } from "@playwright/test";
import { awardsOf, findAward } from "../fixtures/api";
import { login } from "../fixtures/auth";

test("an officer cannot edit another department's award, through the UI or a crafted request", async ({
  page,
  request,
}) => {
  const taxAward = (await awardsOf(request, "세정과"))[0];
  const ownAward = (await awardsOf(request, "주민복지과"))[0];

  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto(`/workspace/awards/${taxAward.id}/edit`);
  await expect(page.getByText("다른 부서의 수상 실적은 수정할 수 없습니다.")).toBeVisible();
  await expect(page.getByLabel("수상명")).toHaveCount(0);

  // Save the officer's own award, but rewrite the request on the wire so it names the other
  // department's award: the server action must refuse it and change nothing.
  let crafted = false;
  await page.route(/\/workspace\/awards\/\d+\/edit$/, async (route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() !== "POST" || !body) return route.continue();
    const rewritten = body.replace(new RegExp(`(name="_?\\d+_id"\r\n\r\n)${ownAward.id}(\r\n)`), `$1${taxAward.id}$2`);
    crafted = rewritten !== body;
    await route.continue({ postData: rewritten });
  });
  await page.goto(`/workspace/awards/${ownAward.id}/edit`);
  await page.getByLabel("수상명").fill("가로채기 시도");
  await page.getByRole("group", { name: "담당부서" }).getByLabel("세정과").check();
  await page.getByRole("button", { name: "저장" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "다른 부서의 수상 실적은 수정할 수 없습니다." }),
  ).toBeVisible();

  expect(crafted).toBe(true);
  const after = await findAward(request, taxAward.title);
  expect(after).toEqual(taxAward);
  expect(await findAward(request, "가로채기 시도")).toBeUndefined();
});
