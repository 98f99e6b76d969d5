/**
 * Shows the tooltip of a term link (`.term__link`, described by one `.term__tip` per term placed
 * after the report's text) right below the term:
 * - on hover, staying while the pointer moves onto the tooltip, and on keyboard focus;
 * - on touch, a first tap shows it instead of leaving the page; a second tap follows the link to
 *   the glossary (without JavaScript a tap goes straight to the glossary entry);
 * - Escape hides it without moving the pointer or focus (WCAG 1.4.13).
 * Fetched by src/scripts/term-tips-loader.ts when a term is first hovered, focused or touched.
 */
let link: HTMLElement | null = null;
let tip: HTMLElement | null = null;
let touch = false;
/** The link a first tap opened: a second tap on it follows it. */
let tapped: HTMLElement | null = null;

const linkOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('.term__link') : null;

/** Whether the pointer or focus moved to somewhere outside the term and its tooltip. */
const away = (to: EventTarget | null): boolean => !(to instanceof Node && (link?.contains(to) || tip?.contains(to)));

function hide(): void {
  if (tip) tip.hidden = true;
  link = tip = tapped = null;
}

function show(next: HTMLElement): void {
  hide();
  tip = document.getElementById(next.getAttribute('aria-describedby') ?? '');
  if (!tip) return;
  link = next;
  tip.hidden = false;
  // Placed from where it lands at 0,0, so it works whatever its containing block is; moved left
  // when it would run past the window's right edge.
  tip.style.left = tip.style.top = '0px';
  const origin = tip.getBoundingClientRect();
  const term = next.getBoundingClientRect();
  const x = Math.max(8, Math.min(term.left, document.documentElement.clientWidth - 8 - origin.width));
  tip.style.left = `${x - origin.left}px`;
  tip.style.top = `${term.bottom - origin.top}px`;
}

/** Hover and focus; a touch's own pointerover is left to its click (the first tap). */
function enter(event: Event): void {
  const next = linkOf(event.target);
  if (next && next !== link && !(event instanceof PointerEvent && event.pointerType === 'touch')) show(next);
}

function leave(event: PointerEvent): void {
  if (link && !touch && document.activeElement !== link && away(event.relatedTarget)) hide();
}

function blur(event: FocusEvent): void {
  if (link && !link.matches(':hover') && !tip?.matches(':hover') && away(event.relatedTarget)) hide();
}

function press(event: PointerEvent): void {
  touch = event.pointerType === 'touch';
}

function click(event: MouseEvent): void {
  const clicked = linkOf(event.target);
  if (!clicked) {
    if (away(event.target)) hide();
  } else if (touch && clicked !== tapped) {
    event.preventDefault();
    show(clicked);
    tapped = clicked;
  }
}

/** Called once, by src/scripts/term-tips-loader.ts, when the tooltips are first needed. */
export function start(): void {
  document.addEventListener('pointerover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('pointerout', leave);
  document.addEventListener('focusout', blur);
  document.addEventListener('pointerdown', press, { capture: true, passive: true });
  document.addEventListener('click', click);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

/**
 * Handles an event that came before this code had loaded (the loader stopped a tap's click from
 * leaving the page), unless it is stale: the pointer or focus has moved on since.
 */
export function replay(event: Event): void {
  const target = linkOf(event.target);
  if (event instanceof PointerEvent && event.type === 'pointerdown') press(event);
  else if (event.type === 'pointerover' && target?.matches(':hover')) enter(event);
  else if (event.type === 'focusin' && target === document.activeElement) enter(event);
  else if (event instanceof MouseEvent && event.type === 'click') click(event);
}
