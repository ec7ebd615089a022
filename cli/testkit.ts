/**
 * Test helpers of `podsmith validate`: a corpus of manifests with every kind of finding
 * (errors, warnings, notices, reading problems, duplicates within and across files,
 * Lists, JSON, files that must be read whole), large enough to be cut into many chunks,
 * and the reference run: one reading of every file and one validation of all objects,
 * as the command did before it read and validated in chunks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { ManifestObject } from '../lib/manifest/manifest-object';
import { readManifestBytes } from '../lib/manifest/read-manifest';
import type { ReadProblem } from '../lib/manifest/read-problem';
import { createValidator } from '../lib/validate';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { expandInputs } from './input-files';
import { readInputBytes } from './read-input';
import { buildReport } from './report';
import type { CommandIo } from './validate-command';

/** The `index`th document of the corpus: mostly Pods and Deployments, one problem or another in many. */
export function corpusDocument(index: number): string {
  const name = `app-${index % 97}`;
  const namespace = `team-${index % 3}`;
  switch (index % 13) {
    case 1:
      return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    imagePullPolicyy: Always\n`;
    case 2:
      return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name-${index}\nspec:\n  containers:\n  - name: app\n    livenessProbe:\n      successThreshold: 3\n      exec: {command: [ls]}\n`;
    case 3:
      return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: env-${index}\n  annotations: {note: "héllo wörld ✓"}\nspec:\n  containers:\n  - name: app\n    image: busybox\n    env:\n    - {name: A, value: "1"}\n    - {name: A, value: "2"}\n`;
    case 4:
      return `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: ${name}\n`;
    case 5:
      return `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: cm-${index % 7}}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: svc-${index}}\n  spec:\n    ports: [{port: 99999}]\n`;
    case 6:
      return index % 2 === 0 ? `- just\n- a sequence\n` : `kind: [\n`;
    case 7:
      return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: dup-key\n  name: twice\n`;
    case 8:
      return `base: &base {image: nginx}\napiVersion: v1\nkind: Pod\nmetadata: {name: anchored-${index}}\nspec:\n  containers:\n  - <<: *base\n    name: app\n`;
    case 9:
      return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: b}}\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: nginx}]\n`;
    case 10:
      return `# an empty document\n`;
    case 11:
      return `kind: Pod\nmetadata: {name: no-version}\n`;
    default:
      return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n  labels: {app: web}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n    ports: [{containerPort: 80}]\n`;
  }
}

/** A YAML stream of the corpus documents `first` to `first + count - 1`. */
export function corpusStream(first: number, count: number): string {
  return Array.from({ length: count }, (_, at) => `---\n${corpusDocument(first + at)}`).join('');
}

/**
 * Writes the corpus into `directory`: a large stream, a second stream that repeats
 * objects of the first (duplicates across files), a JSON List, a stream with a control
 * character deep inside, streams that must be read whole (a directive, a `...`
 * document end), and a small valid file.
 */
export function writeCorpus(directory: string): void {
  const write = (name: string, text: string | Buffer): void => fs.writeFileSync(path.join(directory, name), text);
  write('a-large.yaml', corpusStream(0, 400));
  write('b-again.yaml', corpusStream(0, 60));
  write('c-list.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [JSON.parse('{"apiVersion":"v1","kind":"Pod","metadata":{"name":"app-0","namespace":"team-0"},"spec":{"containers":[{"name":"app"}]}}')] }));
  write('d-control.yaml', `${corpusStream(0, 80)}---\nkind: Pod\nmetadata: {name: "bell \u0007"}\n${corpusStream(80, 80)}`);
  write('e-directive.yaml', `%YAML 1.1\n${corpusStream(200, 80)}`);
  write('f-document-end.yaml', `${corpusStream(300, 60)}...\n${corpusStream(360, 60)}`);
  write('g-windows.yaml', corpusStream(420, 80).replace(/\n/g, '\r\n'));
  write('h-valid.yaml', corpusDocument(0));
}

/** Runs `podsmith validate` in-process on `paths`; returns its output and exit status. */
export async function captureRun(run: (io: CommandIo) => Promise<number>, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: Readable.from([]), cwd };
  const code = await run(io);
  return { code, stdout, stderr };
}

/** The report of the reference run (one reading, one validation of everything) as text and JSON. */
export async function referenceReport(paths: readonly string[], cwd: string): Promise<{ text: string; json: string }> {
  const inputs = expandInputs(paths, cwd);
  const problems: ReadProblem[] = [...inputs.problems];
  const objects: ManifestObject[] = [];
  let filesRead = 0;
  for (const source of inputs.sources) {
    const input = await readInputBytes(source, 64 * 1024 * 1024, Readable.from([]));
    if ('problem' in input) {
      problems.push(input.problem);
      continue;
    }
    filesRead++;
    const read = readManifestBytes(source.name, input.bytes);
    objects.push(...read.objects);
    problems.push(...read.problems);
  }
  const diagnostics = createValidator().validate(objects.map((object) => object.value));
  const report = buildReport({ inputOrder: inputs.order, filesRead, objects, diagnostics, problems });
  return { text: formatText(report), json: formatJson(report) };
}
