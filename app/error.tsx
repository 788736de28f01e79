"use client";

/**
 * An unexpected server error, in Korean. It never shows the error's message or stack (a production
 * build sends neither to the browser); the digest lets an operator find the entry in the server log.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container narrow">
      <h1>일시적인 오류가 생겼습니다</h1>
      <p>요청을 처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요. 문제가 계속되면 누리집 담당 부서에 알려 주세요.</p>
      {error.digest ? <p>오류 번호: {error.digest}</p> : null}
      <p>
        <button type="button" className="button" onClick={reset}>
          다시 시도
        </button>{" "}
        <a href="/">대시보드로 가기</a>
      </p>
    </main>
  );
}
