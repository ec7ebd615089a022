import { checkIanaSvcName } from '../../primitives/names';
import { MAX_PORT } from './port-values';

/**
 * Checks a handler port (an int-or-string): a number from 1 to 65535 or an IANA service
 * name. Returns what is wrong, or `undefined`. Follows `ValidatePortNumOrName`.
 */
export function checkPortNumOrName(port: unknown): string | undefined {
  if (typeof port === 'number') {
    if (!Number.isInteger(port)) return undefined; // the schema layer reports non-integers
    return port >= 1 && port <= MAX_PORT ? undefined : `port ${port} must be between 1 and 65535`;
  }
  if (typeof port === 'string') {
    const problem = checkIanaSvcName(port);
    return problem === undefined ? undefined : `port name "${port}" ${problem}`;
  }
  return undefined;
}

const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;

/** A valid HTTP header name: letters, digits and '-'. */
export function isHttpHeaderName(name: string): boolean {
  return HTTP_HEADER_NAME.test(name);
}
