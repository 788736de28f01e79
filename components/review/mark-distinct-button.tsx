"use client";

import { useActionState, useRef } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { markDistinctPairAction } from "@/lib/actions/review/mark-distinct-pair";
import type { AwardPair } from "@/lib/review/checks";
import { useNoticeOnSuccess } from "./use-notice-on-success";

/** Tells the duplicate check that two published awards are different awards. */
export function MarkDistinctButton({ pair }: { pair: AwardPair }) {
  const [state, action] = useActionState(markDistinctPairAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useNoticeOnSuccess(state, "distinct");
  return (
    <form ref={formRef} action={action}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="awardId" value={pair.low} />
      <input type="hidden" name="otherAwardId" value={pair.high} />
      <SubmitButton className="button button--secondary">
        서로 다른 실적으로 표시<span className="visually-hidden"> (#{pair.low}, #{pair.high})</span>
      </SubmitButton>
    </form>
  );
}
