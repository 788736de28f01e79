import type { z } from "zod";

/** zod issues as Korean messages per form field, the shape forms show beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return errors;
}
