import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The conversion of the published PDF that the edition was made from. The repository keeps its own
 * copy, so a clone with nothing beside it can run every test.
 */
export const SOURCE_PATH = resolve(
  process.env['REPORT_SOURCE'] ?? new URL('../fixtures/source/un-women-contribution-2017.txt', import.meta.url).pathname,
);

/**
 * The words a reader sees, one block per printed block: the LaTeX title line becomes its words and
 * footnote mark, the footnote rule disappears, the footnote loses its superscript (the list shows
 * it), list items lose the "- N." the converter wrote (the list numbers them), emphasis loses `*`.
 */
export function readableBlocks(source: string): string[] {
  return source
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && block !== '_')
    .flatMap((block) => block.split('\n'))
    .map((line) =>
      line
        .replace(/^\$\{\\color\{blue\} \\textbf\{(.+?)\}\} \\\\ \\textbf\{(.+?)\}\^(\d+) \\\\\$$/, '$1 $2$3')
        .replace(/^¹ /, '')
        .replace(/^- \d+\. /, '')
        .replace(/\*/g, '')
        .trim(),
    );
}

export function readSource(): string {
  return readFileSync(SOURCE_PATH, 'utf8');
}

/** Splits a block into sentences, keeping each sentence's closing punctuation. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?]["”]?)\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
export const withoutSpace = (text: string): string => text.replace(/\s+/g, '');
