import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import { flatten } from '../engine/framework-validator.js';
import { GoldenCase, run } from './golden-cases.js';

/**
 * Per-framework golden cases (`<framework>.cases.json`): at least two hand-computed cases for
 * every scored indicator, each quoting the seed's rule and showing the arithmetic in `why`.
 */
const here = join(process.cwd(), 'modules', 'scoring', 'golden');
const frameworks = new Map(readBundledFrameworks().map((f) => [f.code, f]));
const files = readdirSync(here).filter((f) => f.endsWith('.cases.json'));

describe.each(files)('%s', (file) => {
  const cases: GoldenCase[] = JSON.parse(readFileSync(join(here, file), 'utf8'));
  const framework = frameworks.get(file.replace('.cases.json', ''))!;

  it('covers every scored indicator of the framework at least twice', () => {
    const scored = flatten(framework.indicators).filter((d) => !d.children && d.rule).map((d) => d.code);
    const thin = scored.filter((code) => cases.filter((c) => c.indicator === code).length < 2);
    expect(thin).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.indicator}: ${c.why}`, c] as const))('%s', (_, c) => {
    expect(run(framework, c)).toEqual(c.expected);
  });
});
