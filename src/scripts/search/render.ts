import type { PassageResult } from './passages.ts';

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * One result as a listbox option that is itself the link to `page#passage`. Every piece of text,
 * the excerpt included, goes in as text nodes: nothing from the index or the query is parsed as HTML.
 */
export function renderOption(result: PassageResult, index: number): HTMLAnchorElement {
  const option = document.createElement('a');
  option.id = `site-search-option-${index}`;
  option.className = 'search-option';
  option.href = result.href;
  option.tabIndex = -1;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset['index'] = String(index);
  const excerpt = span('search-option__excerpt');
  for (const segment of result.excerpt) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else {
      excerpt.append(segment.text);
    }
  }
  option.append(span('search-option__section', result.section));
  if (result.heading !== undefined) option.append(span('search-option__heading', result.heading));
  option.append(excerpt);
  return option;
}

/** Up to `max` characters of what the reader typed, for showing back to them. */
export function shortQuery(query: string, max = 60): string {
  const characters = Array.from(query.trim().replace(/\s+/g, ' '));
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : characters.join('');
}

/** "1 result in 1 section", "12 results in 3 sections". */
export function countMessage(results: number, sections: number): string {
  const r = results === 1 ? '1 result' : `${results} results`;
  const s = sections === 1 ? '1 section' : `${sections} sections`;
  return `${r} in ${s}`;
}
