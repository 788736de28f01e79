"use client";

import { usePathname } from "next/navigation";
import { IntentLink } from "./intent-link";

/** A site navigation link that tells assistive technology which page is open. */
export function NavLink({
  href,
  children,
  className,
}: {
  href: string;
  children: React.ReactNode;
  className?: string;
}) {
  const pathname = usePathname();
  return (
    <IntentLink href={href} className={className} aria-current={pathname === href ? "page" : undefined}>
      {children}
    </IntentLink>
  );
}
