/**
 * `podsmith describe` as text, laid out like `kubectl describe pod`: the pod's identity,
 * its start order, its init containers (native sidecars among them) and containers with
 * image, ports, probes, resources and mounts, its volumes and who mounts them, and the
 * patterns it shows.
 */
import type { DescribedPod } from './described-pod';
import type { ContainerFact } from './pod-facts';
import { describeRole } from './roles';
import { probeSummary, terminalSafe, volumeDetails, volumeType } from './summaries';

const LABEL_WIDTH = 14;

/** `Label:` padded to a column, then the value. */
function field(indent: string, label: string, value: string): string {
  return `${indent}${`${label}:`.padEnd(LABEL_WIDTH)}${value}`;
}

function pairs(entries: readonly (readonly [string, string])[]): string[] {
  return entries.length === 0 ? ['<none>'] : entries.map(([k, v]) => `${k}=${v}`);
}

/** A field whose values go one per line, aligned under the first. */
function multi(indent: string, label: string, values: readonly string[]): string[] {
  return values.map((value, index) => (index === 0 ? field(indent, label, value) : `${indent}${' '.repeat(LABEL_WIDTH)}${value}`));
}

function phaseText(container: ContainerFact): string {
  return container.phase === 'sidecar' ? 'native sidecar' : container.phase === 'init' ? 'init container' : 'container';
}

/** The start order in one line: `1. init-db → 2. log-shipper (sidecar) → 3. nginx + metrics (together)`. */
export function startOrder(pod: DescribedPod): string {
  const steps = new Map<number, ContainerFact[]>();
  for (const container of pod.facts.containers) steps.set(container.step, [...(steps.get(container.step) ?? []), container]);
  return [...steps.entries()]
    .map(([step, containers]) => {
      const names = containers.map((c) => (c.phase === 'sidecar' ? `${c.name} (native sidecar)` : c.name)).join(' + ');
      return `${step}. ${names}${containers.length > 1 ? ' (together)' : ''}`;
    })
    .join(' → ');
}

function containerLines(pod: DescribedPod, container: ContainerFact): string[] {
  const indent = '    ';
  const lines = [`  ${container.name}:`];
  const role = pod.roles.roles.get(container.name);
  lines.push(field(indent, 'Role', role ? describeRole(role, container.name, pod.roles) : phaseText(container)));
  lines.push(field(indent, 'Start', `step ${container.step} (${phaseText(container)}${container.phase === 'sidecar' ? ': starts before the containers, stops after them' : ''})`));
  lines.push(field(indent, 'Image', container.image ?? '<none>'));
  if (container.command.length > 0) lines.push(`${indent}Command:`, ...container.command.map((c) => `${indent}  ${c}`));
  if (container.args.length > 0) lines.push(`${indent}Args:`, ...container.args.map((a) => `${indent}  ${a}`));
  const ports = container.ports.map((p) => `${p.containerPort}/${p.protocol}${p.name ? ` (${p.name})` : ''}${p.hostPort ? ` on host port ${p.hostPort}` : ''}`);
  lines.push(...multi(indent, ports.length > 1 ? 'Ports' : 'Port', ports.length === 0 ? ['<none>'] : ports));
  for (const [kind, probe] of container.probes) lines.push(field(indent, kind.charAt(0).toUpperCase() + kind.slice(1), probeSummary(probe)));
  for (const [label, list] of [['Limits', container.resources.limits], ['Requests', container.resources.requests]] as const) {
    if (list.length === 0) continue;
    lines.push(`${indent}${label}:`, ...list.map(([name, amount]) => `${indent}  ${`${name}:`.padEnd(LABEL_WIDTH - 2)}${amount}`));
  }
  if (container.env.length > 0) {
    lines.push(`${indent}Environment:`, ...container.env.map((e) => `${indent}  ${e.name}: ${e.value !== undefined ? e.value : `<from ${e.from ?? 'elsewhere'}>`}`));
  }
  lines.push(`${indent}Mounts:`);
  if (container.mounts.length === 0) lines.push(`${indent}  <none>`);
  for (const m of container.mounts) lines.push(`${indent}  ${m.mountPath} from ${m.volume} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `, path "${m.subPath}"` : ''})`);
  return lines;
}

/** One pod's description. */
export function describePodText(pod: DescribedPod): string {
  const { facts } = pod;
  const lines: string[] = [];
  lines.push(field('', 'Name', pod.name));
  if (pod.namespace) lines.push(field('', 'Namespace', pod.namespace));
  lines.push(field('', 'Kind', pod.isTemplate ? `${pod.kind} (pod template)` : pod.kind));
  lines.push(field('', 'Source', `${pod.file}${pod.documentIndex > 0 ? ` (document ${pod.documentIndex + 1})` : ''}`));
  lines.push(...multi('', 'Labels', pairs(facts.labels)));
  lines.push(...multi('', 'Annotations', pairs(facts.annotations)));
  for (const [key, value] of facts.settings) lines.push(field('', key.charAt(0).toUpperCase() + key.slice(1), value));
  lines.push(field('', 'Start order', facts.containers.length === 0 ? '<no containers>' : startOrder(pod)));
  const init = facts.containers.filter((c) => c.phase !== 'main');
  if (init.length > 0) lines.push('Init Containers:', ...init.flatMap((c) => containerLines(pod, c)));
  lines.push('Containers:');
  const main = facts.containers.filter((c) => c.phase === 'main');
  if (main.length === 0) lines.push('  <none>');
  lines.push(...main.flatMap((c) => containerLines(pod, c)));
  lines.push('Volumes:');
  if (facts.volumes.length === 0) lines.push('  <none>');
  for (const volume of facts.volumes) {
    lines.push(`  ${volume.name}:`, field('    ', 'Type', volumeType(volume.type)));
    const details = volumeDetails(volume.source);
    if (details.length > 0) lines.push(...multi('    ', 'Source', details));
    const mounted = volume.mountedBy.map((m) => `${m.container} at ${m.mountPath} (${m.readOnly ? 'ro' : 'rw'})`);
    lines.push(...multi('    ', 'Mounted by', mounted.length === 0 ? ['<nobody>'] : mounted));
  }
  const patterns = facts.containers.flatMap((c) => {
    const role = pod.roles.roles.get(c.name);
    return role && ['sidecar', 'adapter', 'ambassador'].includes(role.kind) ? [`${c.name}: ${describeRole(role, c.name, pod.roles)}`] : [];
  });
  lines.push('Patterns:', ...(patterns.length === 0 ? ['  <none>'] : patterns.map((p) => `  ${p}`)));
  const links = pod.roles.links.map((l) => `  ${l.from} → ${l.to} on localhost:${l.port}`);
  if (links.length > 0) lines.push('Localhost:', ...links);
  return lines.map(terminalSafe).join('\n');
}

/** Every pod's description, separated by blank lines, ending with a line break. */
export function describeText(pods: readonly DescribedPod[]): string {
  return pods.length === 0 ? '' : `${pods.map(describePodText).join('\n\n')}\n`;
}
