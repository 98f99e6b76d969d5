/**
 * On the page a section's former address serves: go on to the new address, keeping the
 * `#passage` (and any query) the reader came with, which no static redirect can carry. Without
 * JavaScript the page's plain link does the same minus the fragment.
 */
const movedTo = document.querySelector<HTMLAnchorElement>('a[data-moved-to]');
if (movedTo !== null) {
  const target = new URL(movedTo.href);
  target.search = window.location.search;
  target.hash = window.location.hash;
  window.location.replace(target.href);
}
