import { rmSync } from 'node:fs';

/** The demo database and uploads the browser tests ran on: nothing is left in the temp folder. */
export default function teardown(): void {
  if (process.env.DTI_WEB_DIR) rmSync(process.env.DTI_WEB_DIR, { recursive: true, force: true });
}
