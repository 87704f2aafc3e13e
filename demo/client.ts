// The demo portal's browser entry: hydrate support first (so server-rendered elements are
// hydrated, not rendered twice), then the elements, then the page's own actions.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Before the elements are defined: hand each server-rendered weather box the same report the
// server rendered from (its JSON child), so hydration sees equal input.
import './hydration-data.js';
import '../src/elements/article-card/define.js';
import '../src/elements/view-counter/define.js';
import '../src/elements/award-list/define.js';
import '../src/elements/weather/define.js';

// "In bài" (print): a button needs script, and CSP forbids inline handlers.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action="print"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
