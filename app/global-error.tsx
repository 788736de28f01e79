"use client";

/** An error in the root layout itself: its own page, still Korean, still without a stack. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="ko">
      <body>
        <main id="main">
          <h1>일시적인 오류가 생겼습니다</h1>
          <p>요청을 처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요.</p>
          {error.digest ? <p>오류 번호: {error.digest}</p> : null}
          <p>
            <a href="/">대시보드로 가기</a>
          </p>
        </main>
      </body>
    </html>
  );
}
