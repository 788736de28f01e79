/**
 * Whether an error means the database could not be reached or is not taking writes right now (the
 * PostgreSQL server restarting, connections refused or cut, SQLite's lock not freed in time), as
 * opposed to a fault in the request. Such a write changed nothing and can simply be sent again.
 * Drizzle wraps driver errors, so the whole `cause` chain is read.
 */
const POSTGRES_UNAVAILABLE = /^(08\d{3}|57P0[1-3]|53300)$/; // connection exceptions, shutdown, too many connections
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);
const SQLITE_UNAVAILABLE = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_READONLY"]);
const CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === "string" &&
      (POSTGRES_UNAVAILABLE.test(code) || NETWORK.has(code) || SQLITE_UNAVAILABLE.has(code))
    )
      return true;
    if (typeof message === "string" && CONNECTION_MESSAGE.test(message)) return true;
  }
  return false;
}

/** Whether an error is a unique index refusing a row, on either dialect (through Drizzle's wrapper). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code } = e as { code?: unknown };
    if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
  }
  return false;
}
