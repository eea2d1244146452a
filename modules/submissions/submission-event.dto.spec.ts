import { readFileSync } from 'node:fs';
import { USER_EVENTS } from './submission-event.dto.js';

describe('the README\'s list of events', () => {
  it('is exactly what POST /api/submissions/:id/events accepts', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('route accepts exactly these `type`s');
    const table = readme.slice(start, readme.indexOf('\n\n', readme.indexOf('| event |', start)));
    const listed = [...table.matchAll(/`([A-Z_]{4,})`/g)].map((m) => m[1]);
    expect([...new Set(listed)].sort()).toEqual([...USER_EVENTS].sort());
  });
});
