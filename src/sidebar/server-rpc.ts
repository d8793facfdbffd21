// The server's endpoints as promises, typed from their definitions, over google.script.run.

import type { SidebarEndpoints } from '../addon/sidebar/sidebar-api';

/** Each endpoint as the client calls it: same arguments, the result as a promise. */
export type ServerRpc = {
  readonly [K in keyof SidebarEndpoints]: (
    ...args: Parameters<SidebarEndpoints[K]>
  ) => Promise<ReturnType<SidebarEndpoints[K]>>;
};

/** The part of google.script.run the client uses. */
export interface ScriptRunLike {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunLike;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunLike;
  [endpoint: string]: unknown;
}

/** Every endpoint name, listed once; the type makes a missing or unknown name a compile error. */
const ENDPOINT_NAMES: Readonly<Record<keyof SidebarEndpoints, true>> = {
  getSidebarState: true,
  setChecklistItem: true,
};

export function serverRpc(run: () => ScriptRunLike): ServerRpc {
  return endpointRpc<SidebarEndpoints>(run, ENDPOINT_NAMES) as ServerRpc;
}

/** A page's endpoints as promises, for any endpoint interface and its list of names. */
export type EndpointRpc<E> = {
  readonly [K in keyof E]: E[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<R>
    : never;
};

/** Each named endpoint called through google.script.run, its result or failure as a promise. */
export function endpointRpc<E>(
  run: () => ScriptRunLike,
  names: Readonly<Record<keyof E, true>>,
): EndpointRpc<E> {
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
  return rpc as EndpointRpc<E>;
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return new Error(message);
}
