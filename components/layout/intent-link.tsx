"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that fetches its page when the visitor shows intent (pointer over it, keyboard focus, a
 * touch), not when it scrolls into view. Viewport prefetching of the header and footer links ran
 * right after hydration on every public page, and on a phone that work was most of the blocking
 * time Lighthouse measured (`npm run bench`). The pages are prerendered, so a click without a
 * prefetch still answers in one short request.
 */
export function IntentLink({
  href,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...rest
}: ComponentProps<typeof Link> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
