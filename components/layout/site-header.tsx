import { IntentLink } from "./intent-link";
import { NavLink } from "./nav-link";
import styles from "./site-header.module.css";

const NAV_ITEMS = [
  { href: "/", label: "대시보드" },
  { href: "/awards", label: "수상 실적" },
  { href: "/achievements", label: "분야별 성과" },
  { href: "/downloads", label: "자료 내려받기" },
] as const;

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <IntentLink href="/" className={styles.siteName}>
          진천군 주요 군정 성과
        </IntentLink>
        <nav aria-label="주 메뉴" className={styles.nav}>
          <ul className={styles.menu}>
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} className={styles.link}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          <IntentLink href="/login" className={styles.staffLink}>
            직원 로그인
          </IntentLink>
        </nav>
      </div>
    </header>
  );
}
