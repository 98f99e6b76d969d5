/**
 * How the search page works is only true with JavaScript (without it the page says search needs
 * it), so the hint is not in the page's text: it waits in an attribute until now.
 */
const slot = document.querySelector<HTMLElement>('[data-search-page]');
const hint = document.createElement('p');
hint.className = 'search-page__hint';
hint.textContent = slot?.dataset['hint'] ?? '';
slot?.before(hint);
