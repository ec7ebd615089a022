/**
 * The syntax of a Kubernetes resource quantity as a string (apimachinery's
 * `resource.ParseQuantity`). A regular expression accepts the usual forms at once: an
 * optional sign, digits with an optional fraction (`1`, `1.5`, `.5`, `1.`), then an
 * optional suffix, binary `Ki Mi Gi Ti Pi Ei`, decimal `n u m k M G T P E`, or a decimal
 * exponent `e3` / `E-2`. Anything else goes to the exact parser of `lib/quantity`, which
 * also accepts the server's odd corners (`m`, `.`, `+` all read as 0).
 */
import { checkQuantitySyntax } from '../../quantity/parse';

const USUAL_QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

/** True when `text` is a quantity the API server parses, e.g. `500m`, `1Gi`, `2`, `1e3`. */
export function isQuantityString(text: string): boolean {
  return USUAL_QUANTITY.test(text) || checkQuantitySyntax(text) === undefined;
}

/** What is wrong with `text` as a quantity, or `undefined` when the API server parses it. */
export function quantityProblem(text: string): string | undefined {
  return USUAL_QUANTITY.test(text) ? undefined : checkQuantitySyntax(text);
}
