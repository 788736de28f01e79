// Opens the database when the server starts, which applies any pending migrations before the
// first request rather than during it, and stamps each request with its peer's address.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    (await import("./lib/auth/peer-address")).stampPeerAddresses();
    await import("./db");
  }
}
