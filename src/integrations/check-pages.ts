import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';
import { storedOrMade, type KeyedStore } from '../lib/keyed-store.ts';
import { pageUrl } from '../lib/paths.ts';
import { inputsDigest } from '../lib/source-digest.ts';

/**
 * The pure core of the `content-checks` integration: given the HTML of every built page and the
 * list of every emitted file, finds internal links that lead nowhere, `#fragments` with no element
 * to land on, and ids used twice on one page. It reads no files, so unit tests feed it strings.
 *
 * Pages are parsed with parse5 one at a time and only what the checks need is kept (anchors, and
 * links into other pages' fragments), so a 1,000-section corpus, whose every page lists every
 * section, stays fast and small in memory.
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
  /** Told what each page offers as it is read, for the register of addresses (`src/lib/addresses.ts`). */
  onPage?: (page: PageSummary) => void;
}

/** What one page offers a link: its anchors, the report's passages on it, where it forwards. */
export interface PageSummary {
  file: string;
  /** The page's address path, base included. */
  url: string;
  anchors: ReadonlySet<string>;
  /** Ids of the report's passages and footnotes inside the page's `[data-passages]` element, in order. */
  passages: string[];
  /** The address path (base included) an old address forwards to, from its `[data-moved-to]` link. */
  movedTo?: string;
  /** `data-source` of the `[data-passages]` element. */
  source?: string;
}

