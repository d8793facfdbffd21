// Session: who is using the add-on, as far as it needs to know (the language only).

export interface SessionLike {
  /** e.g. "en", "en_US", "zh_CN"; needs no authorization, so onOpen may read it in AuthMode.NONE. */
  getActiveUserLocale(): string;
}
