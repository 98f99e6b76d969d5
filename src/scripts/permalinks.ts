/**
 * Upgrades each passage's link affordance to copy its full address. Without JavaScript (or
 * without clipboard access) the link still navigates to the passage, which also shows its address.
 */
const announcer = document.querySelector<HTMLElement>('[data-announcer]');

function announce(message: string): void {
  if (!announcer) return;
  announcer.textContent = '';
  // A fresh text node after a tick makes screen readers announce a repeated message again.
  window.setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.permalink');
  if (!link) return;
  const url = new URL(link.href, window.location.href);
  try {
    await navigator.clipboard.writeText(url.href);
    announce('Link to the passage copied.');
  } catch {
    announce('Address of the passage is now in the address bar.');
  }
});
