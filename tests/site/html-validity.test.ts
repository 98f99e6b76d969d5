import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { builtPages, pageFile } from '../support/pages.ts';

const distDir = inject('distDir');
// The built site sits in a temp folder, outside the project, so the configuration is passed in.
const validator = new HtmlValidate(config);

describe('HTML validity (html-validate:recommended, .htmlvalidate.mjs)', () => {
  it.each(builtPages(distDir))('page /%s has no errors', async (page) => {
    const file = pageFile(page);
    const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
