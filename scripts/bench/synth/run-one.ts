import { runCdk8sPlus } from './cdk8s-plus';
import { runFloor } from './floor';
import { runPodsmith } from './podsmith';

/** The ways the benchmark synthesizes the objects; each runs in its own process. */
export const METHODS = ['podsmith', 'podsmith-no-validation', 'cdk8s-plus', 'floor'] as const;
/** One of {@link METHODS}. */
export type Method = (typeof METHODS)[number];

/** Runs one method once: `node run-one.js METHOD COUNT OUTDIR`; prints `{"maxRssKb": ...}`. */
function main(): void {
  const [method, countText, outdir] = process.argv.slice(2);
  const count = Number(countText);
  switch (method as Method) {
    case 'podsmith':
      runPodsmith(count, outdir, true);
      break;
    case 'podsmith-no-validation':
      runPodsmith(count, outdir, false);
      break;
    case 'cdk8s-plus':
      runCdk8sPlus(count, outdir);
      break;
    case 'floor':
      runFloor(count, outdir);
      break;
    default:
      throw new Error(`unknown method ${method}; one of ${METHODS.join(', ')}`);
  }
  process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

if (require.main === module) main();
