// Records every call made on a fake Apps Script object, so a test can count service calls.

export interface Call {
  /** The Apps Script class called, e.g. "Range", "Sheet", "SpreadsheetApp". */
  readonly service: string;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** One log shared by all the fakes of a spreadsheet, in call order. */
export class CallLog {
  readonly calls: Call[] = [];

  record(service: string, method: string, args: readonly unknown[] = []): void {
    this.calls.push({ service, method, args });
  }

  /**
   * The number of calls, all of them or those matching `filter`: a class ("Range") or a
   * class and method ("Range.getValues").
   */
  count(filter?: string): number {
    if (filter === undefined) return this.calls.length;
    return this.calls.filter((call) => matches(call, filter)).length;
  }

  /** "Class.method" of each call, in order. */
  names(): string[] {
    return this.calls.map((call) => `${call.service}.${call.method}`);
  }

  /** How many times each "Class.method" was called. */
  summary(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const name of this.names()) counts[name] = (counts[name] ?? 0) + 1;
    return counts;
  }

  /** The distinct classes called. */
  services(): string[] {
    return [...new Set(this.calls.map((call) => call.service))];
  }

  reset(): void {
    this.calls.length = 0;
  }
}

function matches(call: Call, filter: string): boolean {
  return filter.includes('.')
    ? `${call.service}.${call.method}` === filter
    : call.service === filter;
}
