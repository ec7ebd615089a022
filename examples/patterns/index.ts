import type { Construct } from 'constructs';
import { addLogShipperExamples } from './log-shipper';
import { addPrometheusExporterExample } from './prometheus-exporter';
import { addRedisAmbassadorExample } from './redis-ambassador';

/** The pattern examples, one function per example; each adds its own charts. */
export const PATTERN_EXAMPLES: Readonly<Record<string, (app: Construct) => void>> = {
  'log-shipper': addLogShipperExamples,
  'prometheus-exporter': addPrometheusExporterExample,
  'redis-ambassador': addRedisAmbassadorExample,
};

/** Adds every pattern example chart to `app`. */
export function addPatternExamples(app: Construct): void {
  for (const add of Object.values(PATTERN_EXAMPLES)) add(app);
}