/** A registered passage: a paragraph, heading or list item with an id, or a footnote or its reference. */
function isPassage(element: Parse5.Element): boolean {
  const classes = (attribute(element, 'class') ?? '').split(/\s+/);
  return (
    classes.includes('passage') ||
    attribute(element, 'data-footnote-ref') !== undefined ||
    (element.tagName === 'li' && /^fn-/.test(attribute(element, 'id') ?? ''))
  );
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
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
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

function attribute(element: Parse5.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(node: Parse5.Node): string {
  if (node.nodeName === '#text') return (node as Parse5.TextNode).value;
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  return '';
}

/** How a problem names the element: its tag (links are "link"), text or aria-label, and the attribute. */
function describe(element: Parse5.Element, name: string, value: string): string {
  const what = element.tagName === 'a' ? 'link' : `<${element.tagName}>`;
  const text = textOf(element).replace(/\s+/g, ' ').trim() || attribute(element, 'aria-label') || '';
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `${what}${shown ? ` "${shown}"` : ''} (${name}="${value}")`;
}

function urlsOf(name: string, value: string): string[] {
  if (name !== 'srcset') return [value.trim()];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function isElement(node: Parse5.Node): node is Parse5.Element {
  return 'tagName' in node;
}

/** Checks pages as they come (`page`), then across pages (`problems`), for a pass that reads the site once. */
export interface PageChecker {
  /**
   * Checks one page. `document` may be a function that parses it, called only when needed: a page
   * whose `hash` the `memo` holds, for these same options, is not looked at again.
   */
  page(file: string, document: Parse5.Document | (() => Parse5.Document), hash?: string): void;
  /** Every problem found, in page order; empty when the site is sound. */
  problems(): Problem[];
}

/** A problem at a place in its page: the page's order is added when the pages are put together. */
type Placed = Problem & { position: number };

/** What checking one page found, all of it from the page and the options alone, so it can be kept. */
export interface PageRecord {
  problems: Placed[];
  /** Links into another page's fragment, checked once every page has been read. */
  pending: { file: string; fragment: string; problem: Placed }[];
  /** What a `#fragment` can land on: ids and `<a name>` anchors. */
  anchors: string[];
  summary: Omit<PageSummary, 'anchors'>;
}

export function pageChecker(options: CheckOptions & { memo?: KeyedStore<PageRecord> }): PageChecker {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const origin = new URL(options.site).origin;
  const allowMissing = new Set(options.allowMissing ?? []);
  // What a record depends on besides its page: a link is checked against the site's files.
  const context = inputsDigest(origin, base, [...allowMissing].sort(), [...options.files].sort());
  const anchorsByFile = new Map<string, Set<string>>();
  type Ordered = Problem & { order: [number, number] };
  const pending: { file: string; fragment: string; problem: Ordered }[] = [];
  const found: Ordered[] = [];
  const ordered = (index: number, { position, ...problem }: Placed): Ordered => ({ ...problem, order: [index, position] });

  const examine = (file: string, document: Parse5.Document): PageRecord => {
    const url = pageUrl(file, base);
    const here = new URL(url, origin);
    const ids = new Map<string, (string | undefined)[]>();
    const anchors = new Set<string>();
    const samePage: { fragment: string; problem: () => Placed }[] = [];
    const record: PageRecord = { problems: [], pending: [], anchors: [], summary: { file, url, passages: [] } };
    let position = 0;
    const problem = (source: string | undefined, message: string, at = position): Placed =>
      source === undefined ? { page: url, message, position: at } : { page: url, source, message, position: at };

    const check = (element: Parse5.Element, source: string | undefined): void => {
      for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = attribute(element, name);
        if (value === undefined) continue;
        for (const raw of urlsOf(name, value)) {
          position += 1;
          const what = () => describe(element, name, raw);
          let target: URL;
          try {
            target = new URL(raw, here);
          } catch {
            record.problems.push(problem(source, `${what()} is not a valid URL`));
            continue;
          }
          if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
          if (!target.pathname.startsWith(base)) {
            record.problems.push(problem(source, `${what()} points to ${target.pathname}, outside the site's base ${base}`));
            continue;
          }
          const path = safeDecode(target.pathname.slice(base.length));
          if (allowMissing.has(path)) continue;
          const targetFile = path === '' || path.endsWith('/') ? `${path}index.html` : path;
          if (!options.files.has(targetFile)) {
            const hint = options.files.has(`${path}/index.html`)
              ? ` (the page is ${target.pathname}/, with a trailing slash)`
              : '';
            record.problems.push(
              problem(source, `${what()} points to ${target.pathname}, which is not in the built site${hint}`),
            );
            continue;
          }
          const fragment = safeDecode(target.hash.slice(1));
          if (fragment === '' || fragment.startsWith(':~:') || !targetFile.endsWith('.html')) continue;
          const at = position;
          const targetUrl = pageUrl(targetFile, base);
          const missing = () =>
            problem(source, `${what()} points to #${fragment}, but ${targetUrl} has no element with that id`, at);
          if (targetFile === file) samePage.push({ fragment, problem: missing });
          // Described now, while the page's tree is still there.
          else record.pending.push({ file: targetFile, fragment, problem: missing() });
        }
      }
    };

    const visit = (node: Parse5.Node, source: string | undefined, inPassages = false): void => {
      let scope = source;
      let passages = inPassages;
      if (isElement(node)) {
        scope = attribute(node, 'data-source') ?? source;
        if (attribute(node, 'data-passages') !== undefined) {
          passages = true;
          if (scope !== undefined) record.summary.source = scope;
        }
        const id = attribute(node, 'id');
        if (id !== undefined && id !== '') {
          ids.set(id, [...(ids.get(id) ?? []), scope]);
          anchors.add(id);
          if (passages && isPassage(node)) record.summary.passages.push(id);
        }
        const movedTo = attribute(node, 'data-moved-to') !== undefined ? attribute(node, 'href') : undefined;
        if (movedTo !== undefined) record.summary.movedTo = new URL(movedTo, here).pathname;
        const name = attribute(node, 'name');
        if (node.tagName === 'a' && name !== undefined) anchors.add(name);
        check(node, scope);
      }
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, scope, passages);
    };
    visit(document, undefined);

    for (const [id, sources] of ids) {
      if (sources.length < 2) continue;
      const from = [...new Set(sources.map((source) => source ?? 'the page template'))].join(' and ');
      record.problems.push(
        problem(
          sources.findLast((source) => source !== undefined),
          `id "${id}" is used ${sources.length} times (from ${from})`,
          0,
        ),
      );
    }
    for (const link of samePage) if (!anchors.has(link.fragment)) record.problems.push(link.problem());
    record.anchors = [...anchors];
    return record;
  };

  let pageIndex = 0;
  const checkPage = (file: string, document: Parse5.Document | (() => Parse5.Document), hash: string | undefined): void => {
    const index = pageIndex++;
    const fresh = (): PageRecord => examine(file, typeof document === 'function' ? document() : document);
    const record = hash === undefined || options.memo === undefined ? fresh() : storedOrMade(options.memo, `${hash} ${context}`, fresh);
    const anchors = new Set(record.anchors);
    options.onPage?.({ ...record.summary, anchors });
    for (const placed of record.problems) found.push(ordered(index, placed));
    for (const link of record.pending) pending.push({ file: link.file, fragment: link.fragment, problem: ordered(index, link.problem) });
    anchorsByFile.set(file, anchors);
  };

  return {
    page: checkPage,
    problems() {
      const problems = [...found];
      for (const link of pending) {
        const anchors = anchorsByFile.get(link.file);
        if (anchors !== undefined && !anchors.has(link.fragment)) problems.push(link.problem);
      }
      return problems
        .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
        .map(({ order: _order, ...problem }) => problem);
    },
  };
}

/** Checks every page; returns the problems found, in page order, empty when the site is sound. */
export function checkPages(pages: Iterable<BuiltPage>, options: CheckOptions): Problem[] {
  const checker = pageChecker(options);
  for (const page of pages) checker.page(page.file, parse(page.html));
  return checker.problems();
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
