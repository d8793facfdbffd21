// PropertiesService: small key-value storage attached to the document (settings).

export interface PropertiesServiceLike {
  getDocumentProperties(): PropertiesLike;
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}
