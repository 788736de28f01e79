/** What a form action returns to the form that called it (serialisable to the client). */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  /** Korean messages per field name, shown beside that field. */
  errors?: Record<string, string[]>;
  /** What the user submitted, so nothing typed is lost when the form is refused. */
  values?: Record<string, string | string[]>;
  /** The stored record when a save lost a version race, shown so the user can reconcile. */
  current?: Record<string, unknown>;
  /** What a successful action hands its form to show once (new recovery codes). */
  data?: Record<string, unknown>;
};

export const IDLE: FormState = { status: "idle" };
