import Link from "next/link";
import styles from "./review.module.css";

const LINKS = [
  { href: "/review", label: "승인 대기" },
  { href: "/review/duplicates", label: "중복 의심" },
  { href: "/review/totals", label: "집계" },
  { href: "/review/years", label: "연도 마감" },
  { href: "/review/import", label: "일괄 등록" },
  { href: "/review/split", label: "부서 분리" },
] as const;

/** The planning office's review pages; the current one is marked for screen readers too. */
export function ReviewNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="검토 메뉴" className={`${styles.subnav} no-print`}>
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={l.href === current ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
