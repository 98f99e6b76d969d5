/** The open formats' files, at the site's root (`formats.ts` writes them). */
export const FILES = {
  markdown: 'report.md',
  text: 'report.txt',
  json: 'passages.json',
  schema: 'passages.schema.json',
  llms: 'llms.txt',
} as const;
