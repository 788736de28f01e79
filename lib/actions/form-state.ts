/** What a form action returns to the form that called it (serialisable to the client). */
export type FormState = {
  /** "confirm": nothing was done yet; the form asks the question in `message` and sends again with confirmed=yes. */
  status: "idle" | "error" | "success" | "confirm";
  message?: string;
  /** Korean messages per field name, shown beside that field. */
  errors?: Record<string, string[]>;
  /** What the user submitted, so nothing typed is lost when the form is refused. */
  values?: Record<string, string | string[]>;
  /** The stored record when a save lost a version race, shown so the user can reconcile. */
  current?: Record<string, unknown>;
  /** What a successful action hands its form to show once (new recovery codes). */
  data?: Record<string, unknown>;
  /** The confirming button's words when status is "confirm" ("2023년 마감하기"). */
  confirmLabel?: string;
};

export const IDLE: FormState = { status: "idle" };

/** The field a confirmation step adds to the form it sends again. */
export const CONFIRMED_FIELD = "confirmed";
