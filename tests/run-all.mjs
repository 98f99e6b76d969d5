// Runs every suite `npm test` promises and ends with one line: "N passed, N failed".
// Order: type check, then unit + build-fixture + browser suites, then the browser suite again on a
// build deployed under a sub-path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SUB_PATH = '/un-women-15cm/';
const scratch = mkdtempSync(join(tmpdir(), 'un15cm-tests-'));
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(label, args, env) {
  const report = join(scratch, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (!ok && json.numFailedTests === 0) failed += 1;
    if (json.numPendingTests + json.numTodoTests > 0 && process.env.CI) {
      console.error(`${label}: ${json.numPendingTests} skipped tests, which CI does not allow`);
      failed += 1;
    }
  } catch {
    console.error(`${label}: no report was written, counting the suite as failed`);
    failed += 1;
  }
}

if (run('astro check', 'npx', ['astro', 'check'])) passed += 1;
else failed += 1;

vitest('unit, build fixtures and browser suites', []);
vitest(`browser suite under base ${SUB_PATH}`, ['--project', 'site'], { SITE_BASE: SUB_PATH });

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
