import "server-only";
import { headers } from "next/headers";
import { refresh, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/errors";
import { can, type PolicyAction, REFUSALS } from "@/lib/auth/can";
import { GATE_MESSAGES, pendingGate, type StaffGate } from "@/lib/auth/gate";
import { getViewer } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/client-address";
import type { StaffViewer } from "@/lib/auth/viewer";
import type { CacheTag } from "@/lib/cache-tags";
import type { WriteContext } from "@/lib/data/write-context";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { requestOrigin } from "@/lib/request-origin";
import { fieldErrors } from "@/lib/validations/issues";
import { CONFIRMED_FIELD, type FormState } from "./form-state";

export type ActionContext = WriteContext;

const CHECK_FIELDS = "입력한 내용을 확인해 주세요.";
// Not "nothing was saved": a connection cut during COMMIT leaves that unknown.
const UNAVAILABLE =
  "서버에 잠시 연결할 수 없습니다. 저장되지 않았을 수 있으니 잠시 후 목록에서 확인한 뒤 다시 저장해 주세요. 입력한 내용은 그대로 있습니다.";

/** What a data function reports back: the public tags its write expired, and what to say. */
export type ActionOutcome = {
  tags: readonly CacheTag[];
  message: string;
  redirectTo?: string;
  /** Shown once by the form that sent it (recovery codes), never stored client-side beyond that. */
  data?: Record<string, unknown>;
};

type Options<S extends z.ZodType> = {
  schema: S;
  /**
   * Coarse role gate, a row of the policy table (lib/auth/can.ts); row-level checks happen in the
   * data layer, inside the transaction, against the same table.
   */
  allow: PolicyAction;
  run: (viewer: StaffViewer, input: z.output<S>, ctx: ActionContext) => ActionOutcome | Promise<ActionOutcome>;
  /** The one gate (lib/auth/gate.ts) this action is the way through, e.g. enrolling an authenticator. */
  allowGate?: StaffGate;
  /**
   * For an irreversible or public step: the question to ask first, or null when this input needs
   * none (reactivating an account). Nothing runs until the form comes back with confirmed=yes, so
   * the question is a server step that works without JavaScript, not a window.confirm.
   */
  confirm?: (input: z.output<S>) => { question: string; label: string } | null;
};

/**
 * The submitted fields as text, so a refused form shows exactly what the user typed. Passwords are
 * never sent back to the browser.
 */
function echo(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || /password/i.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/**
 * FormData to a plain object for zod; repeated keys (several departments) become arrays. An uploaded
 * file (the organisation's logo) is passed on as a File for its schema to check.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    object[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return object;
}

/**
 * Every server action that changes data goes through here:
 * session → zod parse → role check → data function (row permission, version check, write and
 * audit row in one transaction) → cache tags expired at once → message or redirect.
 * A server action is a public POST endpoint, so none of these steps trusts the page that rendered it.
 */
export function formAction<S extends z.ZodType>(options: Options<S>) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    // Called the way no form of this site calls it (`$ACTION_ID_…` posted by hand binds no state).
    if (!(formData instanceof FormData)) return { status: "error", message: "요청을 처리할 수 없습니다." };
    const values = echo(formData);
    let viewer: Awaited<ReturnType<typeof getViewer>>;
    try {
      viewer = await getViewer();
    } catch (error) {
      if (isDatabaseUnavailable(error)) return { status: "error", message: UNAVAILABLE, values };
      throw error;
    }
    if (viewer.kind !== "staff")
      return { status: "error", message: "로그인이 필요합니다. 다시 로그인해 주세요.", values };
    const gate = pendingGate(viewer);
    if (gate && gate !== options.allowGate) return { status: "error", message: GATE_MESSAGES[gate], values };

    const parsed = options.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return { status: "error", message: CHECK_FIELDS, errors: fieldErrors(parsed.error), values };
    if (!can(viewer, options.allow)) return { status: "error", message: REFUSALS[options.allow], values };
    const ask = options.confirm?.(parsed.data);
    if (ask && formData.get(CONFIRMED_FIELD) !== "yes")
      return { status: "confirm", message: ask.question, confirmLabel: ask.label, values };

    let outcome: ActionOutcome;
    try {
      const request = await headers();
      outcome = await options.run(viewer, parsed.data, { ip: clientAddress(request), origin: requestOrigin(request) });
    } catch (error) {
      if (error instanceof FieldError) {
        // One message per error: a refusal already shown beside its field is not repeated on top.
        const besideFields = Object.values(error.fieldErrors).flat();
        const message = besideFields.includes(error.message) ? CHECK_FIELDS : error.message;
        return { status: "error", message, errors: error.fieldErrors, values };
      }
      if (error instanceof ConflictError)
        return { status: "error", message: error.message, values, current: error.current as Record<string, unknown> };
      if (error instanceof ForbiddenError || error instanceof NotFoundError)
        return { status: "error", message: error.message, values };
      // The server restarting, say: the person keeps what they typed and, once it is back, checks
      // and sends it again (a versioned save sent twice is refused as a conflict, not applied twice).
      if (isDatabaseUnavailable(error)) return { status: "error", message: UNAVAILABLE, values };
      throw error;
    }

    for (const tag of outcome.tags) updateTag(tag);
    // Outside the try: redirect() works by throwing.
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    // Staff pages also show rows no cache tag covers (accounts, drafts); without this the page that
    // sent the form would keep showing what it rendered before the change.
    refresh();
    return { status: "success", message: outcome.message, ...(outcome.data ? { data: outcome.data } : {}) };
  };
}
