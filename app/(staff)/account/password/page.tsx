import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "비밀번호 변경" };

export default async function ChangePasswordPage() {
  // The one staff page open to an account that must replace its password first.
  const viewer = await requireStaff({ allowPasswordChange: true });
  return (
    <main id="main" className="container narrow">
      <h1>비밀번호 변경</h1>
      {viewer.mustChangePassword ? (
        <p className="alert alert--warning">
          관리자가 이 계정의 비밀번호를 초기화해(새로 만든 계정 포함) 임시 비밀번호로 로그인했습니다. 임시 비밀번호는
          관리자도 알고 있으므로, 본인만 아는 새 비밀번호를 정해야 다른 화면을 쓸 수 있습니다.
        </p>
      ) : (
        <p>현재 비밀번호를 확인한 뒤 새 비밀번호로 바꿉니다.</p>
      )}
      <ChangePasswordForm />
    </main>
  );
}
