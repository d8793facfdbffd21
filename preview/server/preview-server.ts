// The local HTTP server: the preview page, the add-on's pages with the RPC stand-in, a JSON API.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCALES, type Locale } from '../../src/core/i18n/locale';
import type {
  EditRequest,
  PreviewBackend,
  RpcRequest,
  Selection,
  SortRequest,
} from '../page/preview-api';
import type { PageAssets } from './page-assets';

import { injectRpcShim } from './rpc-shim';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Largest request body accepted (an edit, a menu call or a sidebar call is far smaller). */
const MAX_BODY_BYTES = 1_000_000;

/** Serves on localhost only: the preview is for this machine. Port 0 picks a free port. */
export async function startPreviewServer(
  backend: PreviewBackend,
  assets: PageAssets,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const streams = new Set<ServerResponse>();
  const unsubscribe = backend.onChange((events) => {
    const data = `data: ${JSON.stringify({ version: backend.state().version, events })}\n\n`;
    for (const stream of streams) stream.write(data);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (request.method === 'GET') {
      if (path === '/') return send(response, 200, 'text/html; charset=utf-8', assets.html);
      if (path === '/preview.js')
        return send(response, 200, 'text/javascript; charset=utf-8', assets.js);
      if (path === '/preview.css')
        return send(response, 200, 'text/css; charset=utf-8', assets.css);
      if (path === '/api/state') return sendJson(response, 200, backend.state());
      if (path === '/api/grid') {
        const from = Math.max(0, Number(url.searchParams.get('from') ?? 0) | 0);
        const to = Math.max(from, Number(url.searchParams.get('to') ?? from + 100) | 0);
        const sheet = url.searchParams.get('sheet') ?? backend.state().activeSheet;
        return sendJson(response, 200, backend.grid(sheet, from, Math.min(to, from + 5000)));
      }
      if (path === '/api/events') return openStream(response);
      const page = /^\/html\/([\w-]+)$/.exec(path);
      if (page) {
        const id = page[1] as string;
        const html = backend.page(id);
        if (html === undefined) return send(response, 404, 'text/plain', 'no such page');
        return send(response, 200, 'text/html; charset=utf-8', injectRpcShim(html, id));
      }
      return send(response, 404, 'text/plain', 'not found');
    }
    if (request.method === 'POST') {
      let body: unknown;
      try {
        body = await readJson(request);
      } catch (error) {
        return sendJson(response, 400, {
          error: error instanceof Error ? error.message : 'bad request',
        });
      }
      if (typeof body !== 'object' || body === null)
        return sendJson(response, 400, { error: 'JSON object' });
      if (path === '/api/edit') return sendJson(response, 200, backend.edit(body as EditRequest));
      if (path === '/api/select') return sendJson(response, 200, backend.select(body as Selection));
      if (path === '/api/sort') {
        const { sheet, col, ascending } = body as Partial<SortRequest>;
        if (typeof sheet !== 'string' || !Number.isInteger(col) || typeof ascending !== 'boolean')
          return sendJson(response, 400, { error: 'sheet, col and ascending' });
        return sendJson(response, 200, backend.sort({ sheet, col: col as number, ascending }));
      }
      if (path === '/api/menu') {
        const name = (body as { functionName?: unknown }).functionName;
        if (typeof name !== 'string') return sendJson(response, 400, { error: 'functionName' });
        return sendJson(response, 200, backend.runMenu(name));
      }
      if (path === '/api/locale') {
        const locale = (body as { locale?: unknown }).locale;
        if (!LOCALES.includes(locale as Locale))
          return sendJson(response, 400, { error: 'locale' });
        return sendJson(response, 200, backend.setLocale(locale as Locale));
      }
      if (path === '/api/reload') return sendJson(response, 200, backend.reload());
      if (path === '/api/close') {
        const id = (body as { id?: unknown }).id;
        if (typeof id !== 'string') return sendJson(response, 400, { error: 'id' });
        return sendJson(response, 200, backend.closePage(id));
      }
      if (path === '/api/rpc') {
        const { name, args } = body as Partial<RpcRequest>;
        if (typeof name !== 'string' || !Array.isArray(args)) {
          return sendJson(response, 400, { error: 'name and args' });
        }
        return sendJson(response, 200, backend.rpc(name, args));
      }
    }
    return send(response, 404, 'text/plain', 'not found');
  }

  function openStream(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(`data: ${JSON.stringify({ version: backend.state().version, events: [] })}\n\n`);
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`,
    port: address.port,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}
