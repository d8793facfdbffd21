// LockService in memory: one document lock shared by every Lock handed out, and a way to make
// "another user" hold it.

import type { CallLog } from './call-log';

/** Who holds the document lock: a Lock of this run, someone else, or nobody. */
interface LockState {
  holder: FakeLock | 'someone else' | null;
}

export class FakeLock {
  constructor(
    private readonly log: CallLog,
    private readonly state: LockState,
  ) {}

  /** Takes the lock when free; when someone else holds it, gives up (after the timeout) with false. */
  tryLock(timeoutInMillis: number): boolean {
    this.log.record('Lock', 'tryLock', [timeoutInMillis]);
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    this.log.record('Lock', 'waitLock', [timeoutInMillis]);
    if (this.state.holder !== null && this.state.holder !== this) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
    this.state.holder = this;
  }

  hasLock(): boolean {
    this.log.record('Lock', 'hasLock');
    return this.state.holder === this;
  }

  releaseLock(): void {
    this.log.record('Lock', 'releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
}

export class FakeLockService {
  private readonly documentLock: LockState = { holder: null };

  constructor(private readonly log: CallLog) {}

  getDocumentLock(): FakeLock {
    this.log.record('LockService', 'getDocumentLock');
    return new FakeLock(this.log, this.documentLock);
  }

  /** Not Apps Script: another user's run holds the document lock until release(). */
  holdDocumentLockElsewhere(): { release: () => void } {
    this.documentLock.holder = 'someone else';
    return {
      release: () => {
        if (this.documentLock.holder === 'someone else') this.documentLock.holder = null;
      },
    };
  }

  /** Not Apps Script: whether anyone holds the document lock. */
  documentLockHeld(): boolean {
    return this.documentLock.holder !== null;
  }
}
