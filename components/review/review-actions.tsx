"use client";

import { useRouter } from "next/navigation";
import { createContext, useActionState, useContext, useEffect, useRef, useState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { setEvidencePublicAction } from "@/lib/actions/evidence/set-evidence-public";
import { markDistinctPairAction } from "@/lib/actions/review/mark-distinct-pair";
import { approveSubmissionsAction } from "@/lib/actions/submissions/approve-submissions";
import { returnSubmissionsAction } from "@/lib/actions/submissions/return-submissions";

type Dispatch = (payload: FormData) => void;
type Action = { dispatch: Dispatch; state: FormState };
type ReviewActionsValue = {
  approveOne: Action;
  returnOne: Action;
  approveBatch: Action;
  returnBatch: Action;
  markDistinct: Action;
  evidencePublic: Action;
};

const ReviewActionsContext = createContext<ReviewActionsValue | null>(null);

/**
 * The review actions of a page, held above its lists. A handled item leaves the list, and its form
 * with it: were the action's state kept in that form, its result (and, when a form is sent before
 * the page's script has loaded, the server's answer) would have nowhere to appear. Here it always
 * does, in one status line above the list.
 */
export function ReviewActions({ children }: { children: React.ReactNode }) {
  const actions: ReviewActionsValue = {
    approveOne: useAction(approveSubmissionsAction),
    returnOne: useAction(returnSubmissionsAction),
    approveBatch: useAction(approveSubmissionsAction),
    returnBatch: useAction(returnSubmissionsAction),
    markDistinct: useAction(markDistinctPairAction),
    evidencePublic: useAction(setEvidencePublicAction),
  };
  const states = Object.values(actions).map((a) => a.state);
  const [message, setMessage] = useState(() => states.find((s) => s.status === "success")?.message ?? null);
  const router = useRouter();
  const handled = useRef(new Set<FormState>());
  useEffect(() => {
    for (const state of states) {
      if (state.status !== "success" || handled.current.has(state)) continue;
      handled.current.add(state);
      setMessage(state.message ?? "처리했습니다.");
      // Actions that change nothing public expire no tag; the list must still be read again.
      router.refresh();
    }
  });
  return (
    <ReviewActionsContext.Provider value={actions}>
      <div role="status">{message ? <p className="alert alert--success">{message}</p> : null}</div>
      {children}
    </ReviewActionsContext.Provider>
  );
}

function useAction(action: (state: FormState, formData: FormData) => Promise<FormState>): Action {
  const [state, dispatch] = useActionState(action, IDLE);
  return { state, dispatch };
}

export function useReviewActions(): ReviewActionsValue {
  const value = useContext(ReviewActionsContext);
  if (!value) throw new Error("useReviewActions: render inside <ReviewActions>");
  return value;
}

/** A form shows its own errors; successes are said once, above the list. */
export function errorsOnly(state: FormState): FormState {
  return state.status === "success" ? IDLE : state;
}
