import { getOrganisation } from "@/lib/data/organisation";
import { siteTitle } from "@/lib/organisation";
import { IntentLink } from "./intent-link";
import { NavLink } from "./nav-link";
import { OfficialBanner } from "./official-banner";
import styles from "./site-header.module.css";

const NAV_ITEMS = [
  { href: "/", label: "대시보드", alsoCurrent: ["/years"] },
  { href: "/awards", label: "수상 실적" },
  { href: "/achievements", label: "분야별 성과" },
  { href: "/downloads", label: "자료 내려받기" },
] as const;

export async function SiteHeader() {
  const org = await getOrganisation();
  return (
    <>
      <OfficialBanner />
      <header className={styles.header}>
        <div className={`container ${styles.inner}`}>
          <IntentLink href="/" className={styles.siteName}>
            {org.hasLogo ? (
              // The logo is the organisation's own upload, served same-origin at its own size.
              // biome-ignore lint/performance/noImgElement: a small uploaded file, not a build-time asset
              <img src={`/organisation/logo?v=${org.version}`} alt={`${org.name} 로고`} className={styles.logo} />
            ) : null}
            {siteTitle(org)}
          </IntentLink>
          <nav aria-label="주 메뉴" className={styles.nav}>
            <ul className={styles.menu}>
              {NAV_ITEMS.map((item) => (
                <li key={item.href}>
                  <NavLink
                    href={item.href}
                    className={styles.link}
                    alsoCurrent={"alsoCurrent" in item ? item.alsoCurrent : undefined}
                  >
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
    </>
  );
}
