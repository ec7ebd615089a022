/**
 * A Mermaid flowchart per pod: its containers in start order (numbered, with their role and
 * image), its volumes and who mounts them, and the localhost ports containers reach each
 * other on. Node ids are generated (`c0`, `v0`), never taken from the input; every label is
 * quoted with Mermaid's entity codes, so input cannot change the chart's structure.
 */
import type { DescribedPod } from './described-pod';
import { ROLE_NAMES, type RoleKind } from './roles';

/** Text with quotes, markup, brackets and line breaks as Mermaid entity codes (`#34;`). */
function escapeMermaid(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f"#&<>`\\|{}[\]%\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `#${c.codePointAt(0)};`);
}

/** A quoted Mermaid label of one or more lines; each line escaped, lines joined with `<br/>`. */
export function mermaidLabel(...lines: string[]): string {
  return `"${lines.map(escapeMermaid).join('<br/>')}"`;
}

/** One pod as a Mermaid flowchart (left to right). */
export function podFlowchart(pod: DescribedPod): string {
  const { containers, volumes } = pod.facts;
  const ids = new Map(containers.map((c, index) => [c.name, `c${index}`]));
  const lines = [`%% ${escapeMermaid(`${pod.kind} ${pod.name}`)}`, 'flowchart LR'];
  lines.push(`  subgraph pod[${mermaidLabel(`${pod.isTemplate ? `${pod.kind} ${pod.name} (pod template)` : `Pod ${pod.name}`}`)}]`);
  containers.forEach((container, index) => {
    const role = pod.roles.roles.get(container.name);
    const words = [role ? roleWords(role.kind) : container.phase];
    if (container.phase === 'sidecar' && role?.kind !== 'native-sidecar') words.push('native sidecar');
    const ports = container.ports.map((p) => `:${p.containerPort}`).join(' ');
    const label = [`${container.step}. ${container.name}`, words.join(', '), container.image ?? 'no image', ...(ports ? [`ports ${ports}`] : [])];
    lines.push(`    c${index}[${mermaidLabel(...label)}]`);
  });
  volumes.forEach((volume, index) => lines.push(`    v${index}[(${mermaidLabel(volume.name, volume.type)})]`));
  lines.push('  end');
  const steps = [...new Set(containers.map((c) => c.step))].sort((a, b) => a - b);
  for (let i = 0; i + 1 < steps.length; i++) {
    const from = containers.filter((c) => c.step === steps[i]);
    const to = containers.filter((c) => c.step === steps[i + 1]);
    for (const a of from) for (const b of to) lines.push(`  ${ids.get(a.name)} -.->|${mermaidLabel('starts before')}| ${ids.get(b.name)}`);
  }
  volumes.forEach((volume, index) => {
    for (const mount of volume.mountedBy) {
      const id = ids.get(mount.container);
      if (id) lines.push(`  ${id} ---|${mermaidLabel(`${mount.mountPath}${mount.readOnly ? ' (ro)' : ''}`)}| v${index}`);
    }
  });
  for (const link of pod.roles.links) {
    const from = ids.get(link.from);
    const to = ids.get(link.to);
    if (from && to) lines.push(`  ${from} ==>|${mermaidLabel(`localhost:${link.port}`)}| ${to}`);
  }
  return lines.join('\n');
}

/** Every pod's flowchart, separated by blank lines, ending with a line break. */
export function describeMermaid(pods: readonly DescribedPod[]): string {
  return pods.length === 0 ? '' : `${pods.map(podFlowchart).join('\n\n')}\n`;
}

/** A role in the few words of a flowchart node: the main container is just "main". */
function roleWords(kind: RoleKind): string {
  return kind === 'main' ? 'main' : ROLE_NAMES[kind];
}
