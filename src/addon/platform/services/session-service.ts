// Session: who is using the add-on, as far as it needs to know: the language, and who ticked.

export interface SessionLike {
  /** e.g. "en", "en_US", "zh_CN"; needs no authorization, so onOpen may read it in AuthMode.NONE. */
  getActiveUserLocale(): string;
  /**
   * Who is running the add-on, for the Playbook log. Optional: its email is often '' (another
   * domain, or the add-on's scopes), and a trigger in AuthMode.NONE has no user at all.
   */
  getActiveUser?(): { getEmail(): string };
}
