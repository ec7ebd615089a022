import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';

/**
 * The default `metadata.name` of an object podsmith makes: the construct ids from the
 * chart down to the object, joined with '-', as written (no hash, no case change). So
 * `new Pod(chart, 'webapp')` is named `webapp`, and a Pod `web` inside a construct `shop` is
 * `shop-web`. A name that is not valid for the kind is reported by the validator at synth.
 */
export function defaultObjectName(scope: IConstruct, id: string): string {
  const chart = Chart.of(scope);
  const ids: string[] = [];
  for (let current: IConstruct | undefined = scope; current && current !== chart; current = current.node.scope) {
    ids.unshift(current.node.id);
  }
  ids.push(id);
  return ids.join('-');
}
