// The add-on's custom functions as engine functions, running the same code as in Apps Script.

import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import { runCustomFunction } from '../../src/addon/custom-functions/run-custom-function';
import { dayOfInstant } from '../../src/addon/custom-functions/sheet-day';
import type { CustomFunctionSpec } from '../../src/addon/custom-functions/spec';
import { toSheetsArgument } from './engine-values';

// The engine's parse-tree and evaluation-state types are internal; the plugin only passes them on.
type Ast = unknown;
type State = unknown;
interface CallAst {
  readonly args: Ast[];
}

/**
 * Evaluates one call the way Sheets calls a custom function: every argument evaluated to a value
 * or a 2-D array, then the add-on's runCustomFunction; an InputError it throws becomes the cell's
 * error message (`#ERROR!` and the text, as Sheets shows it).
 */
class CustomFunctionPlugin extends FunctionPlugin {
  callCustomFunction(spec: CustomFunctionSpec, ast: CallAst, state: State) {
    const args = ast.args as never;
    return this.runFunction(args, state as never, this.metadata(spec.name), (...raw: unknown[]) => {
      const args: unknown[] = [];
      for (const value of raw) {
        const arg = toSheetsArgument(value);
        if (arg instanceof CellError) return arg;
        args.push(arg);
      }
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
      try {
        const result = runCustomFunction(spec, args);
        if (!Array.isArray(result)) return engineCell(result);
        if (result.length === 1 && result[0]?.length === 1) return engineCell(result[0][0] ?? '');
        return SimpleRangeValue.onlyValues(result.map((line) => line.map(engineCell)));
      } catch (error) {
        return new CellError(
          ErrorType.ERROR,
          error instanceof Error ? error.message : String(error),
        );
      }
    });
  }

  /**
   * The result's size, known before evaluation: that of the first range of more than one cell,
   * as many times wider as the function has result columns (RANK_DROP: a fall and a severity).
   */
  customFunctionSize(spec: CustomFunctionSpec, ast: CallAst, state: State): ArraySize {
    const columns = spec.columns?.length ?? 1;
    for (let i = 0; i < ast.args.length && i < spec.params.length; i++) {
      const kind = spec.params[i]?.kind;
      if (kind === 'weights' || kind === 'table') continue;
      const size = this.arraySizeForAst(ast.args[i] as never, state as never);
      if (size.width * size.height > 1) return new ArraySize(size.width * columns, size.height);
    }
    return columns === 1 ? ArraySize.scalar() : new ArraySize(columns, 1);
  }
}

/** A result cell as the engine holds it: a date as its serial day, as Sheets stores it. */
function engineCell(cell: number | string | Date): number | string {
  return cell instanceof Date ? dayOfInstant(cell.getTime()) : cell;
}

let registered: FunctionPluginDefinition | undefined;

/**
 * Registers every function of the catalog with the engine (once per process; engines built
 * afterwards see them). New catalog entries appear without changes here.
 */
export function registerCustomFunctions(): void {
  if (registered !== undefined) return;
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  const plugin = class extends CustomFunctionPlugin {};
  const prototype = plugin.prototype as unknown as Record<string, unknown>;
  for (const spec of CUSTOM_FUNCTIONS) {
    const method = `run_${spec.name}`;
    const sizeMethod = `size_${spec.name}`;
    prototype[method] = function (this: CustomFunctionPlugin, ast: CallAst, state: State) {
      return this.callCustomFunction(spec, ast, state);
    };
    prototype[sizeMethod] = function (this: CustomFunctionPlugin, ast: CallAst, state: State) {
      return this.customFunctionSize(spec, ast, state);
    };
    implemented[spec.name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      // Any number of values or ranges: runCustomFunction checks the count and names the problem.
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    names[spec.name] = spec.name;
  }
  (plugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions =
    implemented;
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
  registered = plugin;
}
