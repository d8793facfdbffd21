// PropertiesService in memory, with Apps Script's size limits (9 KB a value, 500 KB a store).

import type { CallLog } from './call-log';

/** Apps Script's quotas: a value up to 9 KB, a whole property store up to 500 KB. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  private readonly store = new Map<string, string>();

  constructor(
    private readonly log: CallLog,
    private readonly kind: string,
  ) {}

  private call(method: string, args: readonly unknown[] = []): void {
    this.log.record('Properties', method, [this.kind, ...args]);
  }

  getProperty(key: string): string | null {
    this.call('getProperty', [key]);
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.call('setProperty', [key, value]);
    this.put(key, String(value));
    return this;
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    this.call('setProperties', [properties, deleteAllOthers]);
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.put(key, String(value));
    return this;
  }

  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.call('getKeys');
    return [...this.store.keys()];
  }

  deleteProperty(key: string): this {
    this.call('deleteProperty', [key]);
    this.store.delete(key);
    return this;
  }

  deleteAllProperties(): this {
    this.call('deleteAllProperties');
    this.store.clear();
    return this;
  }

  /** Not Apps Script: the stored text of a key, uncounted. */
  peek(key: string): string | undefined {
    return this.store.get(key);
  }

  private put(key: string, value: string): void {
    if (byteLength(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
    const total = [...this.store]
      .filter(([k]) => k !== key)
      .reduce(
        (sum, [k, v]) => sum + byteLength(k) + byteLength(v),
        byteLength(key) + byteLength(value),
      );
    if (total > PROPERTY_STORE_LIMIT) {
      throw new Error('You have exceeded the property storage quota.');
    }
    this.store.set(key, value);
  }
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export class FakePropertiesService {
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;

  constructor(private readonly log: CallLog) {
    this.document = new FakeProperties(log, 'document');
    this.script = new FakeProperties(log, 'script');
    this.user = new FakeProperties(log, 'user');
  }

  getDocumentProperties(): FakeProperties {
    this.log.record('PropertiesService', 'getDocumentProperties');
    return this.document;
  }

  getScriptProperties(): FakeProperties {
    this.log.record('PropertiesService', 'getScriptProperties');
    return this.script;
  }

  getUserProperties(): FakeProperties {
    this.log.record('PropertiesService', 'getUserProperties');
    return this.user;
  }
}
