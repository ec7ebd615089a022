/**
 * Tabs that Kubernetes' YAML reader refuses in block context.
 *
 * YAML 1.2 (and the `yaml` package) allow a tab as separation: `key:\tvalue`,
 * `-\tvalue`, a line of a tab and a comment. go-yaml v2, like libyaml, skips a tab
 * between tokens only in a flow collection or where a simple key cannot start
 * (`yaml_parser_scan_to_next_token`): after `:` or `-` in block context and at the
 * start of a line it is a character "that cannot start any token", and at the start of
 * a line inside a plain scalar "a tab character that abuse indentation". Either way the
 * document cannot be read. A tab after a scalar (`key: value\t# comment`), before `:`
 * (`key\t: value`), inside quotes or block scalars, or in a flow collection is fine.
 */
import type * as YamlModule from 'yaml';
import { READ_RULES } from '../read-problem';
import type { OffsetProblem } from './ast-to-data';

type CstToken = YamlModule.CST.Token;
type SourceToken = YamlModule.CST.SourceToken;

/**
 * The offset of the first tab go-yaml v2 refuses in the block collections of a document
 * (white space after `:` or `-`, or at the start of a line), or -1.
 *
 * @param node the root of a document's concrete syntax tree (`yaml` package `Parser`)
 */
export function firstBlockTab(node: CstToken | undefined): number {
  if (node === undefined) return -1;
  if (node.type === 'block-map') {
    for (const item of node.items) {
      const found = Math.min(...[tabIn(item.start, false), tabIn(item.sep, true), firstBlockTab(item.key ?? undefined), firstBlockTab(item.value)].map((at) => (at === -1 ? Infinity : at)));
      if (found !== Infinity) return found;
    }
  } else if (node.type === 'block-seq') {
    for (const item of node.items) {
      const found = Math.min(...[tabIn(item.start, false), firstBlockTab(item.value)].map((at) => (at === -1 ? Infinity : at)));
      if (found !== Infinity) return found;
    }
  }
  return -1;
}

/** The offset of a tab in the white space of `tokens` (in a separator, only after `:`), or -1. */
function tabIn(tokens: readonly SourceToken[] | undefined, afterIndicator: boolean): number {
  if (tokens === undefined) return -1;
  let checking = !afterIndicator;
  for (const token of tokens) {
    if (token.type === 'map-value-ind') checking = true;
    if (checking && token.type === 'space') {
      const tab = token.source.indexOf('\t');
      if (tab !== -1) return token.offset + tab;
    }
  }
  return -1;
}

/**
 * The problem of the first tab go-yaml v2 refuses in a document's block collections.
 *
 * @param root the document's root node in the concrete syntax tree
 * @returns a `yaml/syntax` problem at the tab (an offset in the parsed text), or undefined
 */
export function blockTabProblem(root: CstToken | undefined): OffsetProblem | undefined {
  const offset = firstBlockTab(root);
  if (offset === -1) return undefined;
  return {
    ruleId: READ_RULES.syntax,
    message: 'malformed YAML: Kubernetes reads no tab after : or - or at the start of a line outside flow collections ("found character that cannot start any token")',
    hint: 'use spaces instead of the tab',
    offset,
  };
}
