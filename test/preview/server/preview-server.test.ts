// The local server over HTTP: the page, the add-on's pages with the RPC stand-in, the JSON API.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridWindow, PreviewState, RpcResponse } from '../../../preview/page/preview-api';
import { type RunningPreview, startPreview } from '../../../preview/start-preview';

const SIDEBAR =
  '<!doctype html><html><head><title>s</title></head><body><script>window.x=1</script></body></html>';

describe('the preview server', () => {
  let preview: RunningPreview;
  let base: string;

  beforeAll(async () => {
    preview = await startPreview({
      port: 0,
      locale: 'en',
      sidebarHtml: SIDEBAR,
      today: new Date(2026, 10, 26),
    });
    base = preview.server.url;
  });

  afterAll(async () => {
    await preview?.close();
  });

  const get = (path: string) => fetch(new URL(path, base));
  const post = (path: string, body: unknown) =>
    fetch(new URL(path, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('listens on localhost on the free port it was given', () => {
    expect(preview.server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(preview.server.port).toBeGreaterThan(0);
  });

  it('serves the page, its script and its style', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<script src="/preview.js"></script>');
    const js = await get('/preview.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await js.text()).length).toBeGreaterThan(1000);
    expect((await get('/preview.css')).status).toBe(200);
  });

  it('serves the add-on’s sidebar with google.script.run defined before its own script', async () => {
    const state = (await (await get('/api/state')).json()) as PreviewState;
    const id = state.sidebar?.id ?? '';
    const html = await (await get(`/html/${id}`)).text();
    const shim = html.indexOf('google.script');
    expect(shim).toBeGreaterThan(html.indexOf('<head>'));
    expect(shim).toBeLessThan(html.indexOf('window.x=1'));
    expect((await get('/html/page-999')).status).toBe(404);
  });

  it('answers grid windows and google.script.run calls as JSON', async () => {
    const state = (await (await get('/api/state')).json()) as PreviewState;
    const grid = (await (
      await get(`/api/grid?sheet=${encodeURIComponent(state.activeSheet)}&from=0&to=3`)
    ).json()) as GridWindow;
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows[0]?.[0]?.t).toBe('SKU');
    const answer = (await (
      await post('/api/rpc', { name: 'getSidebarState', args: [] })
    ).json()) as RpcResponse;
    expect(answer.ok).toBe(true);
  });

  it('refuses malformed requests with 400 and unknown paths with 404', async () => {
    expect((await post('/api/rpc', '{not json')).status).toBe(400);
    expect((await post('/api/rpc', { name: 'getSidebarState' })).status).toBe(400);
    expect((await post('/api/locale', { locale: 'fr' })).status).toBe(400);
    expect((await post('/api/menu', {})).status).toBe(400);
    expect((await get('/nothing-here')).status).toBe(404);
  });
});
