import type { z } from "zod";

/** zod issues as Korean messages per form field, the shape forms show beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
  return errors;
}
