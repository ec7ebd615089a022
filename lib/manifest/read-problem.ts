/**
 * Problems met while reading manifests: the input could not be read (`input/...`), or
 * its text is not YAML or JSON that Kubernetes would accept (`yaml/...`). They are
 * reported like the engine's diagnostics, with a file position instead of an object.
 */
import type { Severity } from '../validate/diagnostic';

/** Rule ids of reading problems. */
export const READ_RULES = {
  /** The path does not exist (or a symbolic link points nowhere). */
  notFound: 'input/not-found',
  /** The file or directory may not be read. */
  permissionDenied: 'input/permission-denied',
  /** Any other failure of the operating system while reading. */
  unreadable: 'input/unreadable',
  /** The file is larger than the configured limit. */
  tooLarge: 'input/too-large',
  /** A symbolic link leads back into a directory being walked. */
  symlinkLoop: 'input/symlink-loop',
  /** A directory holds no `*.yaml`, `*.yml` or `*.json` file. */
  noManifests: 'input/no-manifests',
  /** The bytes are not valid UTF-8 (or UTF-16 with a byte order mark): binary data. */
  invalidEncoding: 'yaml/invalid-encoding',
  /** A control character that YAML does not allow in a stream. */
  invalidCharacter: 'yaml/invalid-character',
  /** Malformed YAML or JSON. */
  syntax: 'yaml/syntax',
  /** A key appears twice in one mapping; strict decoding rejects the object. */
  duplicateKey: 'yaml/duplicate-key',
  /** Nesting deeper than the configured limit. */
  tooDeep: 'yaml/too-deep',
  /** Aliases expand to far more data than the document holds (an "alias bomb"). */
  excessiveAliasing: 'yaml/excessive-aliasing',
  /** An anchor's value contains an alias to itself. */
  aliasCycle: 'yaml/alias-cycle',
  /** A mapping key that JSON cannot hold: null, or a mapping or sequence. */
  unsupportedKey: 'yaml/unsupported-key',
  /** A value that JSON cannot hold: `.inf`, `-.inf`, `.nan`. */
  unsupportedValue: 'yaml/unsupported-value',
  /** A document (or an item of a List) that is not a mapping. */
  notAMapping: 'yaml/not-a-mapping',
  /** A `kind: List` whose `items` is not a sequence. */
  invalidList: 'yaml/invalid-list',
} as const;

/** One of {@link READ_RULES}. */
export type ReadRuleId = (typeof READ_RULES)[keyof typeof READ_RULES];

/**
 * Rule ids that mean the input could not be read at all; the command exits with 2 for
 * them (as for usage errors) rather than 1 (invalid manifests).
 */
export const UNREADABLE_INPUT_RULES: ReadonlySet<string> = new Set<string>([
  READ_RULES.notFound,
  READ_RULES.permissionDenied,
  READ_RULES.unreadable,
  READ_RULES.tooLarge,
  READ_RULES.symlinkLoop,
]);

/** A problem of reading, located in a file. */
export interface ReadProblem {
  /** The file as the user named it (`<stdin>` for standard input). */
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column (UTF-16 code units); 0 when the problem concerns the whole file. */
  readonly column: number;
  /** How bad it is. */
  readonly severity: Severity;
  /** Which problem. */
  readonly ruleId: ReadRuleId;
  /** Field path inside the document, e.g. `items[2]` for an item of a List; empty for the whole document. */
  readonly fieldPath: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
}
