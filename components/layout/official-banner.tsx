import styles from "./official-banner.module.css";

/**
 * The identifier KRDS asks of every official government site, above the header: one line that says
 * this is an official site, and how to tell (a details element, so it opens without JavaScript).
 */
export function OfficialBanner() {
  return (
    <div className={styles.banner}>
      <div className={`container ${styles.inner}`}>
        <details className={styles.details}>
          <summary>
            <span className={styles.flag} aria-hidden="true" />이 누리집은 대한민국 공식 전자정부 누리집입니다.
            <span className={styles.how}>공식 누리집 확인 방법</span>
          </summary>
          <div className={styles.body}>
            <p>
              <strong>공식 누리집 주소 확인하기</strong>: 정부와 지방자치단체의 누리집 주소는 대개 <code>go.kr</code>로
              끝납니다. 주소가 다르면 개인정보를 입력하기 전에 기관에 확인해 주십시오.
            </p>
            <p>
              <strong>보안 연결 확인하기</strong>: 주소창의 자물쇠 표시(https)는 이 누리집과 안전하게 연결되었다는
              뜻입니다.
            </p>
          </div>
        </details>
      </div>
    </div>
  );
}
