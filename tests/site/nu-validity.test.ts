import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageFile } from '../support/pages.ts';

const distDir = inject('distDir');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Outside CI a machine without Java skips this suite, loudly; inside CI it is an error (.ci/run installs it). */
const hasJava = (() => {
  if (spawnSync('java', ['-version']).status === 0) return true;
  if (process.env['CI']) throw new Error('CI needs Java for the Nu HTML Checker (.ci/run installs default-jre-headless).');
  console.warn('\n!!! No Java found: SKIPPING the Nu HTML Checker. Install it with apt-get install default-jre-headless. !!!\n');
  return false;
})();

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
}

describe.skipIf(!hasJava)('W3C Nu HTML Checker (vnu-jar) on every built page', () => {
  const pages = builtPages(distDir);
  const messages = new Map<string, string[]>();

  // One JVM for every page: starting Java costs seconds, checking a page milliseconds.
  beforeAll(() => {
    const files = pages.map((page) => join(distDir, pageFile(page)));
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    // The checker writes its JSON report to stderr, and exits 1 when it found errors.
    const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
    for (const message of report.messages) {
      const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : '(no file named)';
      const line = `${message.lastLine ?? '?'}:${message.lastColumn ?? '?'} ${message.subType ?? message.type}: ${message.message}`;
      messages.set(file, [...(messages.get(file) ?? []), line]);
    }
  }, 120_000);

  it('checked every page, and reported nothing about any other file', () => {
    expect(pages.length).toBeGreaterThan(5);
    const checked = new Set(pages.map((page) => join(distDir, pageFile(page))));
    const elsewhere = [...messages].filter(([file]) => !checked.has(file)).map(([file, lines]) => `${file}: ${lines.join('; ')}`);
    expect(elsewhere, elsewhere.join('\n')).toEqual([]);
  });

  it.each(pages)('page /%s has no errors', (page) => {
    const errors = messages.get(join(distDir, pageFile(page))) ?? [];
    expect(errors, `${pageFile(page)}:\n${errors.join('\n')}`).toEqual([]);
  });
});
