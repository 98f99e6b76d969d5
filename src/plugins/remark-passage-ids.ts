import { slug } from 'github-slugger';
import type { Heading, List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Brings in the `hProperties` field that remark-rehype reads off mdast nodes.
import type {} from 'mdast-util-to-hast';

export interface PassageIdOptions {
  /** Overrides the section's `idPrefix` frontmatter (used by unit tests and non-section pages). */
  prefix?: string;
  /** Overrides the section's `listItemNoun` frontmatter. */
  listItemNoun?: string;
}

/** How many leading words name a paragraph; enough to tell the report's paragraphs apart. */
const WORDS_PER_ID = 6;

interface Frontmatter {
  idPrefix?: unknown;
  listItemNoun?: unknown;
}

function frontmatterOf(file: VFile): Frontmatter {
  const astro = file.data['astro'] as { frontmatter?: Frontmatter } | undefined;
  return astro?.frontmatter ?? {};
}

function setId(node: Nodes, id: string): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
}

function existingId(node: Nodes): string | undefined {
  const id = node.data?.hProperties?.['id'];
  return typeof id === 'string' ? id : undefined;
}

function words(node: Nodes): string[] {
  return slug(toString(node)).split('-').filter(Boolean);
}

/**
 * Gives every heading, list item and top-level paragraph a readable id that depends only on
 * its own text or printed number, so editing one passage never moves another's address:
 * headings `prefix-heading-slug`, numbered items `prefix-noun-N` (N as printed, honouring
 * `start`), other passages `prefix-` plus their first words. Footnotes get `fn-prefix-N`.
 * Two passages whose whole text is the same cannot be told apart and fail the build.
 */
export function remarkPassageIds(options: PassageIdOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const frontmatter = frontmatterOf(file);
    const prefix = options.prefix ?? frontmatter.idPrefix;
    if (typeof prefix !== 'string' || prefix === '') {
      file.fail('passage ids need an `idPrefix` in the frontmatter');
    }
    const noun = options.listItemNoun ?? (typeof frontmatter.listItemNoun === 'string' ? frontmatter.listItemNoun : 'item');
    const used = new Set<string>();

    const claim = (node: Nodes, candidates: string[]): void => {
      const id = candidates.find((candidate) => !used.has(candidate));
      if (id === undefined) {
        file.fail(`passage id "${candidates.at(-1)}" is used twice; give one of the passages a distinct id`, node);
      }
      used.add(id);
      setId(node, id);
    };

    const byWords = (node: Nodes): string[] => {
      const all = words(node);
      const candidates: string[] = [];
      for (let count = Math.min(WORDS_PER_ID, all.length); count <= all.length; count += 1) {
        candidates.push([prefix, ...all.slice(0, count)].join('-'));
      }
      return candidates.length > 0 ? candidates : [`${prefix}-passage`];
    };

    visit(tree, (node, index, parent) => {
      const given = existingId(node);
      if (given !== undefined) {
        claim(node, [given]);
        return;
      }
      switch (node.type) {
        case 'heading':
          claim(node as Heading, byWords(node));
          break;
        case 'listItem': {
          const list = parent as List;
          if (list.ordered) {
            claim(node as ListItem, [`${prefix}-${noun}-${(list.start ?? 1) + (index ?? 0)}`]);
          } else {
            claim(node as ListItem, byWords(node));
          }
          break;
        }
        case 'paragraph':
          if (parent?.type === 'root') claim(node as Paragraph, byWords(node));
          break;
        case 'footnoteReference':
        case 'footnoteDefinition':
        {
          const label = node.label ?? node.identifier;
          node.identifier = `${prefix}-${node.identifier}`;
          node.label = `${prefix}-${label}`;
          break;
        }
        default:
          break;
      }
    });
  };
}
