"use client";

import { useRef } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import type { AwardPair } from "@/lib/review/checks";
import { errorsOnly, useReviewActions } from "./review-actions";

/** Tells the duplicate check that two published awards are different awards. */
export function MarkDistinctButton({ pair }: { pair: AwardPair }) {
  const { markDistinct } = useReviewActions();
  const formRef = useRef<HTMLFormElement>(null);
  const { values } = markDistinct.state;
  const mine = values?.awardId === String(pair.low) && values?.otherAwardId === String(pair.high);
  return (
    <form ref={formRef} action={markDistinct.dispatch}>
      <FormStatus state={mine ? errorsOnly(markDistinct.state) : IDLE} formRef={formRef} />
      <input type="hidden" name="awardId" value={pair.low} />
      <input type="hidden" name="otherAwardId" value={pair.high} />
      <SubmitButton className="button button--secondary">
        서로 다른 실적으로 표시
        <span className="visually-hidden">
          {" "}
          (#{pair.low}, #{pair.high})
        </span>
      </SubmitButton>
    </form>
  );
}
