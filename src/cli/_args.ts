import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest } from "../format/_suggest.js";
import { isIsoDate } from "../node/_csv-cells.js";
import { UsageError } from "./_usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments strictly, turning every parse error into a one-line {@link UsageError}. */
export function parseCommandArgs<const O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(?:-\w, )?(--?[^' <]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const names = Object.keys(options).map((name) => `--${name}`);
      const suggestion = closest(flag.split("=")[0] ?? flag, names);
      throw new UsageError(
        `unknown option ${flag}${suggestion === undefined ? "" : ` (did you mean ${suggestion}?)`}`,
        command,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(
        /does not take an argument/.test(message)
          ? `${flag} does not take a value`
          : `${flag} needs a value`,
        command,
      );
    throw new UsageError(message, command);
  }
}

/** Checks a flag's value against the allowed ones; `undefined` gives `fallback`. */
export function choice<const T extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}")`, command);
}

/** Checks an `--as-of`-style date flag: a real calendar date, `YYYY-MM-DD`. */
export function isoDate(
  command: string,
  flag: string,
  value: string | undefined,
): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new UsageError(`--${flag} must be a date written YYYY-MM-DD (got "${value}")`, command);
}

/** Requires between `min` and `max` positional arguments, naming what is missing. */
export function positionals(
  command: string,
  values: readonly string[],
  names: string,
  min: number,
  max = Number.POSITIVE_INFINITY,
): string[] {
  if (values.length < min) throw new UsageError(`missing ${names}`, command);
  if (values.length > max)
    throw new UsageError(`too many arguments: expected ${names}, got ${values.length}`, command);
  return [...values];
}
