import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * The pure core of the `content-checks` integration: given the HTML of every built page and the
 * list of every emitted file, finds internal links that lead nowhere, `#fragments` with no element
 * to land on, and ids used twice on one page. It reads no files, so unit tests feed it strings.
 */

/** One emitted HTML file. */
export interface BuiltPage {
  /** Path inside the output folder, with forward slashes, e.g. `chair-of-the-gmg/index.html`. */
  file: string;
  html: string;
}

export interface CheckOptions {
  /** The public origin (`site` in astro.config); absolute links to it count as internal. */
  site: string;
  /** The configured `base`, e.g. `/` or `/un-women-15cm/`. */
  base: string;
  /** Every file in the output folder, relative and with forward slashes (HTML pages included). */
  files: ReadonlySet<string>;
  /**
   * Base-relative paths that may be linked before they exist, e.g. `search/` while the search page
   * is built on another branch. Each needs a reason where it is configured.
   */
  allowMissing?: readonly string[];
}

export interface Problem {
  /** The page's address path, base included, e.g. `/chair-of-the-gmg/`. */
  page: string;
  /** The content file that produced the offending element (from the nearest `data-source`), if any. */
  source?: string;
  message: string;
}

/** Attributes that load or navigate to a URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src'],
  form: ['action'],
  object: ['data'],
};

const HAST_TO_HTML: Record<string, string> = { srcSet: 'srcset' };

interface Reference {
  element: string;
  attribute: string;
  value: string;
  text: string;
  source: string | undefined;
}

interface ParsedPage {
  file: string;
  url: string;
  /** Every id on the page with the content files its elements came from (one entry per element). */
  ids: Map<string, (string | undefined)[]>;
  /** Ids plus `<a name>` anchors: everything a `#fragment` can land on. */
  anchors: Set<string>;
  references: Reference[];
}

/** The address path of an emitted HTML file: `x/index.html` is served as `x/`. */
export function pageUrl(file: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (file === 'index.html') return root;
  return `${root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

function describeText(element: Element): string {
  const text = textOf(element).replace(/\s+/g, ' ').trim();
  const label = element.properties['ariaLabel'];
  const shown = text || (typeof label === 'string' ? label : '');
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

function urlsOf(attribute: string, value: unknown): string[] {
  if (value === undefined || value === null || value === false) return [];
  if (attribute === 'srcSet') {
    const candidates = Array.isArray(value) ? value.map(String) : String(value).split(',');
    return candidates.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
  }
  return [String(value).trim()];
}

function parsePage(page: BuiltPage, base: string): ParsedPage {
  const parsed: ParsedPage = {
    file: page.file,
    url: pageUrl(page.file, base),
    ids: new Map(),
    anchors: new Set(),
    references: [],
  };
  const visit = (node: Nodes, source: string | undefined): void => {
    if (node.type === 'element') {
      const own = node.properties['dataSource'];
      const here = typeof own === 'string' ? own : source;
      const id = node.properties['id'];
      if (typeof id === 'string' && id !== '') {
        parsed.ids.set(id, [...(parsed.ids.get(id) ?? []), here]);
        parsed.anchors.add(id);
      }
      const name = node.properties['name'];
      if (node.tagName === 'a' && typeof name === 'string') parsed.anchors.add(name);
      for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
        for (const value of urlsOf(attribute, node.properties[attribute])) {
          parsed.references.push({
            element: node.tagName,
            attribute: HAST_TO_HTML[attribute] ?? attribute,
            value,
            text: describeText(node),
            source: here,
          });
        }
      }
      node.children.forEach((child) => visit(child, here));
    } else if (node.type === 'root') {
      node.children.forEach((child) => visit(child, source));
    }
  };
  visit(fromHtml(page.html), undefined);
  return parsed;
}

function describeReference(reference: Reference): string {
  const what = reference.element === 'a' ? 'link' : `<${reference.element}>`;
  const text = reference.text ? ` "${reference.text}"` : '';
  return `${what}${text} (${reference.attribute}="${reference.value}")`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Checks every page; returns the problems found, in page order, empty when the site is sound. */
export function checkPages(pages: readonly BuiltPage[], options: CheckOptions): Problem[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const origin = new URL(options.site).origin;
  const allowMissing = new Set(options.allowMissing ?? []);
  const parsed = pages.map((page) => parsePage(page, base));
  const byFile = new Map(parsed.map((page) => [page.file, page]));
  const problems: Problem[] = [];

  for (const page of parsed) {
    const report = (source: string | undefined, message: string): void => {
      problems.push(source === undefined ? { page: page.url, message } : { page: page.url, source, message });
    };

    for (const [id, sources] of page.ids) {
      if (sources.length < 2) continue;
      const from = [...new Set(sources.map((source) => source ?? 'the page template'))].join(' and ');
      report(
        sources.findLast((source) => source !== undefined),
        `id "${id}" is used ${sources.length} times (from ${from})`,
      );
    }

    const here = new URL(page.url, origin);
    for (const reference of page.references) {
      let target: URL;
      try {
        target = new URL(reference.value, here);
      } catch {
        report(reference.source, `${describeReference(reference)} is not a valid URL`);
        continue;
      }
      if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
      if (!target.pathname.startsWith(base)) {
        report(
          reference.source,
          `${describeReference(reference)} points to ${target.pathname}, outside the site's base ${base}`,
        );
        continue;
      }
      const path = safeDecode(target.pathname.slice(base.length));
      if (allowMissing.has(path)) continue;
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (!options.files.has(file)) {
        const hint = options.files.has(`${path}/index.html`)
          ? ` (the page is ${target.pathname}/, with a trailing slash)`
          : '';
        report(
          reference.source,
          `${describeReference(reference)} points to ${target.pathname}, which is not in the built site${hint}`,
        );
        continue;
      }
      const fragment = safeDecode(target.hash.slice(1));
      if (fragment === '' || fragment.startsWith(':~:')) continue;
      const targetPage = byFile.get(file);
      if (targetPage !== undefined && !targetPage.anchors.has(fragment)) {
        report(
          reference.source,
          `${describeReference(reference)} points to #${fragment}, but ${targetPage.url} has no element with that id`,
        );
      }
    }
  }
  return problems;
}

/** The build-failure message: one line per problem, each naming its content file (or page). */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map(
    (problem) =>
      `  - ${problem.source ?? `page template of ${problem.page}`}${problem.source ? ` (on ${problem.page})` : ''}: ${problem.message}`,
  );
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `[content-checks] ${problems.length} ${noun} with links or ids in the built site:\n${lines.join('\n')}`;
}

/** Entries of `allowMissing` that exist after all, so the allowance can be removed. */
export function unneededAllowances(options: CheckOptions): string[] {
  return (options.allowMissing ?? []).filter((path) =>
    options.files.has(path === '' || path.endsWith('/') ? `${path}index.html` : path),
  );
}
