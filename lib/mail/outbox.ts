import "server-only";
import type { StaffViewer } from "@/lib/auth/viewer";
import { returnNotices, submissionNotices } from "@/lib/data/notice-recipients";
import { env } from "@/lib/env";
import { returnedMail, submittedMail } from "./notice-text";
import { mailEnabled, sendMail } from "./transport";

/**
 * Notices waiting to go out. Announced after a write commits (db afterCommit), gathered for one turn
 * of the event loop so that a save, an import of a hundred rows or a review of ten proposals sends
 * each person one mail, then delivered apart from the request: the response never waits on SMTP.
 */

export type NoticeEvent = { kind: "submitted" | "returned"; proposalId: number };

type Batch = { actor: StaffViewer; site: string | undefined; submitted: number[]; returned: number[] };

const batches = new Map<string, Batch>();
const running = new Set<Promise<void>>();

async function deliver(batch: Batch): Promise<void> {
  if (batch.submitted.length > 0) {
    const { recipients, subjects } = await submissionNotices(batch.actor, batch.submitted);
    if (subjects.length > 0)
      await Promise.all(recipients.map((to) => sendMail(submittedMail(to, subjects, batch.site))));
  }
  if (batch.returned.length > 0) {
    const notices = await returnNotices(batch.actor, batch.returned);
    await Promise.all(notices.map((n) => sendMail(returnedMail(n.to, n.returned, batch.site))));
  }
}

/**
 * Queues a notice about a committed write by `actor`. `origin` is the address the request came in
 * on, used for links when APP_URL is not set. Without an SMTP server this does nothing.
 */
export function announce(actor: StaffViewer, event: NoticeEvent, origin: string | undefined): void {
  if (!mailEnabled()) return;
  const site = env().APP_URL ?? origin;
  const key = `${actor.userId} ${site ?? ""}`;
  let batch = batches.get(key);
  if (!batch) {
    const opened: Batch = { actor, site, submitted: [], returned: [] };
    batches.set(key, opened);
    const work: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        batches.delete(key);
        return deliver(opened);
      })
      .catch((error: unknown) => console.error("notices not sent:", error instanceof Error ? error.message : error))
      .finally(() => running.delete(work));
    running.add(work);
    batch = opened;
  }
  batch[event.kind].push(event.proposalId);
}

/** Resolves once every notice announced so far has been handed over or given up (tests, shutdown). */
export async function noticesSettled(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}
