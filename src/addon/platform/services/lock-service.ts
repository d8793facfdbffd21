// LockService: the document lock that serialises writes made by several users at once.

export interface LockServiceLike {
  getDocumentLock(): LockLike;
}

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
  hasLock(): boolean;
}
