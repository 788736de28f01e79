import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { param, type PageSearchProps } from "@/lib/route-props";
import { LoginCodeForm } from "./login-code-form";

// Sent whole (no streaming boundary), so the form is there and works with scripts off.
export const instant = false;

export const metadata: Metadata = { title: "일회용 코드 입력" };

export default function LoginCodePage({ searchParams }: PageSearchProps) {
  return (
    <main id="main" className="container narrow">
      <h1>일회용 코드 입력</h1>
      <p>
        비밀번호를 확인했습니다. 인증 앱에 보이는 6자리 숫자를 입력해 주세요. 휴대전화를 잃어버렸다면 복구 코드 하나를
        입력할 수 있습니다.
      </p>
      <LoginCodeForRequest searchParams={searchParams} />
      <p>
        <Link href="/login">아이디와 비밀번호부터 다시 입력하기</Link>
      </p>
    </main>
  );
}

async function LoginCodeForRequest({ searchParams }: PageSearchProps) {
  const params = await searchParams;
  return <LoginCodeForm callbackUrl={safeCallbackPath(param(params, "callbackUrl"))} />;
}
