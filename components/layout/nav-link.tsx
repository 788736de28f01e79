"use client";

import { usePathname } from "next/navigation";
import { Suspense } from "react";
import { IntentLink } from "./intent-link";

type Props = { href: string; children: React.ReactNode; className?: string };

function CurrentAwareLink({ href, children, className }: Props) {
  const pathname = usePathname();
  return (
    <IntentLink href={href} className={className} aria-current={pathname === href ? "page" : undefined}>
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
