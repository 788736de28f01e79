import type { FormState } from "@/lib/actions/form-state";

/** The value to show in a field: what the user last submitted, else the stored default. */
export function fieldValue(state: FormState, name: string, fallback: string | number | null | undefined): string {
  const submitted = state.values?.[name];
  if (submitted !== undefined) return Array.isArray(submitted) ? (submitted[0] ?? "") : submitted;
  return fallback === null || fallback === undefined ? "" : String(fallback);
}

export function fieldValues(state: FormState, name: string, fallback: (string | number)[]): string[] {
  const submitted = state.values?.[name];
  if (submitted !== undefined) return Array.isArray(submitted) ? submitted : [submitted];
  // A form submitted with no box ticked sends nothing for the name: show none ticked, not the default.
  if (state.values) return [];
  return fallback.map(String);
}

/**
 * React resets a form after its action runs; remounting it with the echoed values as defaults keeps
 * what the user typed on screen, including selects and checkboxes.
 */
export function formKey(state: FormState): string {
  return JSON.stringify(state.values ?? null);
}
