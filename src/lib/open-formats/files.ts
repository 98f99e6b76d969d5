/**
 * The open formats' files, at the site's root: `formats.ts` makes them, all but the JSON schema,
 * which is `public/`'s.
 */
export const FILES = {
  markdown: 'report.md',
  text: 'report.txt',
  json: 'passages.json',
  schema: 'passages.schema.json',
  llms: 'llms.txt',
} as const;
