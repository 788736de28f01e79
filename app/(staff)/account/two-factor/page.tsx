import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { pendingGate } from "@/lib/auth/gate";
import { getTwoFactorStatus } from "@/lib/data/two-factor";
import { TwoFactorPanel } from "./two-factor-panel";

export const metadata: Metadata = { title: "일회용 코드(2단계 인증)" };

export default async function TwoFactorPage() {
  // Open to an account that must enrol before anything else (lib/auth/gate.ts).
  const viewer = await requireStaff({ allow: "enrol_two_factor" });
  const status = await getTwoFactorStatus(viewer);
  return (
    <main id="main" className="container narrow">
      <h1>일회용 코드(2단계 인증)</h1>
      {pendingGate(viewer) === "enrol_two_factor" ? (
        <p className="alert alert--warning">
          이 계정의 역할은 일회용 코드를 써야 합니다. 등록을 마쳐야 다른 화면을 쓸 수 있습니다.
        </p>
      ) : null}
      <p>
        로그인할 때 비밀번호와 함께 인증 앱(Google Authenticator, Microsoft Authenticator 등)에 보이는 6자리 숫자를
        입력합니다. 비밀번호가 새어 나가도 휴대전화 없이는 로그인할 수 없습니다.
      </p>
      <TwoFactorPanel status={status} />
    </main>
  );
}
