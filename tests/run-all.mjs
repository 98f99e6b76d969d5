// Runs every suite `npm test` promises and ends with one line: "N passed, N failed".
// Order: type check, then unit + build-fixture + browser suites, then the browser suite again on a
// build deployed under a sub-path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const SUB_PATH = '/un-women-15cm/';
const scratch = mkdtempSync(join(tmpdir(), 'un15cm-tests-'));
let passed = 0;
let failed = 0;
// CI shows only the end of the log, so the names of failed tests are repeated beside the count.
const failures = [];

/** A failure that is not one of vitest's failed tests: named, and counted as one. */
function failedAs(name) {
  failures.push(name);
  failed += 1;
}

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
    const listed = failures.length;
    for (const file of json.testResults) {
      for (const test of file.assertionResults) {
        if (test.status !== 'failed') continue;
        const reason = (test.failureMessages[0] ?? '').split('\n')[0];
        failures.push(`${label}: ${relative(process.cwd(), file.name)} > ${test.fullName}\n    ${reason}`);
      }
      if (file.status === 'failed' && file.assertionResults.length === 0) {
        failures.push(`${label}: ${relative(process.cwd(), file.name)}\n    ${(file.message ?? '').split('\n')[0]}`);
      }
    }
    // A file that could not load, or an error outside any test, fails the run without failing a test.
    if (!ok && json.numFailedTests === 0) {
      if (failures.length === listed) failedAs(`${label}: vitest failed outside any test (its errors are printed above)`);
      else failed += 1;
    }
    if (json.numPendingTests + json.numTodoTests > 0 && process.env.CI) {
      console.error(`${label}: ${json.numPendingTests} skipped tests, which CI does not allow`);
      failedAs(`${label}: skipped tests`);
    }
  } catch {
    console.error(`${label}: no report was written, counting the suite as failed`);
    failedAs(`${label}: no report`);
  }
}

if (run('astro check', 'npx', ['astro', 'check'])) passed += 1;
else failedAs('astro check');

vitest('unit, build fixtures and browser suites', []);
vitest(`browser suite under base ${SUB_PATH}`, ['--project', 'site'], { SITE_BASE: SUB_PATH });

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((name) => `  ${name}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
