// `npm start` itself (scripts/start.mjs after the build): it serves, says where, and explains bad input.

import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

const running: ChildProcess[] = [];

/** Runs scripts/start.mjs; resolves with its output once `until` matches it or it exits. */
function start(args: string[], env: Record<string, string>, until?: RegExp) {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  let err = '';
  return new Promise<{ out: string; err: string; code: number | null }>((resolve) => {
    const check = () => {
      if (until?.test(out)) resolve({ out, err, code: null });
    };
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      check();
    });
    child.stderr?.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => resolve({ out, err, code }));
  });
}

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});

describe('npm start', () => {
  it('serves the preview on the port asked for and prints the address in both languages', async () => {
    const { out } = await start([], { PORT: '0' }, /按 Ctrl\+C 停止/);
    const url = /running at (http:\/\/localhost:\d+\/)/.exec(out)?.[1];
    expect(url).toBeDefined();
    expect(out).toMatch(/预览已在 http:\/\/localhost:\d+\/ 运行/);
    expect(out).toMatch(/started in \d+ ms/);
    const page = await fetch(url as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/preview.js');
  });

  it('explains a CSV that is not there, and stops', async () => {
    const { err, code } = await start(['no/such/sheet.csv'], { PORT: '0' });
    expect(code).toBe(1);
    expect(err).toContain('Cannot open no/such/sheet.csv: there is no such file');
    expect(err).toContain('无法打开 no/such/sheet.csv：文件不存在');
  });

  it('explains a PORT that is not a port', async () => {
    const { err, code } = await start([], { PORT: 'eighty' });
    expect(code).toBe(2);
    expect(err).toContain('PORT must be a number from 0 to 65535, got eighty');
  });
});
