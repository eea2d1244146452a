// `npm start` rebuilds only when a source is newer than what is built: a restart on an existing
// database is then the app's own start (about 2 s), not a full compile (9-10 s).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'modules', 'workflows', 'scripts', 'web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const OUTPUTS = ['dist/src/main.js', 'web/dist/index.html'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const built = Math.min(...OUTPUTS.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
const changed = Math.max(...INPUTS.map(newest));
if (changed > built) {
  console.log(built ? 'Sources changed since the last build: building…' : 'First start: building…');
  execSync('npm run build', { stdio: 'inherit' });
} else {
  console.log('Build is current: starting.');
}
