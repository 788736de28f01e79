"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { confirmTwoFactorAction } from "@/lib/actions/auth/confirm-two-factor";
import { startTwoFactorAction } from "@/lib/actions/auth/start-two-factor";
import { IDLE } from "@/lib/actions/form-state";
import type { TwoFactorStatus } from "@/lib/data/two-factor";

/**
 * Start, then confirm with a first code. The confirm form stays mounted after the page refreshes
 * to "enrolled", so the recovery codes it was handed stay on screen until the user leaves.
 */
export function TwoFactorPanel({ status }: { status: TwoFactorStatus }) {
  const [started, start] = useActionState(startTwoFactorAction, IDLE);
  const [confirmed, confirm] = useActionState(confirmTwoFactorAction, IDLE);
  const startRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLFormElement>(null);
  const recoveryCodes = confirmed.data?.recoveryCodes as string[] | undefined;
  return (
    <>
      {recoveryCodes ? (
        <section aria-labelledby="recovery-heading" className="stack">
          <FormStatus state={confirmed} formRef={confirmRef} />
          <h2 id="recovery-heading">복구 코드</h2>
          <p>휴대전화를 잃어버렸을 때 코드 대신 하나씩 한 번만 쓸 수 있습니다. 이 화면을 떠나면 다시 볼 수 없습니다.</p>
          <ul aria-label="복구 코드 목록" className="recovery-codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : status.kind === "enrolled" ? (
        <p role="status">
          일회용 코드를 쓰고 있습니다. 남은 복구 코드: {status.recoveryCodesLeft}개. 휴대전화를 바꾸려면 관리자에게
          초기화를 요청해 주세요.
        </p>
      ) : status.kind === "pending" ? (
        <form ref={confirmRef} action={confirm} noValidate className="stack">
          <FormStatus state={confirmed.status === "idle" ? started : confirmed} formRef={confirmRef} />
          <h2>1. 인증 앱에 키 등록</h2>
          <p>앱에서 ‘설정 키 입력’을 고르고 아래 키를 입력하거나, 링크를 지원하는 앱이면 링크를 엽니다.</p>
          <dl>
            <dt>설정 키</dt>
            <dd>
              <code data-testid="totp-secret">{status.secret}</code>
            </dd>
            <dt>등록 링크</dt>
            <dd>
              <a href={status.uri}>{status.uri}</a>
            </dd>
          </dl>
          <h2>2. 앱에 보이는 코드로 확인</h2>
          <TextField
            name="code"
            label="6자리 코드"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            maxLength={6}
            errors={confirmed.errors?.code}
          />
          <SubmitButton>등록 확인</SubmitButton>
        </form>
      ) : (
        <form ref={startRef} action={start} className="stack">
          <FormStatus state={started} formRef={startRef} />
          <SubmitButton>일회용 코드 등록 시작</SubmitButton>
        </form>
      )}
    </>
  );
}
