/** A copy of `value` without its undefined members, so output holds only what was set. */
export function omitUndefined<T extends object>(value: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) result[key] = member;
  }
  return result as T;
}
