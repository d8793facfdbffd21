// HtmlService in memory: pages built from strings or from the project's files.

import type { CallLog } from './call-log';

export class FakeHtmlOutput {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;

  constructor(
    private readonly log: CallLog,
    private readonly content: string,
  ) {}

  getContent(): string {
    this.log.record('HtmlOutput', 'getContent');
    return this.content;
  }

  getTitle(): string {
    this.log.record('HtmlOutput', 'getTitle');
    return this.title;
  }

  setTitle(title: string): this {
    this.log.record('HtmlOutput', 'setTitle', [title]);
    this.title = title;
    return this;
  }

  setWidth(width: number): this {
    this.log.record('HtmlOutput', 'setWidth', [width]);
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.log.record('HtmlOutput', 'setHeight', [height]);
    this.height = height;
    return this;
  }

  /** Not Apps Script: what a dialog or sidebar shows. Not counted. */
  shown(): { title: string; html: string; width: number | undefined; height: number | undefined } {
    return { title: this.title, html: this.content, width: this.width, height: this.height };
  }
}

export class FakeHtmlService {
  /** The project's HTML files by name without ".html" (e.g. "Sidebar" for dist/Sidebar.html). */
  readonly files = new Map<string, string>();

  constructor(private readonly log: CallLog) {}

  createHtmlOutput(html: string): FakeHtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutput', [html]);
    return new FakeHtmlOutput(this.log, html);
  }

  /** Throws when the project has no such file, with Apps Script's message. */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutputFromFile', [filename]);
    const html = this.files.get(filename.replace(/\.html$/, ''));
    if (html === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.log, html);
  }
}
