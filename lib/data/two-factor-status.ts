import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { userTwoFactor } from "@/db/schema";

/** Has this account confirmed an authenticator (a first code proved it holds the secret)? */
export async function hasConfirmedTwoFactor(tx: Executor, userId: number): Promise<boolean> {
  const [row] = await tx
    .select({ userId: userTwoFactor.userId })
    .from(userTwoFactor)
    .where(and(eq(userTwoFactor.userId, userId), isNotNull(userTwoFactor.confirmedAt)))
    .limit(1);
  return row !== undefined;
}
