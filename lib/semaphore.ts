/**
 * A bound on how many expensive jobs run at once. No queue: a caller that finds it full answers
 * "busy, try again" at once (503 with Retry-After) rather than holding a connection open.
 */
export type Semaphore = { tryAcquire(): (() => void) | null; readonly inUse: number };

export function createSemaphore(limit: number): Semaphore {
  let inUse = 0;
  return {
    tryAcquire() {
      if (inUse >= limit) return null;
      inUse++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inUse--;
      };
    },
    get inUse() {
      return inUse;
    },
  };
}
