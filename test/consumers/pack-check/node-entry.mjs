// Run in the scratch project, one process per entry (so each entry's own definitions show):
//   node node-entry.mjs gov-portal-elements/article-card
// prints { exports, defined } or { error } as JSON.
const TAGS = ['gov-article-card', 'gov-view-counter', 'gov-award-list', 'gov-weather'];
const specifier = process.argv[2];
try {
  const module = specifier.endsWith('.json')
    ? await import(specifier, { with: { type: 'json' } })
    : await import(specifier);
  const defined = TAGS.filter((tag) => globalThis.customElements?.get(tag));
  const exports = specifier.endsWith('.json') ? Object.keys(module.default) : Object.keys(module);
  console.log(JSON.stringify({ exports, defined }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.message ?? error).split('\n')[0] }));
}
