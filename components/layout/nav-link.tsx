"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A site navigation link that tells assistive technology which page is open. */
export function NavLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  const pathname = usePathname();
  return (
    <Link href={href} className={className} aria-current={pathname === href ? "page" : undefined}>
      {children}
    </Link>
  );
}
