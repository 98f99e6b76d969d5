import type { Page } from 'playwright-core';

/**
 * Where a followed address landed: the targeted id; the passage the reader sees (for an old id kept
 * as an alias, the passage that carries it; otherwise the target itself); whether that passage shows
 * in the viewport below the sticky header; and whether it is marked as the target.
 */
export function landing(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    const passage = target?.classList.contains('passage-alias') ? target.closest('.passage') : target;
    const header = document.querySelector('.site-header');
    const headerBottom =
      header !== null && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    const box = passage?.getBoundingClientRect();
    return {
      target: target?.id,
      passage: passage?.id,
      belowHeader: box !== undefined && box.height > 0 && box.top >= headerBottom - 1 && box.top < window.innerHeight,
      marked: passage ? getComputedStyle(passage).backgroundColor !== 'rgba(0, 0, 0, 0)' : false,
    };
  });
}
