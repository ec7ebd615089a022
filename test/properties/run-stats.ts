/** Tallies of a property run, printed when the suite ends so that each run says what it covered. */
export class RunStats {
  private readonly counts = new Map<string, number>();

  /** @param title what the runs were, e.g. `random pods` */
  public constructor(private readonly title: string) {}

  /** Counts one case under `category` (and under the total). */
  public add(category: string): void {
    this.counts.set(category, (this.counts.get(category) ?? 0) + 1);
  }

  /** How many cases were counted under `category`. */
  public count(category: string): number {
    return this.counts.get(category) ?? 0;
  }

  /** One line per category, most frequent first; ties by name. */
  public summary(): string {
    const entries = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return `${this.title}:\n${entries.map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`).join('\n')}`;
  }
}
