/** Says something to screen readers (and shows it) through the page's `[data-announcer]` live region. */
export function announce(message: string): void {
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  if (!announcer) return;
  announcer.textContent = '';
  // A fresh text node after a tick makes screen readers announce a repeated message again.
  window.setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}
