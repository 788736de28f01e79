import { expect, test } from "@playwright/test";
import { awardsOf } from "../fixtures/api";
import { login } from "../fixtures/auth";

/** A PDF of the given size: a real header, then padding, as a scanned 공문 would be. */
function pdf(name: string, bytes: number) {
  const head = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary");
  return { name, mimeType: "application/pdf", buffer: Buffer.concat([head, Buffer.alloc(bytes - head.length, 0x20)]) };
}

test("an officer attaches a 2 MB 공문 to an award; an 11 MB one is refused beside the field", async ({
  page,
  request,
}) => {
  const award = (await awardsOf(request, "주민복지과"))[0];
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto(`/workspace/awards/${award.id}/edit`);
  const field = page.getByLabel("증빙 파일", { exact: true });

  // Within the 10 MB the hint promises, though over the 1 MB Next allows a server action by default.
  await field.setInputFiles(pdf("공문-2MB.pdf", 2 * 1024 * 1024));
  await page.getByRole("button", { name: "증빙 붙이기" }).click();
  await expect(page.getByRole("link", { name: "공문-2MB.pdf" })).toBeVisible();

  await page.getByLabel("증빙 파일", { exact: true }).setInputFiles(pdf("상장-11MB.pdf", 11 * 1024 * 1024));
  await page.getByRole("button", { name: "증빙 붙이기" }).click();
  await expect(page.locator("#evidence-file-error")).toHaveText("증빙 파일은 10MB까지 올릴 수 있습니다.");
  await expect(page.getByRole("link", { name: "상장-11MB.pdf" })).toHaveCount(0);
});
