/**
 * A worker thread of `podsmith validate` (see validate-threads): it compiles the
 * validator, waits for the plan of the run, then claims chunks from the shared counter
 * until none is left, posting each chunk's outcome. It decodes an input's shared bytes
 * (as the main thread did) when it first reads a piece of it, and stays until the main
 * thread stops it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeManifest } from '../lib/manifest/read-manifest';
// Imported statically, so that it loads the same way from the compiled build and from the sources (tests).
import { createValidator } from '../lib/validate';
import { IndexedTexts, type InputText } from './text-source';
import { doChunk, type ChunkContext } from './validate-chunks';
import type { WorkerPlan, WorkerReport, WorkerSetup } from './validate-threads';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (port === null) throw new Error('validate-worker runs as a worker thread only');

const validator = createValidator(setup.engine);

port.on('message', (plan: WorkerPlan) => {
  const textOf = (file: number): InputText | undefined => {
    const bytes = plan.bytes[file];
    const decoded = bytes === undefined ? undefined : decodeManifest(plan.names[file], bytes, setup.limits);
    return decoded !== undefined && 'text' in decoded ? decoded : undefined;
  };
  const context: ChunkContext = { texts: new IndexedTexts(plan.names, textOf), validator, duplicateRuleId: plan.duplicateRuleId, limits: setup.limits, objectCounts: plan.objectCounts };
  for (let index = Atomics.add(plan.next, 0, 1); index < plan.chunks.length; index = Atomics.add(plan.next, 0, 1)) {
    port.postMessage({ index, outcome: doChunk(plan.chunks[index], context) } satisfies WorkerReport);
  }
});
