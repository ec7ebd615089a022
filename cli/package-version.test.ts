import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageVersion } from './package-version';

describe('packageVersion', () => {
  it("reads podsmith's own package.json", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(packageVersion()).toBe(manifest.version);
  });

  it('finds it from a deeper directory, as from build/cli', () => {
    expect(packageVersion(path.join(__dirname, '..', 'build', 'cli'))).toBe(packageVersion());
  });

  it('ignores the package.json of another package', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-version-'));
    fs.writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name: 'other', version: '9.9.9' }));
    expect(packageVersion(directory)).toBe('unknown');
  });
});
