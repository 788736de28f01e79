/**
 * The advisory locks each open PostgreSQL transaction holds (takeTurns in db/raw.ts), keyed by the
 * transaction, so none is taken twice; db/transaction.ts registers each transaction as it opens.
 */
export const heldLocks = new WeakMap<object, Set<string>>();
