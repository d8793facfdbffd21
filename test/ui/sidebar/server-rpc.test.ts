// The sidebar's typed google.script.run (values, arguments, server errors, missing endpoints)
// and the chart's scale, in Node.

import { describe, expect, it } from 'vitest';
import { niceCeiling } from '../../../src/ui/sidebar/render-chart';
import { type ScriptRunLike, serverRpc } from '../../../src/ui/sidebar/server-rpc';

/** google.script.run answering each endpoint from a table, asynchronously as the real one. */
function scriptRun(answers: Record<string, (...args: unknown[]) => unknown>): () => ScriptRunLike {
  const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRunLike => {
    const run: ScriptRunLike = {
      withSuccessHandler: (handler) => runner(handler, fail),
      withFailureHandler: (handler) => runner(ok, handler),
    };
    for (const [name, answer] of Object.entries(answers)) {
      run[name] = (...args: unknown[]) =>
        setTimeout(() => {
          try {
            ok?.(answer(...args));
          } catch (error) {
            fail?.(error);
          }
        }, 0);
    }
    return run;
  };
  return () => runner();
}

describe('serverRpc (the sidebar’s typed google.script.run)', () => {
  it('resolves with the endpoint’s value and passes the arguments on', async () => {
    const seen: unknown[] = [];
    const rpc = serverRpc(
      scriptRun({
        setChecklistItem: (payload) => {
          seen.push(payload);
          return { ticks: {} };
        },
      }),
    );
    const tick = {
      sheet: 'S',
      sku: 'A',
      phase: 'PRE_STOCKOUT',
      rule: 'R12',
      done: true,
      cycle: '',
    } as const;
    await expect(rpc.setChecklistItem(tick)).resolves.toEqual({ ticks: {} });
    expect(seen).toEqual([tick]);
  });

  it('rejects with the server’s message', async () => {
    const rpc = serverRpc(
      scriptRun({
        getSidebarState: () => {
          throw { message: 'Someone else is saving' };
        },
      }),
    );
    await expect(rpc.getSidebarState()).rejects.toThrow('Someone else is saving');
  });

  it('rejects a call to an endpoint the server does not have', async () => {
    const rpc = serverRpc(scriptRun({}));
    await expect(rpc.getSidebarState()).rejects.toThrow(/no server endpoint getSidebarState/);
  });
});

describe('niceCeiling (the chart’s scale)', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten, at least 10', () => {
    expect([0, 7, 11, 180, 250, 251, 999, 1001].map(niceCeiling)).toEqual([
      10, 10, 20, 200, 250, 500, 1000, 2000,
    ]);
  });
});
