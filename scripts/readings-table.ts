/**
 * npm run docs:readings
 * Rewrites the "Readings of the seeds" section of docs/scoring.md from the `readings` kept in
 * each framework file, so the document and the data cannot disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readBundledFrameworks } from '../modules/frameworks/bundled-frameworks.js';
import { vietnameseReadings } from '../modules/frameworks/readings-vi.js';

const HEADING = '## Readings of the seeds';
const doc = 'docs/scoring.md';
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const sections = readBundledFrameworks().map((f) => {
  const vi = vietnameseReadings(f);
  const rows = (f.readings ?? []).map((r, i) => `| ${cell(r.indicator)} | ${cell(r.issue)} | ${cell(r.reading)} | ${cell(vi[i].issue)} | ${cell(vi[i].reading)} |`);
  return [
    `### ${f.code} — ${f.name}`,
    '',
    `${rows.length} readings.`,
    '',
    '| indicator | what the seed says | reading taken, and why | Văn bản gốc ghi gì | Cách hiểu đã chọn và lý do |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
});

const text = readFileSync(doc, 'utf8');
const head = text.slice(0, text.indexOf(HEADING));
const intro =
  'Each framework file keeps its own `readings` (indicator, issue, reading taken), in English; their Vietnamese ' +
  'translation, item by item, is `modules/frameworks/readings-vi.json` (Bản dịch tiếng Việt: mỗi cách hiểu đặt cạnh bản tiếng Anh). ' +
  'The readings are returned with the ' +
  'framework so the UI can show which reading was taken. This section is generated from them by ' +
  '`npm run docs:readings`.';
writeFileSync(doc, `${head}${HEADING}\n\n${intro}\n\n${sections.join('\n\n')}\n`);
