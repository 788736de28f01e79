import "server-only";
import { db } from "@/db";
import { publicationRevisions } from "@/db/schema";

/**
 * Whether the database answers a read, for a load balancer's health check. It takes no viewer and
 * returns only yes or no: the endpoint is public and must tell nobody anything about the record.
 */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.select({ tag: publicationRevisions.tag }).from(publicationRevisions).limit(1);
    return true;
  } catch {
    return false;
  }
}
