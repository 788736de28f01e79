"use client";

import { useEffect, useState } from "react";

/**
 * How many characters a limited field holds, live as the user types or pastes. The field itself has
 * no maxLength: a browser would cut a pasted text at the limit without a word, so the server refuses
 * a too-long value with a message beside the field instead, and nothing typed is lost.
 */
export function LengthCounter({ forId, max, initial }: { forId: string; max: number; initial: number }) {
  const [length, setLength] = useState(initial);
  useEffect(() => {
    const field = document.getElementById(forId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    const update = () => setLength([...field.value].length);
    update();
    field.addEventListener("input", update);
    return () => field.removeEventListener("input", update);
  }, [forId]);
  const over = length - max;
  return (
    <p id={`${forId}-count`} className={over > 0 ? "field-count field-count--over" : "field-count"} aria-live="polite">
      {over > 0
        ? `${max}자보다 ${over.toLocaleString("ko-KR")}자 많습니다 (${length.toLocaleString("ko-KR")}자)`
        : `${length} / ${max}자`}
    </p>
  );
}
