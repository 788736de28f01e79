"use client";

import { usePathname } from "next/navigation";
import { Suspense } from "react";
import { IntentLink } from "./intent-link";

type Props = {
  href: string;
  children: React.ReactNode;
  className?: string;
  /** Other paths this item stands for: the dashboard item also stands for /years/<year>. */
  alsoCurrent?: readonly string[];
};

/** An item is current on its own path and on every path below it ("/awards/print" is under 수상 실적). */
export function isCurrentPath(pathname: string, href: string, alsoCurrent: readonly string[] = []): boolean {
  const under = (base: string) => pathname === base || (base !== "/" && pathname.startsWith(`${base}/`));
  return under(href) || alsoCurrent.some(under);
}

function CurrentAwareLink({ href, children, className, alsoCurrent }: Props) {
  const pathname = usePathname();
  return (
    <IntentLink
      href={href}
      className={className}
      aria-current={isCurrentPath(pathname, href, alsoCurrent) ? "page" : undefined}
    >
      {children}
    </IntentLink>
  );
}

/**
 * A site navigation link that tells assistive technology which page is open. On a page with a
 * dynamic segment (/years/[year]) the path is known only at request time; without the Suspense
 * boundary Next could not re-render that page after a publish (it kept serving the page as built).
 */
export function NavLink(props: Props) {
  return (
    <Suspense
      fallback={
        <IntentLink href={props.href} className={props.className}>
          {props.children}
        </IntentLink>
      }
    >
      <CurrentAwareLink {...props} />
    </Suspense>
  );
}
