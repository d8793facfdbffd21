// What the add-on shows around the grid: the sidebar panel, modal dialogs, alerts and toasts.

import { el } from './dom';

/** The side panel holding the add-on's sidebar page, as Sheets shows it at the right. */
export class SidebarPanel {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private readonly closeButton: HTMLButtonElement;
  private id: string | undefined;

  constructor(onClose: (id: string) => void) {
    this.title = el('h2', { class: 'panel-title' });
    this.closeButton = el('button', { class: 'panel-close', type: 'button' }, '×');
    this.closeButton.addEventListener('click', () => {
      if (this.id !== undefined) onClose(this.id);
    });
    this.frame = el('iframe', { class: 'panel-frame', name: 'sidebar', title: 'sidebar' });
    this.element = el(
      'aside',
      { class: 'sidebar', 'data-open': 'false' },
      el('header', { class: 'panel-head' }, this.title, this.closeButton),
      this.frame,
    );
  }

  setCloseLabel(closeLabel: string): void {
    this.closeButton.setAttribute('aria-label', closeLabel);
    this.closeButton.title = closeLabel;
  }

  show(page: { id: string; title: string } | undefined): void {
    this.element.dataset.open = page === undefined ? 'false' : 'true';
    if (page === undefined) {
      this.id = undefined;
      this.frame.removeAttribute('src');
      this.title.textContent = '';
      return;
    }
    this.title.textContent = page.title;
    if (page.id !== this.id) {
      this.id = page.id;
      this.frame.src = `/html/${page.id}`;
    }
  }

  /**
   * Asks the sidebar to read the selection now: clicks its refresh button (#refresh) when it has
   * one. Without it the sidebar still follows on its own poll.
   */
  nudge(): void {
    try {
      this.frame.contentDocument?.getElementById('refresh')?.click();
    } catch {
      // A page from elsewhere cannot be reached into; its poll will do.
    }
  }

  /** Loads the page again (after a language switch the add-on renders it anew). */
  reload(): void {
    if (this.id !== undefined) this.frame.src = `/html/${this.id}?t=${Date.now()}`;
  }

  currentId(): string | undefined {
    return this.id;
  }
}

/** Modal boxes: the add-on's dialogs (settings) in a frame, and its alerts. */
export class Modal {
  readonly element: HTMLElement;
  private readonly box: HTMLElement;
  private id: string | undefined;

  constructor(private readonly onClose: (id: string | undefined) => void) {
    this.box = el('div', { class: 'modal-box', role: 'dialog', 'aria-modal': 'true' });
    this.element = el('div', { class: 'modal', 'data-open': 'false' }, this.box);
  }

  dialog(page: { id: string; title: string; width?: number; height?: number }, closeLabel: string) {
    this.open(page.id);
    const frame = el('iframe', {
      class: 'modal-frame',
      src: `/html/${page.id}`,
      title: page.title,
      style: { width: `${page.width ?? 480}px`, height: `${page.height ?? 420}px` },
    });
    this.box.append(this.head(page.title, closeLabel), frame);
  }

  alert(message: string, okLabel: string, title = ''): void {
    this.open(undefined);
    const ok = el('button', { class: 'modal-ok', type: 'button' }, okLabel);
    ok.addEventListener('click', () => this.close());
    if (title) this.box.append(el('h2', { class: 'modal-title' }, title));
    this.box.append(
      el('p', { class: 'modal-message' }, message),
      el('div', { class: 'modal-actions' }, ok),
    );
    ok.focus();
  }

  /** Closes the dialog showing this page (or any, when no id is given). */
  close(id?: string): void {
    if (id !== undefined && id !== this.id) return;
    const was = this.id;
    this.element.dataset.open = 'false';
    this.box.replaceChildren();
    this.id = undefined;
    this.onClose(was);
  }

  private open(id: string | undefined): void {
    this.box.replaceChildren();
    this.id = id;
    this.element.dataset.open = 'true';
  }

  private head(title: string, closeLabel: string): HTMLElement {
    const close = el(
      'button',
      { class: 'panel-close', type: 'button', 'aria-label': closeLabel },
      '×',
    );
    close.addEventListener('click', () => this.close());
    return el('header', { class: 'panel-head' }, el('h2', { class: 'panel-title' }, title), close);
  }
}

/**
 * The toast in the bottom-right corner, as Sheets shows spreadsheet.toast(): one at a time, a new
 * one replacing the one before (they never pile up).
 */
export class Toasts {
  readonly element = el('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' });
  private timer: ReturnType<typeof setTimeout> | undefined;

  show(title: string, message: string, seconds = 6): void {
    const toast = el(
      'div',
      { class: 'toast' },
      title ? el('strong', {}, title) : null,
      el('span', {}, message),
    );
    this.element.replaceChildren(toast);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => toast.remove(), seconds * 1000);
  }
}
