// globalSetup for every project: the run's temporary folders go under one folder, removed when the
// run ends. Test files make theirs with tempDir() (removed after the file) or inside a test body,
// where an afterAll hook is never called; without this, those stayed in $TMPDIR after each run.
// Workers start after this and inherit TMPDIR, and os.tmpdir() reads it on every call.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set while a run's folder exists: each project runs the global setup too, and one folder serves all. */
const MARK = 'CASE_AUDIT_TEST_TMP';

export default function setup(): () => void {
  if (process.env[MARK]) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'case-audit-tests-'));
  // World-traversable, as tempDir() makes each folder: some tests read a file as another user.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  process.env[MARK] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
