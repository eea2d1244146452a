import { SingleRun } from './single-run.js';

describe('SingleRun', () => {
  it('skips a run that starts while another is going, and runs again once it is done', async () => {
    const once = new SingleRun();
    let release!: () => void;
    const first = once.run(() => new Promise<string>((r) => (release = () => r('first'))), 'busy');
    expect(await once.run(async () => 'second', 'busy')).toBe('busy');
    release();
    expect(await first).toBe('first');
    expect(await once.run(async () => 'third', 'busy')).toBe('third');
  });

  it('is free again after a run that failed', async () => {
    const once = new SingleRun();
    await expect(once.run(async () => Promise.reject(new Error('x')), 'busy')).rejects.toThrow('x');
    expect(await once.run(async () => 'next', 'busy')).toBe('next');
  });
});
