// Session in memory: the user's locale, as Apps Script reports it ("en", "zh_CN").

import type { CallLog } from './call-log';

export class FakeSession {
  constructor(
    private readonly log: CallLog,
    /** Change it to switch the user's language. */
    public locale = 'en',
    public timeZone = 'Etc/UTC',
  ) {}

  getActiveUserLocale(): string {
    this.log.record('Session', 'getActiveUserLocale');
    return this.locale;
  }

  getScriptTimeZone(): string {
    this.log.record('Session', 'getScriptTimeZone');
    return this.timeZone;
  }

  /** The active user; `email` is '' when Apps Script will not tell (as it often does not). */
  email = '';

  getActiveUser(): { getEmail(): string } {
    this.log.record('Session', 'getActiveUser');
    return {
      getEmail: () => {
        this.log.record('User', 'getEmail');
        return this.email;
      },
    };
  }
}
