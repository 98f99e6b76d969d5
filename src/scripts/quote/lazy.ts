/**
 * Quote links, loaded by `src/scripts/quote-loader.ts` on the first selection: selecting words of
 * one passage (mouse, Shift+arrows or touch) shows "Copy link to this quote" under them, which
 * copies the passage's address with a text fragment. With the keyboard, the next Tab reaches the
 * button and Escape leaves it. The button sits out of the flow (absolutely placed), so nothing moves.
 * And when the page was opened by such a link, the citation offers that quote link too.
 */
import { normalise, quoteUrl } from './fragment.ts';
import { selectedQuote } from './selection.ts';

/** A tap on the button can end the selection first, so hiding waits a moment. */
const HIDE_DELAY_MS = 400;
const SETTLE_MS = 120;

let box: HTMLElement;
let button: HTMLButtonElement;
let link = '';
let byKeyboard = false;
/** The keyboard hint is said once each time the button shows. */
let hinted = false;
let returnTo: Element | null = null;
let hideTimer: number | undefined;
let settleTimer: number | undefined;
/**
 * The selection the reader dismissed with Escape: it does not bring the button back, though its
 * `selectionchange` may only arrive after the Escape; another selection does.
 */
let dismissed: StaticRange | undefined;

function currentRange(): StaticRange | undefined {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const { startContainer, startOffset, endContainer, endOffset } = selection.getRangeAt(0);
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

const sameRange = (a: StaticRange, b: StaticRange): boolean =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/**
 * As `src/scripts/announce.ts` does; importing it would split it into a chunk of its own, one more
 * request on every page whose other scripts use it.
 */
function announce(message: string): void {
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  if (!announcer) return;
  announcer.textContent = '';
  window.setTimeout(() => (announcer.textContent = message), 50);
}

async function copy(text: string, done: string, otherwise: () => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    otherwise();
  }
}

/** Without clipboard access the link is shown selected in a field, ready to copy by hand. */
function showLink(): void {
  const field = box.querySelector('input') ?? box.appendChild(document.createElement('input'));
  field.readOnly = true;
  field.className = 'quote-link__field';
  field.setAttribute('aria-label', 'Link to this quote');
  field.value = link;
  field.focus();
  field.select();
  announce('Copying is not allowed here: the link is selected, ready to copy.');
}

function hide(restoreFocus: boolean): void {
  const hadFocus = box.contains(document.activeElement);
  box.hidden = true;
  hinted = false;
  box.querySelector('input')?.remove();
  if (restoreFocus && hadFocus && returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true });
}

function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  if (!box.hidden && !box.contains(document.activeElement)) hideTimer = window.setTimeout(() => hide(false), HIDE_DELAY_MS);
}

/** After the passage's block (a list or paragraph in the article), so the next Tab is near, and under the words. */
function place(passage: HTMLElement, range: Range): void {
  let block: HTMLElement = passage;
  while (block.parentElement && !block.parentElement.matches('.report-text, .report-part')) block = block.parentElement;
  if (block.nextElementSibling !== box) block.after(box);
  box.hidden = false;
  const rects = range.getClientRects();
  const words = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const frame = (box.offsetParent ?? document.documentElement).getBoundingClientRect();
  const left = Math.max(8, Math.min(words.left, document.documentElement.clientWidth - box.offsetWidth - 8));
  // Below the selection handles on a touch screen.
  const gap = matchMedia('(pointer: coarse)').matches ? 28 : 6;
  box.style.top = `${words.bottom - frame.top + gap}px`;
  box.style.left = `${left - frame.left}px`;
}

function update(): void {
  const selection = getSelection();
  const selected = selection ? selectedQuote(selection) : undefined;
  if (!selected) {
    dismissed = undefined;
    return scheduleHide();
  }
  const range = currentRange();
  if (dismissed && range && sameRange(dismissed, range)) return;
  dismissed = undefined;
  window.clearTimeout(hideTimer);
  const address = `${location.origin}${location.pathname}#${selected.passage.id}`;
  link = quoteUrl(address, selected.quote, normalise(document.body.innerText));
  place(selected.passage, selected.range);
  if (byKeyboard && !hinted) {
    hinted = true;
    announce('Quote selected: press Tab for “Copy link to this quote”.');
  }
}

function createBox(): void {
  box = document.createElement('div');
  box.className = 'quote-link';
  box.hidden = true;
  box.dataset['apparatus'] = '';
  box.dataset['pagefindIgnore'] = '';
  button = document.createElement('button');
  button.type = 'button';
  button.className = 'quote-link__button';
  button.textContent = 'Copy link to this quote';
  // Pressing the button must not end the selection it is about.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => void copy(link, 'Link to the quote copied.', showLink));
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null) && getSelection()?.isCollapsed !== false) hide(false);
  });
  box.append(button);
}

/** When the page was opened by a quote link, the citation offers it, while the reader stays on that passage. */
function offerInCitation(): void {
  const citation = document.querySelector<HTMLElement>('[data-citation]');
  const [navigation] = performance.getEntriesByType('navigation');
  const [followed, directive] = (navigation?.name ?? '').split(':~:');
  const sectionUrl = citation?.dataset['url'];
  if (!citation || !followed || !directive || sectionUrl === undefined) return;
  const hash = new URL(followed).hash;
  const label = document.createElement('p');
  label.className = 'citation__label';
  label.textContent = 'Link to the quoted words';
  const text = document.createElement('p');
  text.className = 'citation__text';
  text.id = 'citation-quote';
  text.textContent = `${sectionUrl}${hash || '#'}:~:${directive}`;
  const copyButton = document.createElement('button');
  copyButton.type = 'button';
  copyButton.className = 'citation__copy';
  copyButton.textContent = 'Copy quote link';
  copyButton.addEventListener('click', () =>
    void copy(text.textContent ?? '', 'Quote link copied.', () => {
      getSelection()?.selectAllChildren(text);
      announce('Copying is not allowed here: the link is selected, ready to copy.');
    }),
  );
  const offer = document.createElement('div');
  offer.dataset['citationQuote'] = '';
  offer.append(label, text, copyButton);
  citation.querySelector('.apparatus-box__note')?.after(offer);
  const sync = () => {
    offer.hidden = location.hash !== hash;
  };
  window.addEventListener('hashchange', sync);
  sync();
}

export function start(selectedByKeyboard: boolean): void {
  byKeyboard = selectedByKeyboard;
  createBox();
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(update, SETTLE_MS);
  });
  document.addEventListener('pointerdown', () => (byKeyboard = false), true);
  document.addEventListener(
    'keydown',
    (event) => {
      byKeyboard = true;
      if (box.hidden) return;
      if (event.key === 'Escape') {
        dismissed = currentRange();
        hide(true);
      } else if (event.key === 'Tab' && !event.shiftKey && !box.contains(document.activeElement) && getSelection()?.isCollapsed === false) {
        event.preventDefault();
        returnTo = document.activeElement;
        button.focus();
      }
    },
    true,
  );
  window.addEventListener('resize', () => hide(false));
  update();
  offerInCitation();
}
