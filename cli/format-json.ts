/**
 * The JSON output of `podsmith validate --format json`, for machines. Its shape is
 * stable (a new field may be added; none is removed or changed without raising
 * `version`):
 *
 * ```json
 * {
 *   "version": 1,
 *   "summary": { "errors": 1, "warnings": 0, "notices": 0, "objects": 3, "files": 1 },
 *   "diagnostics": [
 *     {
 *       "file": "app.yaml", "line": 12, "column": 9,
 *       "severity": "error", "ruleId": "schema/unknown-field",
 *       "fieldPath": "spec.containers[0].imagePullPolicyy",
 *       "message": "…", "hint": "…",
 *       "object": { "apiVersion": "v1", "kind": "Pod", "namespace": null, "name": "web" }
 *     }
 *   ]
 * }
 * ```
 *
 * - `line` and `column` are 1-based; both are 0 for a problem of a whole file (e.g. not found).
 * - `severity` is `error`, `warning` or `info` (a notice, e.g. an unknown kind skipped).
 * - `fieldPath` is `""` for the whole object or document.
 * - `hint` is null when there is none; `object` is null for problems of reading
 *   (`yaml/...`, `input/...`), and its fields are null when the object lacks them.
 * - Diagnostics are ordered by input (in the order read), line, column.
 */
import type { Report } from './report';

/** The version of the JSON shape. */
export const JSON_REPORT_VERSION = 1;

/** The report as pretty-printed JSON, ending with a line break. */
export function formatJson(report: Report): string {
  const document = {
    version: JSON_REPORT_VERSION,
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      objects: report.summary.objects,
      files: report.summary.files,
    },
    diagnostics: report.entries.map((entry) => ({
      file: entry.file,
      line: entry.line,
      column: entry.column,
      severity: entry.severity,
      ruleId: entry.ruleId,
      fieldPath: entry.fieldPath,
      message: entry.message,
      hint: entry.hint ?? null,
      object:
        entry.object === undefined
          ? null
          : { apiVersion: entry.object.apiVersion, kind: entry.object.kind, namespace: entry.object.namespace, name: entry.object.name },
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
