/**
 * The arguments a LogShipper gives Fluent Bit, read back: `-i tail`, the tail input's
 * `-p key=value` properties, `-o <output>` and the output's properties.
 */
import type { JsonValue } from '../code-model';

/** Fluent Bit arguments as a LogShipper writes them. */
export interface FluentBitArgs {
  /** Properties of the tail input, in order. */
  readonly tail: readonly (readonly [string, string])[];
  /** The output plugin. */
  readonly output: string;
  /** Properties of the output, in order. */
  readonly outputProperties: readonly (readonly [string, string])[];
}

/** `-i tail -p k=v ... -o name -p k=v ...` read back; undefined for anything else. */
export function parseFluentBitArgs(args: JsonValue | undefined): FluentBitArgs | undefined {
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) return undefined;
  const list = args as readonly string[];
  if (list[0] !== '-i' || list[1] !== 'tail') return undefined;
  let index = 2;
  const readProperties = (): (readonly [string, string])[] | undefined => {
    const properties: (readonly [string, string])[] = [];
    while (list[index] === '-p') {
      const pair = list[index + 1];
      const split = pair === undefined ? -1 : pair.indexOf('=');
      if (split <= 0) return undefined;
      properties.push([pair.slice(0, split), pair.slice(split + 1)]);
      index += 2;
    }
    return properties;
  };
  const tail = readProperties();
  if (tail === undefined || list[index] !== '-o' || list[index + 1] === undefined) return undefined;
  const output = list[index + 1];
  index += 2;
  const outputProperties = readProperties();
  if (outputProperties === undefined || index !== list.length) return undefined;
  return { tail, output, outputProperties };
}
