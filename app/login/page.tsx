import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoginForm } from "@/components/staff/login-form";

export const metadata: Metadata = { title: "직원 로그인" };

export default function LoginPage() {
  return (
    <main id="main" className="container narrow">
      <h1>직원 로그인</h1>
      <p>부서 담당자와 기획감사실 직원이 수상 실적과 지표를 입력하고 검토하는 곳입니다.</p>
      <Suspense fallback={null}>
        <LoginForm />
      </Suspense>
      <p>
        <Link href="/">공개 대시보드로 돌아가기</Link>
      </p>
    </main>
  );
}
