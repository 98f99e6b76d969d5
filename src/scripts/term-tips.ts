/**
 * Shows the tooltip of a term link (`.term__link`, described by one `.term__tip` per term placed
 * after the report's text) right below the term:
 * - on hover, staying while the pointer moves onto the tooltip, and on keyboard focus;
 * - on touch, a first tap shows it instead of leaving the page; a second tap follows the link to
 *   the glossary (without JavaScript a tap goes straight to the glossary entry);
 * - Escape hides it without moving the pointer or focus (WCAG 1.4.13).
 */
const MARGIN = 8;
let link: HTMLElement | null = null;
let tip: HTMLElement | null = null;
let lastPointer = '';
/** The link a first tap opened: a second tap on it follows it. */
let tapped: HTMLElement | null = null;

const linkOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('.term__link') : null;

const within = (node: EventTarget | null, element: Element | null): boolean =>
  node instanceof Node && element !== null && element.contains(node);

function hide(): void {
  if (tip) tip.hidden = true;
  link = tip = tapped = null;
}

function show(next: HTMLElement): void {
  const nextTip = document.getElementById(next.getAttribute('aria-describedby') ?? '');
  if (!nextTip) return;
  if (tip && tip !== nextTip) tip.hidden = true;
  link = next;
  tip = nextTip;
  tip.hidden = false;
  // Placed from where it lands at 0,0, so it works whatever its containing block is.
  tip.style.left = tip.style.top = '0px';
  const origin = tip.getBoundingClientRect();
  const term = next.getBoundingClientRect();
  const limit = document.documentElement.clientWidth - MARGIN;
  const x = term.left + origin.width > limit ? Math.max(MARGIN, limit - origin.width) : term.left;
  tip.style.left = `${x - origin.left}px`;
  tip.style.top = `${term.bottom - origin.top}px`;
}

document.addEventListener('pointerover', (event) => {
  const over = linkOf(event.target);
  if (over && over !== link && event.pointerType !== 'touch') show(over);
});

document.addEventListener('pointerout', (event) => {
  if (!link || lastPointer === 'touch' || document.activeElement === link) return;
  if (!within(event.relatedTarget, link) && !within(event.relatedTarget, tip)) hide();
});

document.addEventListener('focusin', (event) => {
  const focused = linkOf(event.target);
  if (focused) show(focused);
});

document.addEventListener('focusout', (event) => {
  if (link && linkOf(event.target) === link && !link.matches(':hover') && !tip?.matches(':hover')) hide();
});

document.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true, passive: true });

document.addEventListener('click', (event) => {
  const clicked = linkOf(event.target);
  if (!clicked) {
    if (!within(event.target, tip)) hide();
    return;
  }
  if (lastPointer === 'touch' && clicked !== tapped) {
    event.preventDefault();
    show(clicked);
    tapped = clicked;
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && link) hide();
});

window.addEventListener('resize', hide);
