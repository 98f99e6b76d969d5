import type { GlossaryEntry } from '../schemas/glossary.ts';

/**
 * One glossary entry as the search rewrites queries with it (`src/scripts/search/synonyms.ts`):
 * `acronyms` as printed, `printed` the report's own wordings of the name (its `mentions`), and
 * `names` every name a reader may type (those, the expansion and the official name).
 */
export interface SynonymGroup {
  acronyms: string[];
  printed: string[];
  names: string[];
}

const key = (text: string): string => text.toLowerCase();

/**
 * The glossary entries that have both an acronym and a name, which is all query rewriting needs
 * from `content/glossary.yaml`. It grows with the glossary, not with the report's length.
 */
export function synonymGroups(entries: GlossaryEntry[]): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const entry of entries) {
    if (entry.acronyms.length === 0) continue;
    const acronyms = new Set(entry.acronyms.map(key));
    const names = new Map<string, string>();
    for (const name of [...entry.mentions, entry.expansion, entry.officialName]) {
      if (name !== undefined && !acronyms.has(key(name)) && !names.has(key(name))) names.set(key(name), name);
    }
    if (names.size === 0) continue;
    groups.push({ acronyms: entry.acronyms, printed: entry.mentions, names: [...names.values()] });
  }
  return groups;
}
