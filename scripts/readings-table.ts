/**
 * npm run docs:readings
 * Rewrites the "Readings of the seeds" section of docs/scoring.md from the `readings` kept in
 * each framework file, so the document and the data cannot disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readBundledFrameworks } from '../modules/frameworks/bundled-frameworks.js';

const HEADING = '## Readings of the seeds';
const doc = 'docs/scoring.md';
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const sections = readBundledFrameworks().map((f) => {
  const rows = (f.readings ?? []).map((r) => `| ${cell(r.indicator)} | ${cell(r.issue)} | ${cell(r.reading)} |`);
  return [`### ${f.code} — ${f.name}`, '', `${rows.length} readings.`, '', '| indicator | what the seed says | reading taken, and why |', '|---|---|---|', ...rows].join('\n');
});

const text = readFileSync(doc, 'utf8');
const head = text.slice(0, text.indexOf(HEADING));
const intro =
  'Each framework file keeps its own `readings` (indicator, issue, reading taken); they are returned with the ' +
  'framework so the UI can show which reading was taken. This section is generated from them by ' +
  '`npm run docs:readings`.';
writeFileSync(doc, `${head}${HEADING}\n\n${intro}\n\n${sections.join('\n\n')}\n`);
