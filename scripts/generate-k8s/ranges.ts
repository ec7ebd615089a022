/**
 * Turns a per-version presence array into a `[since, until)` range of version indexes.
 * `until` is undefined when the last version has it. Throws on a gap (present, absent,
 * present again), which the compact schema cannot express; `where` names the item.
 */
export function rangeOf(present: readonly boolean[], where: string): { since: number; until?: number } | undefined {
  const since = present.indexOf(true);
  if (since < 0) return undefined;
  let until = present.indexOf(false, since);
  if (until < 0) until = present.length;
  if (present.indexOf(true, until) >= 0) throw new Error(`${where} disappears and comes back across versions`);
  return until === present.length ? { since } : { since, until };
}
