import { connection } from "next/server";
import { databaseAnswers } from "@/lib/data/health";

/**
 * GET /api/health — for the balancer in front (deploy/nginx/): 200 while this instance can read the
 * database, 503 otherwise. Never cached and never prerendered; the body says nothing more than that.
 */
export async function GET() {
  await connection();
  const ok = await databaseAnswers();
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
