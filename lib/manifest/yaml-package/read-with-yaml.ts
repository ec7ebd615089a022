/**
 * Reads YAML with the `yaml` package: the careful path, for every document the fast
 * reader gives up on. It knows all of YAML, reports malformed input with a position,
 * and is loaded only when a document needs it (it costs start-up time).
 */
import type * as YamlModule from 'yaml';
import type { PositionNode } from '../position-tree';
import { READ_RULES } from '../read-problem';
import { convertDocument, type OffsetProblem } from './ast-to-data';
import { kubernetesTags } from './kubernetes-tags';
import { findRunawayNesting } from './nesting-guard';
import { blockTabProblem } from './block-tabs';
import { surrogateEscapeProblem } from './surrogate-escapes';

/** One document read by the `yaml` package. */
export interface YamlPackageDocument {
  /** The plain data; meaningless when `problems` is not empty. */
  readonly value: unknown;
  /** Problems, with offsets in the whole text. */
  readonly problems: OffsetProblem[];
  /** Offset of the document's content (or of its start when it is empty). */
  readonly offset: number;
  /** Positions of its nodes, with offsets in the whole text, when asked for. */
  readonly positions?: PositionNode;
}

let loaded: typeof YamlModule | undefined;

/** The `yaml` package, loaded on first use. */
function yamlPackage(): typeof YamlModule {
  loaded ??= require('yaml') as typeof YamlModule;
  return loaded;
}

/** Parse options: YAML 1.1, Kubernetes' scalars, duplicate keys are errors, no console output. */
const OPTIONS = {
  version: '1.1',
  customTags: kubernetesTags,
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
  logLevel: 'silent',
} as const;

/**
 * Reads the documents of `text` between `start` and `end` (a whole stream, or one
 * document of it opened by its `---` line).
 */
export function readWithYamlPackage(text: string, start: number, end: number, maxDepth: number, withPositions = false): YamlPackageDocument[] {
  return [...yamlPackageDocuments(text, start, end, maxDepth, withPositions)];
}

/**
 * The documents of `text` between `start` and `end`, read one at a time: only one
 * document's syntax tree is held at once, however many documents the stream has.
 */
export function* yamlPackageDocuments(text: string, start: number, end: number, maxDepth: number, withPositions = false): Generator<YamlPackageDocument> {
  const runaway = findRunawayNesting(text, start, end, maxDepth);
  if (runaway !== -1) {
    yield { value: undefined, offset: runaway, problems: [{ ruleId: READ_RULES.tooDeep, message: `mappings and sequences are nested more than ${maxDepth} levels deep`, hint: DEEP_HINT, offset: runaway }] };
    return;
  }
  const yaml = yamlPackage();
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  const composer = new yaml.Composer(OPTIONS);
  try {
    // forceDoc: a stream of directives without a document still yields one, with its error.
    // Tabs go-yaml refuses are found in the concrete syntax tree, by the offset of each document.
    const tabs = source.includes('\t') ? new Map<number, OffsetProblem>() : undefined;
    const tokens = tabs === undefined ? new yaml.Parser().parse(source) : withTabProblems(new yaml.Parser().parse(source), tabs);
    for (const doc of composer.compose(tokens, true, source.length)) {
      yield readDocument(yaml, doc as YamlModule.Document.Parsed, source, start, maxDepth, withPositions, tabs?.get(doc.range[0]));
    }
  } catch (thrown) {
    yield { value: undefined, offset: start, problems: [unexpected(thrown, start)] };
    return;
  }
  const leftover = composer.streamInfo().errors;
  if (leftover.length > 0) yield { value: undefined, offset: start, problems: distinct(leftover.map((error) => fromYamlError(error, start))) };
}

/** Passes the tokens on, noting the tab problem of each document token by its offset. */
function* withTabProblems(tokens: Iterable<YamlModule.CST.Token>, problems: Map<number, OffsetProblem>): Generator<YamlModule.CST.Token> {
  for (const token of tokens) {
    if (token.type === 'document') {
      const problem = blockTabProblem(token.value);
      if (problem !== undefined) problems.set(token.offset, problem);
    }
    yield token;
  }
}

