import type { SynthDiagnostic } from './validate-rendered';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The synth report, grouped by object:
 * ```
 * podsmith: 2 errors in 1 object
 *   seeds/web (Pod web)
 *     error  ports/unique-container-port  spec.containers[1].ports[0].containerPort: 80 is already used ...
 *       hint: give each container its own port
 * ```
 * Warnings are counted and listed the same way. Empty when there is nothing to say.
 */
export function formatSynthReport(diagnostics: readonly SynthDiagnostic[], constructErrors: readonly string[] = []): string {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length === 0 && constructErrors.length === 0) return '';
  const errors = shown.filter((d) => d.severity === 'error').length + constructErrors.length;
  const warnings = shown.filter((d) => d.severity === 'warning').length;
  const byObject = new Map<SynthDiagnostic['object'], SynthDiagnostic[]>();
  for (const diagnostic of shown) {
    const list = byObject.get(diagnostic.object) ?? [];
    list.push(diagnostic);
    byObject.set(diagnostic.object, list);
  }
  const counts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  const lines = [`podsmith: ${counts} in ${plural(byObject.size + (constructErrors.length > 0 ? 1 : 0), 'object')}`];
  for (const [object, list] of byObject) {
    const { apiObject } = object;
    lines.push(`  ${apiObject.node.path} (${apiObject.kind} ${apiObject.name})`);
    for (const d of list) {
      const from = d.construct !== apiObject ? ` (from ${d.construct.node.path})` : '';
      const field = d.fieldPath ? `${d.fieldPath}: ` : '';
      lines.push(`    ${d.severity}  ${d.ruleId}  ${field}${d.message}${from}`);
      if (d.hint) lines.push(`      hint: ${d.hint}`);
    }
  }
  if (constructErrors.length > 0) {
    lines.push('  construct validations');
    for (const error of constructErrors) lines.push(`    error  construct/validation  ${error}`);
  }
  return `${lines.join('\n')}\n`;
}
