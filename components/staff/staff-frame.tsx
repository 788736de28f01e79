import Link from "next/link";
import { redirect } from "next/navigation";
import { logoutAction } from "@/lib/actions/auth/logout";
import { can } from "@/lib/auth/can";
import { getViewer } from "@/lib/auth/session";
import { countWaiting } from "@/lib/data/submissions";
import { getOrganisation } from "@/lib/data/organisation";
import { roleLabels } from "@/lib/labels";
import styles from "./staff-frame.module.css";

export async function StaffFrame({ children }: { children: React.ReactNode }) {
  const [viewer, org] = await Promise.all([getViewer(), getOrganisation()]);
  if (viewer.kind !== "staff") redirect("/login");
  const waiting = await countWaiting(viewer);
  const planner = can(viewer, "review.read");
  const links = [
    { href: "/workspace", label: "업무 홈" },
    { href: "/workspace/awards", label: "수상 실적" },
    { href: "/workspace/kpis", label: "성과 지표" },
    { href: "/workspace/editions", label: "연도별 판" },
    {
      href: "/workspace/submissions",
      label: planner ? "제출 현황" : `내 제출${waiting ? ` (반려 ${waiting}건)` : ""}`,
    },
    { href: "/review/import", label: "일괄 등록" },
    ...(planner
      ? [
          { href: "/review", label: `검토${waiting ? ` (${waiting}건 대기)` : ""}` },
          { href: "/review/totals", label: "집계" },
          { href: "/workspace/trash", label: "휴지통" },
          { href: "/audit", label: "감사 기록" },
        ]
      : []),
    ...(can(viewer, "users.set-role") ? [{ href: "/admin/roles", label: "역할 관리" }] : []),
    ...(can(viewer, "users.manage")
      ? [
          { href: "/admin/users", label: "계정 관리" },
          { href: "/admin/registry", label: "부서·기관 관리" },
          { href: "/admin/organisation", label: "기관 정보" },
        ]
      : []),
  ];
  return (
    <>
      <header className={`${styles.header} no-print`}>
        <div className={`container ${styles.bar}`}>
          <Link href="/workspace" className={styles.brand}>
            성과 업무 공간
          </Link>
          <p className={styles.who}>
            {viewer.displayName} ({roleLabels(org.reviewOffice)[viewer.role]})
          </p>
          <form action={logoutAction}>
            <button type="submit" className="button button--secondary">
              로그아웃
            </button>
          </form>
        </div>
        <nav aria-label="업무 메뉴" className="container">
          <ul className={styles.nav}>
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
            <li>
              <Link href="/account/password">비밀번호 변경</Link>
            </li>
            <li>
              <Link href="/account/two-factor">일회용 코드</Link>
            </li>
            <li>
              <Link href="/account/notices">알림 설정</Link>
            </li>
            <li>
              <Link href="/help">도움말</Link>
            </li>
            <li>
              <Link href="/">공개 대시보드</Link>
            </li>
          </ul>
        </nav>
      </header>
      {children}
    </>
  );
}
