// HtmlService: the pages shown in dialogs and the sidebar.

export interface HtmlServiceLike {
  createHtmlOutput(html: string): HtmlOutputLike;
  /** Serves a file of the project, e.g. 'Sidebar' for dist/Sidebar.html; throws when there is none. */
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
}

export interface HtmlOutputLike {
  getContent(): string;
  setTitle(title: string): HtmlOutputLike;
  setWidth(width: number): HtmlOutputLike;
  setHeight(height: number): HtmlOutputLike;
}
