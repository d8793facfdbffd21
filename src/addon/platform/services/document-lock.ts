// Runs a write under the document lock, so two people writing at once lose nothing.

import type { LockServiceLike } from './lock-service';

/** How long a write waits for another person's write to finish. */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs `write` holding the document lock and returns what it returns; when another person holds
 * the lock for longer than LOCK_WAIT_MS, returns what `busy` returns and `write` never runs. The
 * lock is released however `write` ends.
 */
export function underDocumentLock<T, B>(
  lock: LockServiceLike,
  write: () => T,
  busy: () => B,
): T | B {
  const documentLock = lock.getDocumentLock();
  if (!documentLock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return write();
  } finally {
    documentLock.releaseLock();
  }
}
