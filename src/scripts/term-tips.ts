/**
 * Completes the acronym tooltips (`.term`), which CSS alone shows on hover and keyboard focus:
 * - touch: a first tap shows the expansion instead of leaving the page; a second tap follows the
 *   link to the glossary (without JavaScript a tap goes straight to the glossary entry);
 * - Escape hides a tooltip without moving the pointer or focus (WCAG 1.4.13), until the pointer
 *   or focus leaves the term;
 * - a tooltip that would run past the right edge of the window moves left to fit.
 */
const OPEN = 'term--open';
const DISMISSED = 'term--dismissed';
let lastPointer = '';

function termOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.term') : null;
}

const MARGIN = 8;

function fit(term: HTMLElement): void {
  const tip = term.querySelector<HTMLElement>('.term__tip');
  if (!tip) return;
  tip.style.translate = '';
  const { left, right } = tip.getBoundingClientRect();
  if (right === 0) return;
  const limit = document.documentElement.clientWidth - MARGIN;
  if (right > limit) tip.style.translate = `${Math.max(limit - right, MARGIN - left)}px 0`;
}

function show(event: Event): void {
  const term = termOf(event.target);
  if (term) window.requestAnimationFrame(() => fit(term));
}

document.addEventListener('pointerover', show);
document.addEventListener('focusin', show);

function closeAll(except?: Element): void {
  for (const term of document.querySelectorAll(`.${OPEN}`)) {
    if (term !== except) term.classList.remove(OPEN);
  }
}

document.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true, passive: true });

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.term__link') : null;
  const term = termOf(link);
  if (!term) return closeAll();
  if (lastPointer === 'touch' && !term.classList.contains(OPEN)) {
    event.preventDefault();
    closeAll(term);
    term.classList.remove(DISMISSED);
    term.classList.add(OPEN);
    fit(term);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term')) {
    if (term.classList.contains(OPEN) || term.matches(':hover, :focus-within')) term.classList.add(DISMISSED);
    term.classList.remove(OPEN);
  }
});

function leave(event: FocusEvent | PointerEvent): void {
  const term = termOf(event.target);
  if (term && !(event.relatedTarget instanceof Node && term.contains(event.relatedTarget))) term.classList.remove(DISMISSED);
}

document.addEventListener('pointerout', leave);
document.addEventListener('focusout', leave);
