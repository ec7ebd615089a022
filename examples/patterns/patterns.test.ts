import { describe, expect, it } from 'vitest';
import { App } from '../../lib';
import { checkApp } from '../../lib/synth/synth-app';
import { PATTERN_EXAMPLES } from './index';

describe('pattern examples', () => {
  it.each(Object.entries(PATTERN_EXAMPLES))('%s: valid, no warnings, and as in its snapshot', async (name, add) => {
    const app = new App();
    add(app);
    const checked = checkApp(app);
    expect(checked.rendered.constructErrors).toEqual([]);
    expect(checked.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.ruleId} ${d.fieldPath}: ${d.message}`)).toEqual([]);
    await expect(app.synthYaml()).toMatchFileSnapshot(`./__snapshots__/${name}.yaml`);
  });

  it('gives byte-identical output on every run', () => {
    const run = (): string[] =>
      Object.values(PATTERN_EXAMPLES).map((add) => {
        const app = new App();
        add(app);
        return app.synthYaml();
      });
    expect(run()).toEqual(run());
  });
});
