// dist/appsscript.json against the published Apps Script manifest schema.

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
const schema = JSON.parse(readFileSync('../shared/data/appsscript.schema.json', 'utf8'));

describe('dist/appsscript.json', () => {
  it('is valid against the Apps Script manifest schema (formats off)', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
  });

  it('runs on V8 with only the two narrow scopes, plus the email scope for who ticked', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    // userinfo.email (non-sensitive): without it Session.getActiveUser().getEmail() is blank in
    // a deployed add-on, and the Playbook log's user column with it.
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('rejects a manifest with an unknown runtime, so the check can fail', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false });
    expect(ajv.compile(schema)({ ...manifest, runtimeVersion: 'V9' })).toBe(false);
  });
});
