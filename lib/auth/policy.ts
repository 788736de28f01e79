/** Session and login limits, in one place so the tests and the README quote the same numbers. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const LOCKOUT_MINUTES = LOGIN_WINDOW_MS / 60_000;
/**
 * Attempt rows are needed only for the window; older ones (and refusal counts) are deleted as new
 * attempts arrive, so a flood cannot grow the database. The audit log keeps each real failure.
 */
export const LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;
