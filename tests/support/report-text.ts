import type { Page } from 'playwright-core';

/**
 * The report's words as a page shows them: the text of each `article.report-text`, without this
 * edition's own additions (permalinks, apparatus, the footnote heading and back-links).
 */
export function reportText(page: Page): Promise<string> {
  return page.$$eval('article.report-text', (articles) =>
    articles
      .map((article) => {
        const copy = article.cloneNode(true) as HTMLElement;
        copy
          .querySelectorAll('.permalink, [data-apparatus], [data-footnote-backref], #footnote-label')
          .forEach((element) => element.remove());
        return copy.textContent ?? '';
      })
      .join('\n'),
  );
}
