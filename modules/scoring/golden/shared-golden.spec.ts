import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundledFrameworks } from '../../frameworks/bundled-frameworks.js';
import { GoldenCase, run } from './golden-cases.js';

const here = join(process.cwd(), 'modules', 'scoring', 'golden');
const cases: GoldenCase[] = JSON.parse(readFileSync(join(here, 'shared-cases.json'), 'utf8'));
const frameworks = new Map(readBundledFrameworks().map((f) => [f.code, f]));

describe('shared golden cases (../shared/golden/cases.json)', () => {
  it('the copy in the repository is the shared file, when the shared folder is beside the clone', () => {
    const shared = join(process.cwd(), '..', 'shared', 'golden', 'cases.json');
    const copy = readFileSync(join(here, 'shared-cases.json'), 'utf8');
    expect(existsSync(shared) ? JSON.parse(readFileSync(shared, 'utf8')) : JSON.parse(copy)).toEqual(JSON.parse(copy));
  });

  it.each(cases.map((c) => [`${c.framework} ${c.indicator}: ${c.why}`, c] as const))('%s', (_, c) => {
    const framework = frameworks.get(c.framework);
    expect(framework).toBeDefined();
    expect(run(framework!, c)).toEqual(c.expected);
  });
});
