/**
 * True when `value` splits into a host and a port as Go's `net.SplitHostPort` does: a last
 * `:` separates them, a host with a `:` must be bracketed (`[::1]:80`), and no stray
 * brackets. Empty host or port parts are accepted, as by Go.
 */
export function isHostPortPair(value: string): boolean {
  const colon = value.lastIndexOf(':');
  if (colon < 0) return false;
  let hostStart = 0;
  let portStart = 0;
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0 || end + 1 !== colon) return false;
    hostStart = 1;
    portStart = end + 1;
  } else if (value.slice(0, colon).includes(':')) {
    return false;
  }
  return !value.slice(hostStart).includes('[') && !value.slice(portStart).includes(']');
}
