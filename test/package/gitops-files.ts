import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** A command of an Argo CD config management plugin: the program and its arguments. */
export interface PluginCommand {
  /** The program and its first arguments. */
  readonly command: readonly string[];
  /** Further arguments. @default none */
  readonly args?: readonly string[];
}

/** The ConfigManagementPlugin of the GitOps example, as the sidecar reads it from plugin.yaml. */
export interface PluginConfig {
  /** `argoproj.io/v1alpha1`. */
  readonly apiVersion: string;
  /** `ConfigManagementPlugin`. */
  readonly kind: string;
  /** The plugin's name, which Applications refer to. */
  readonly metadata: { readonly name: string };
  /** The plugin's commands and options. */
  readonly spec: {
    readonly version?: string;
    readonly init?: PluginCommand;
    readonly generate: PluginCommand;
    readonly discover?: unknown;
    readonly preserveFileMode?: boolean;
    readonly provideGitCreds?: boolean;
  };
}

/** The folder of the GitOps example's files. */
export function gitopsDir(root: string): string {
  return join(root, 'docs', 'gitops');
}

/** Every YAML document of an example file, as plain data; throws on a YAML error. */
export function readDocuments(path: string): unknown[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${path}: ${document.errors.map((e) => e.message).join('; ')}`);
    return document.toJS() as unknown;
  });
}

/** The plugin configuration held by the example's ConfigMap under `plugin.yaml`. */
export function readPluginConfig(root: string): PluginConfig {
  const [configMap] = readDocuments(join(gitopsDir(root), 'argocd', 'podsmith-cmp.yaml')) as { data: Record<string, string> }[];
  return parse(configMap.data['plugin.yaml']) as PluginConfig;
}

/** The program and argument list Argo CD's cmp-server runs for a command: `command` followed by `args`. */
export function argvOf(command: PluginCommand): { program: string; args: string[] } {
  const [program, ...rest] = command.command;
  return { program, args: [...rest, ...(command.args ?? [])] };
}
