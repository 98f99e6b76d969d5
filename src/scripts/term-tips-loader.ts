/**
 * The only tooltip code every page loads: the first time a term link (`.term__link`) is hovered,
 * focused or touched, it fetches the tooltips (`src/scripts/term-tips.ts`) and hands them the
 * events that came before they arrived. A tap's click waits for them rather than leaving the page,
 * since a first tap shows the tooltip; a mouse click follows the link, as it always does.
 */
import termTipsChunk from 'virtual:un15cm/term-tips-chunk-url';

type TermTips = typeof import('./term-tips.ts');
let tips: Promise<TermTips> | undefined;
let started = false;
let touch = false;

function early(event: Event): void {
  if (started || !(event.target instanceof Element) || !event.target.closest('.term__link')) return;
  if (event instanceof PointerEvent && event.type === 'pointerdown') touch = event.pointerType === 'touch';
  if (event.type === 'click' && touch) event.preventDefault();
  tips ??= (import(/* @vite-ignore */ termTipsChunk) as Promise<TermTips>).then((loaded) => {
    loaded.start();
    started = true;
    return loaded;
  });
  void tips.then((loaded) => loaded.replay(event));
}

for (const type of ['pointerover', 'focusin', 'pointerdown', 'click']) {
  document.addEventListener(type, early, { capture: true });
}
