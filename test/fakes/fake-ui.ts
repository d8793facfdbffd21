// The spreadsheet UI in memory: records menus, alerts, dialogs and sidebars for assertions.

import type { CallLog } from './call-log';
import type { FakeHtmlOutput } from './fake-html';

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true };

export class FakeMenu {
  readonly entries: MenuEntry[] = [];
  /** True once addToUi() ran: only then does the menu show. */
  added = false;

  constructor(
    private readonly log: CallLog,
    readonly caption: string | undefined,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.log.record('Menu', 'addItem', [caption, functionName]);
    this.entries.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.log.record('Menu', 'addSeparator');
    this.entries.push({ separator: true });
    return this;
  }

  addToUi(): void {
    this.log.record('Menu', 'addToUi');
    this.added = true;
  }

  /** Not Apps Script: the item captions in order. */
  captions(): string[] {
    return this.entries.flatMap((e) => ('caption' in e ? [e.caption] : []));
  }
}

export interface ShownPage {
  readonly title: string;
  readonly html: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

/** Ui.ButtonSet and Ui.Button, as the names Apps Script gives them. */
const BUTTON_SETS = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
const BUTTONS = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;

export type FakeButton = keyof typeof BUTTONS;

/** A question asked with buttons: its title, prompt, button set and the answer given. */
export interface AskedQuestion {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  readonly answer: FakeButton;
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  readonly questions: AskedQuestion[] = [];
  readonly dialogs: ShownPage[] = [];
  readonly sidebars: ShownPage[] = [];
  readonly ButtonSet = BUTTON_SETS;
  readonly Button = BUTTONS;
  /** What the person presses on the next dialogs with buttons, in order; then `answer`. */
  readonly answers: FakeButton[] = [];
  /** The button pressed when no answer is queued: No, which changes nothing. */
  answer: FakeButton = 'NO';

  constructor(private readonly log: CallLog) {}

  createAddonMenu(): FakeMenu {
    this.log.record('Ui', 'createAddonMenu');
    const menu = new FakeMenu(this.log, undefined);
    this.menus.push(menu);
    return menu;
  }

  createMenu(caption: string): FakeMenu {
    this.log.record('Ui', 'createMenu', [caption]);
    const menu = new FakeMenu(this.log, caption);
    this.menus.push(menu);
    return menu;
  }

  /**
   * Records the message; the person "clicks" OK. With a title and a button set, records the
   * question and returns the queued answer (else `answer`), as Apps Script returns the Button.
   */
  alert(prompt: string): FakeButton;
  alert(title: string, prompt: string, buttons: string): FakeButton;
  alert(first: string, prompt?: string, buttons?: string): FakeButton {
    if (prompt === undefined || buttons === undefined) {
      this.log.record('Ui', 'alert', [first]);
      this.alerts.push(first);
      return 'OK';
    }
    this.log.record('Ui', 'alert', [first, prompt, buttons]);
    const answer = this.answers.shift() ?? this.answer;
    this.questions.push({ title: first, prompt, buttons, answer });
    return answer;
  }

  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.log.record('Ui', 'showModalDialog', [userInterface, title]);
    this.dialogs.push({ ...userInterface.shown(), title });
  }

  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.log.record('Ui', 'showModelessDialog', [userInterface, title]);
    this.dialogs.push({ ...userInterface.shown(), title });
  }

  showSidebar(userInterface: FakeHtmlOutput): void {
    this.log.record('Ui', 'showSidebar', [userInterface]);
    this.sidebars.push(userInterface.shown());
  }

  /** Not Apps Script: the add-on menu built last (onOpen may run more than once). */
  addonMenu(): FakeMenu | undefined {
    return this.menus.filter((m) => m.caption === undefined).at(-1);
  }
}

/** SpreadsheetApp.getUi(), as the add-on's UI service. */
export class FakeUiService {
  readonly ui: FakeUi;

  constructor(private readonly log: CallLog) {
    this.ui = new FakeUi(log);
  }

  getUi(): FakeUi {
    this.log.record('SpreadsheetApp', 'getUi');
    return this.ui;
  }
}
