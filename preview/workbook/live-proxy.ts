// Wraps the in-memory spreadsheet so the add-on reads computed values and its writes reach the engine.

/** The part of the live workbook the wrappers call back into. */
export interface LiveHooks {
  /** A call that may have changed the spreadsheet was made. */
  changed(): void;
  /** Overrides for one kind of object: a method replaced, or undefined to pass through. */
  override(
    kind: ObjectKind,
    target: object,
    method: string,
  ): ((...args: unknown[]) => unknown) | undefined;
}

export type ObjectKind = 'app' | 'spreadsheet' | 'sheet' | 'range' | 'other';

/** Names of calls that only read: everything else may change the spreadsheet. */
const READER = /^(get|is|has|can|describe|copy$|toString$|valueOf$)/;

/**
 * Wraps objects of the spreadsheet service. Every method is passed through, except:
 * overrides (reads of computed values); results that are spreadsheets, sheets or ranges come back
 * wrapped; wrapped arguments are unwrapped before the real object sees them; and any call that
 * is not a read tells the hooks that the spreadsheet may have changed.
 */
export class LiveProxies {
  private readonly wrapped = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly hooks: LiveHooks) {}

  wrap<T>(target: T, kind: ObjectKind = kindOf(target)): T {
    if (typeof target !== 'object' || target === null) return target;
    if (this.targets.has(target)) return target;
    const existing = this.wrapped.get(target);
    if (existing !== undefined) return existing as T;
    const proxy = new Proxy(target, {
      get: (object, property, receiver) => {
        if (typeof property === 'string') {
          // Overrides first: they may add a method the in-memory object lacks (SpreadsheetApp.getUi).
          const override = this.hooks.override(kind, object, property);
          if (override !== undefined) return override;
        }
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(
            object,
            args.map((arg) => this.unwrapDeep(arg)),
          );
          if (!READER.test(property)) this.hooks.changed();
          return this.wrapResult(result, object, proxy);
        };
      },
    });
    this.wrapped.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy as T;
  }

  /** The real object behind a wrapper (or the value itself). */
  unwrap<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    return (this.targets.get(value) as T | undefined) ?? value;
  }

  private unwrapDeep(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.unwrapDeep(item));
    return this.unwrap(value);
  }

  private wrapResult(result: unknown, self: object, proxy: object): unknown {
    if (result === self) return proxy;
    if (Array.isArray(result)) {
      return result.some(isServiceObject)
        ? result.map((item) => this.wrapResult(item, self, proxy))
        : result;
    }
    return isServiceObject(result) ? this.wrap(result) : result;
  }
}

/**
 * Objects of the service (sheets, ranges, rule builders, rules…) are wrapped, so arguments passed
 * to their methods are unwrapped too; plain data (arrays, dates, records) is returned as it is.
 */
function isServiceObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null && !(value instanceof Date);
}

/** Tells the kind of a spreadsheet-service object by the methods it has. */
function kindOf(value: unknown): ObjectKind {
  if (typeof value !== 'object' || value === null) return 'other';
  const has = (name: string) => typeof (value as Record<string, unknown>)[name] === 'function';
  if (has('getActiveSpreadsheet') && has('newConditionalFormatRule')) return 'app';
  if (has('getSheets') && has('insertSheet')) return 'spreadsheet';
  if (has('getRange') && has('getMaxRows') && has('getName')) return 'sheet';
  if (has('getA1Notation') && has('getValues') && has('getNumRows')) return 'range';
  return 'other';
}
