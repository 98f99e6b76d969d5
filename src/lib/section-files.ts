import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { sectionSchema, type SectionData } from '../schemas/section.ts';

/** A section file's name without `.mdx` (the collection's id for the plain file names sections have) and its frontmatter, unchecked. */
export interface SectionFrontmatter {
  id: string;
  data: unknown;
}

/**
 * Every section file's frontmatter, read straight from the files for what must start before the
 * content collections exist (astro.config.mjs), parsed as Astro parses frontmatter (js-yaml, its
 * default types), so what starts with the build reads each file as the collection will. Files whose
 * frontmatter does not parse are left out: the content collection reports them, naming the file,
 * and fails the build.
 */
export function readSectionFrontmatter(contentDir: string): SectionFrontmatter[] {
  const dir = join(contentDir, 'sections');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
      if (frontmatter === undefined) return [];
      try {
        return [{ id: file.slice(0, -'.mdx'.length), data: load(frontmatter) }];
      } catch {
        return [];
      }
    });
}

export interface ValidSection {
  id: string;
  data: SectionData;
}

/**
 * The sections whose frontmatter the collection's schema accepts, for what starts with the build
 * (the cards, the citations). The others are left to the collection, which fails the build naming
 * the file.
 */
export function validSections(files: readonly SectionFrontmatter[]): ValidSection[] {
  return files.flatMap(({ id, data }) => {
    const parsed = sectionSchema.safeParse(data);
    return parsed.success ? [{ id, data: parsed.data }] : [];
  });
}
