/**
 * Which plain scalars go-yaml v2 takes for a timestamp.
 *
 * go-yaml v2 (and so sigs.k8s.io/yaml, which Kubernetes reads manifests with) tries four Go
 * time layouts on a plain scalar that starts with four digits and a dash:
 * `2006-1-2T15:4:5.999999999Z07:00`, the same with a lower-case `t`,
 * `2006-1-2 15:4:5.999999999` and `2006-1-2`. This module answers the same question without
 * Go: month, day, hour, minute and second take one or two digits (greedily), the fraction
 * takes any number of digits after a period or a comma, the zone is `Z` or `±hh:mm`, and the
 * ranges are checked the way Go's `time.Parse` checks them (day within its month, leap
 * years included; zone hour up to 24 and minute up to 60).
 */

const TIMESTAMP_SHAPE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?(Z|[+-]\d\d:\d\d)?)?$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether go-yaml v2 resolves the plain scalar `text` to a timestamp.
 *
 * go-yaml v2 hands such a value to an untyped decoder as the original string, but YAML 1.1
 * readers in general (and go-yaml v3) produce a time, so an emitter should quote it.
 *
 * @param text the scalar exactly as it would appear, unquoted
 * @returns true when one of go-yaml v2's timestamp layouts accepts `text`
 */
export function isGoYamlTimestamp(text: string): boolean {
  // go-yaml's quick check: four digits, then a dash.
  if (text.length < 8 || text.charCodeAt(4) !== 45 /* - */) {
    return false;
  }
  const match = TIMESTAMP_SHAPE.exec(text);
  if (match === null) {
    return false;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) {
    return false;
  }
  const separator = match[4];
  if (separator === undefined) {
    return true;
  }
  const zone = match[8];
  // The `T`/`t` layouts require a zone; the space layout has none.
  if ((separator === ' ') !== (zone === undefined)) {
    return false;
  }
  if (Number(match[5]) > 23 || Number(match[6]) > 59 || Number(match[7]) > 59) {
    return false;
  }
  if (zone !== undefined && zone !== 'Z') {
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = Number(zone.slice(4, 6));
    if (zoneHours > 24 || zoneMinutes > 60) {
      return false;
    }
  }
  return true;
}
