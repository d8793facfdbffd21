// A page's line to Apps Script: its server endpoints as promises over google.script.run, typed
// from their definitions, and closing the dialog it is in.

/** Each endpoint as the page calls it: same arguments, the result as a promise. */
export type ScriptRpc<E> = {
  readonly [K in keyof E]: E[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<R>
    : never;
};

/** The part of google.script.run a page uses. */
export interface ScriptRunLike {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunLike;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunLike;
  [endpoint: string]: unknown;
}

/**
 * The endpoints named in `names` (every endpoint of E, listed once: the type makes a missing or
 * unknown name a compile error), each a promise of its result; a server error rejects with its
 * message.
 */
export function scriptRpc<E>(
  run: () => ScriptRunLike,
  names: Readonly<Record<keyof E & string, true>>,
): ScriptRpc<E> {
  const call =
    (name: string) =>
    (...args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const runner = run()
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(asError(error)));
        const endpoint = runner[name];
        if (typeof endpoint !== 'function') {
          reject(new Error(`no server endpoint ${name}`));
          return;
        }
        endpoint.apply(runner, args);
      });
  const rpc: Record<string, unknown> = {};
  for (const name of Object.keys(names)) rpc[name] = call(name);
  return rpc as ScriptRpc<E>;
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return new Error(message);
}

declare const google: { script: { run: ScriptRunLike; host: { close(): void } } };

/** The page's google.script.run, read at each call as Apps Script hands out a fresh runner. */
export function googleScriptRun(): ScriptRunLike {
  return google.script.run;
}

/** Closes the dialog the page is in (google.script.host.close). */
export function closeDialog(): void {
  google.script.host.close();
}
