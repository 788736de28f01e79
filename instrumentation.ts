// Opens the database when the server starts, which applies any pending migrations before the
// first request rather than during it, stamps each request with its peer's address, and behind the
// caching front (FRONT_CACHE=1) answers its conditional requests for unchanged public pages.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    (await import("./lib/auth/peer-address")).stampPeerAddresses();
    await (await import("./db")).databaseReady();
    const { env } = await import("./lib/env");
    if (env().FRONT_CACHE === "1") (await import("./lib/front/validators")).installFrontValidators();
  }
}
