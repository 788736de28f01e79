"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { ReviewNoticeCode } from "./review-notice";

/**
 * After an action succeeds, reloads the page with a notice: the handled item leaves the list (and
 * its form with it), so the confirmation is shown by the page rather than by that form. Actions
 * that change nothing public expire no tag, so the router is told to read the page again.
 */
export function useNoticeOnSuccess(state: FormState, notice: ReviewNoticeCode) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (state.status !== "success") return;
    if (new URLSearchParams(window.location.search).get("notice") === notice) router.refresh();
    else router.replace(`${pathname}?notice=${notice}`, { scroll: false });
  }, [state, notice, pathname, router]);
}