function readDocument(yaml: typeof YamlModule, doc: YamlModule.Document.Parsed, source: string, base: number, maxDepth: number, withPositions: boolean, tab?: OffsetProblem): YamlPackageDocument {
  const offset = base + (doc.contents?.range?.[0] ?? doc.range[0]);
  if (doc.errors.length > 0) {
    return { value: undefined, offset, problems: distinct(doc.errors.map((error) => fromYamlError(error, base))) };
  }
  if (tab !== undefined) return { value: undefined, offset, problems: [{ ...tab, offset: base + tab.offset }] };
  try {
    const surrogate = surrogateEscapeProblem(yaml, doc, source);
    if (surrogate !== undefined) return { value: undefined, offset, problems: [{ ...surrogate, offset: base + surrogate.offset }] };
    const converted = convertDocument(yaml, doc, maxDepth, withPositions);
    const problems = converted.problems.map((problem) => ({ ...problem, offset: base + problem.offset }));
    const positions = converted.positions === undefined ? undefined : shift(converted.positions, base);
    return { value: converted.value, offset, problems, positions };
  } catch (thrown) {
    return { value: undefined, offset, problems: [unexpected(thrown, offset)] };
  }
}

function fromYamlError(error: YamlModule.YAMLError, base: number): OffsetProblem {
  const offset = base + (error.pos?.[0] ?? 0);
  const message = cleanMessage(error.message);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return { ruleId: READ_RULES.duplicateKey, message: 'a key appears twice in one mapping', hint: 'Kubernetes rejects duplicate fields: keep one of them', offset };
    case 'RESOURCE_EXHAUSTION':
      return { ruleId: READ_RULES.tooDeep, message: 'mappings and sequences are nested too deeply to be read', hint: DEEP_HINT, offset };
    default:
      return { ruleId: READ_RULES.syntax, message: `malformed YAML: ${message}`, hint: syntaxHint(error.code), offset };
  }
}

const DEEP_HINT = 'Kubernetes objects are a few dozen levels deep at most; check the file for runaway nesting';

/** The most problems reported for one document; malformed input can produce a cascade. */
const MAX_PROBLEMS_PER_DOCUMENT = 10;

/** The problems without repetitions of a rule and message, and at most {@link MAX_PROBLEMS_PER_DOCUMENT}. */
function distinct(problems: OffsetProblem[]): OffsetProblem[] {
  const seen = new Set<string>();
  const kept: OffsetProblem[] = [];
  for (const problem of problems) {
    const key = `${problem.ruleId}\n${problem.message}`;
    if (seen.has(key) || kept.length === MAX_PROBLEMS_PER_DOCUMENT) continue;
    seen.add(key);
    kept.push(problem);
  }
  return kept;
}

function cleanMessage(message: string): string {
  const firstLine = message.split('\n', 1)[0];
  const cleaned = firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
  return cleaned.length > 0 ? lowerFirst(cleaned) : 'the text cannot be read as YAML';
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function syntaxHint(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'indent with spaces: YAML does not allow tabs for indentation';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and the punctuation (colons, dashes, brackets, quotes) around this position';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a key and its colon must be on one line; put a space after the colon of every key';
    case 'BAD_ALIAS':
      return 'define the anchor (&name) before its alias (*name) in the same document';
    default:
      return 'fix the YAML at this position; a YAML linter shows the details';
  }
}

function unexpected(thrown: unknown, offset: number): OffsetProblem {
  const detail = thrown instanceof Error ? thrown.message.split('\n', 1)[0] : String(thrown);
  return {
    ruleId: detail.includes('call stack') ? READ_RULES.tooDeep : READ_RULES.syntax,
    message: `the document cannot be read: ${detail}`,
    hint: 'check the document for runaway nesting or malformed YAML',
    offset,
  };
}

function shift(node: PositionNode, base: number): PositionNode {
  const shifted: PositionNode = { offset: node.offset + base };
  if (node.entries !== undefined) shifted.entries = new Map([...node.entries].map(([key, child]) => [key, shift(child, base)]));
  if (node.items !== undefined) shifted.items = node.items.map((child) => shift(child, base));
  return shifted;
}
