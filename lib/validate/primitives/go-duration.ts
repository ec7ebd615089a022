/**
 * The syntax of a Go duration (`time.ParseDuration`), used by `@every` cron schedules:
 * an optional sign, then `0`, or one or more decimal numbers each with a unit
 * (`ns`, `us`, `µs`, `μs`, `ms`, `s`, `m`, `h`), e.g. `1h30m`, `1.5h`, `.5s`.
 */
const GO_DURATION = /^[-+]?(?:0|(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$/;

/** True when `text` is a duration Go's `time.ParseDuration` accepts. */
export function isGoDuration(text: string): boolean {
  return GO_DURATION.test(text);
}
