/**
 * Generates a synthetic report of many sections, for measuring how the build and search scale.
 * All text is the real report's own sentences, list items and numbers recombined, so whatever
 * checks the build runs on words (acronyms, glossary terms) see only words the report uses.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusOptions {
  /** The real content folder whose sections supply the words and whose other files are copied. */
  sourceDir: string;
  /** Where to write the corpus; gets `sections/` plus copies of everything else in `sourceDir`. */
  targetDir: string;
  sections: number;
  /** Markdown body text across all sections, in characters; each section gets a varying share. */
  totalBodyChars: number;
  seed?: number;
}

export interface Corpus {
  sections: number;
  /** Characters of Markdown body across all generated sections. */
  bodyChars: number;
}

interface Pool {
  sentences: string[];
  listItems: string[];
  descriptions: string[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** A small seeded generator (mulberry32), so every run writes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits the report's section bodies into sentences and numbered-list items. */
function readPool(sectionsDir: string): Pool {
  const sentences: string[] = [];
  const listItems: string[] = [];
  for (const name of readdirSync(sectionsDir).filter((file) => file.endsWith('.mdx')).sort()) {
    const source = readFileSync(join(sectionsDir, name), 'utf8');
    const frontmatter = FRONTMATTER.exec(source)?.[1] ?? '';
    // The title page is display lines and a footnote, not running prose.
    if (/^kind:\s*title-page/m.test(frontmatter)) continue;
    const body = source.replace(FRONTMATTER, '');
    for (const block of body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
      if (/^\d+\.\s/.test(block)) {
        for (const line of block.split('\n')) listItems.push(line.replace(/^\d+\.\s+/, '').trim());
      } else if (!/^[#<[]/.test(block)) {
        // Split after a full stop followed by a capital, keeping abbreviations like "Ms." whole.
        const parts = block.replace(/\s+/g, ' ').split(/(?<=[a-z0-9)”"*]{2}\.)\s+(?=[A-Z"“])/);
        sentences.push(...parts.map((s) => s.trim()).filter((s) => s.length > 20));
      }
    }
  }
  const descriptions = sentences
    .map((s) => s.replaceAll('*', ''))
    .filter((s) => s.length >= 20 && s.length <= 200 && s.endsWith('.') && !/["“”]/.test(s));
  if (sentences.length === 0 || listItems.length === 0 || descriptions.length === 0) {
    throw new Error(`corpus: found no usable text in ${sectionsDir}`);
  }
  return { sentences, listItems, descriptions };
}

/** The first few words of a passage, without markup or trailing punctuation, as a heading. */
function headingFrom(text: string, maxChars: number): string {
  const firstSentence = text.split(/(?<=\.)\s/)[0] ?? text;
  const words = firstSentence.replace(/[*"“”()]/g, '').split(/\s+/);
  let heading = '';
  for (const word of words) {
    const next = heading === '' ? word : `${heading} ${word}`;
    if (next.length > maxChars) break;
    heading = next;
  }
  heading = heading.replace(/[\s,.;:–-]+$/, '');
  return heading.charAt(0).toUpperCase() + heading.slice(1);
}

/** Writes the corpus; the real title page is kept so the home page looks as it does for real. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { sourceDir, targetDir } = options;
  const sourceSections = join(sourceDir, 'sections');
  const pool = readPool(sourceSections);
  const next = random(options.seed ?? 15);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;

  // The real register of addresses lists the real sections, which the corpus does not have.
  for (const entry of readdirSync(sourceDir)) {
    if (entry !== 'sections' && entry !== 'addresses.yaml') cpSync(join(sourceDir, entry), join(targetDir, entry), { recursive: true });
  }
  const targetSections = join(targetDir, 'sections');
  mkdirSync(targetSections, { recursive: true });
  for (const name of readdirSync(sourceSections)) {
    const source = readFileSync(join(sourceSections, name), 'utf8');
    if (/^kind:\s*title-page/m.test(FRONTMATTER.exec(source)?.[1] ?? '')) {
      writeFileSync(join(targetSections, name), source);
    }
  }

  let bodyChars = 0;
  let parentSlug = '';
  for (let index = 0; index < options.sections; index += 1) {
    const number = index + 1;
    const slug = `part-${String(number).padStart(4, '0')}`;
    // Groups of ten: one top-level part followed by nine sub-parts, like A followed by A.1, A.2.
    const isTop = index % 10 === 0;
    if (isTop) parentSlug = slug;
    const title = headingFrom(pick(pool.sentences), 70);
    const hasList = index % 4 === 1;
    const frontmatter = [
      `title: ${JSON.stringify(title)}`,
      `navTitle: ${JSON.stringify(headingFrom(title, 40))}`,
      `label: "${isTop ? index / 10 + 1 : index % 10}"`,
      ...(isTop ? [] : [`parent: ${parentSlug}`]),
      `order: ${number}`,
      `idPrefix: p${number}`,
      ...(hasList ? ['listItemNoun: meeting'] : []),
      `description: ${JSON.stringify(pick(pool.descriptions))}`,
    ];

    // Sharing out what is left of the budget keeps the total close to it whatever the overshoot.
    const target = ((options.totalBodyChars - bodyChars) / (options.sections - index)) * (0.5 + next());
    const blocks: string[] = [];
    let length = 0;
    const add = (block: string): void => {
      blocks.push(block);
      length += block.length + 2;
    };
    // Whole-text duplicates would share a passage id and fail the build, as they should.
    const paragraph = (): string => {
      for (;;) {
        const count = 1 + Math.floor(next() * 3);
        const sentences: string[] = [];
        let chars = 0;
        while (sentences.length < count && (sentences.length === 0 || length + chars < target)) {
          const sentence = pick(pool.sentences);
          sentences.push(sentence);
          chars += sentence.length + 1;
        }
        const text = sentences.join(' ');
        if (!blocks.includes(text)) return text;
      }
    };
    add(paragraph());
    if (hasList) {
      const items = new Set<string>();
      const count = Math.min(3 + Math.floor(next() * 4), pool.listItems.length);
      while (items.size < count) items.add(pick(pool.listItems));
      add([...items].map((item, i) => `${i + 1}. ${item}`).join('\n'));
    }
    if (index % 3 === 2) {
      add(paragraph());
      add(`## ${headingFrom(pick(pool.listItems), 60)}`);
      add(paragraph());
    }
    while (length < target) add(paragraph());
    const file = `---\n${frontmatter.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`;
    bodyChars += length;
    writeFileSync(join(targetSections, `${slug}.mdx`), file);
  }
  return { sections: options.sections, bodyChars };
}
