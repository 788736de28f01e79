import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/staff/login-form";
import { getOrganisation } from "@/lib/data/organisation";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { param, type PageSearchProps } from "@/lib/route-props";

// Sent whole (no streaming boundary), so the form is there and works with scripts off.
export const instant = false;

export const metadata: Metadata = { title: "직원 로그인" };

export default async function LoginPage({ searchParams }: PageSearchProps) {
  const { reviewOffice } = await getOrganisation();
  return (
    <main id="main" className="container narrow">
      <h1>직원 로그인</h1>
      <p>부서 담당자와 {reviewOffice} 직원이 수상 실적과 지표를 입력하고 검토하는 곳입니다.</p>
      <LoginFormForRequest searchParams={searchParams} />
      <p>
        <Link href="/">공개 대시보드로 돌아가기</Link>
      </p>
    </main>
  );
}

async function LoginFormForRequest({ searchParams }: PageSearchProps) {
  const params = await searchParams;
  return <LoginForm callbackUrl={safeCallbackPath(param(params, "callbackUrl"))} notice={param(params, "notice")} />;
}
