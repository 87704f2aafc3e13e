/**
 * The server rendered <gov-weather> from its `report` property; properties do not travel in HTML,
 * so the page also carries the report as a JSON child. Setting it here, before the element is
 * defined, makes Lit apply it before the first (hydrating) update.
 */
for (const el of document.querySelectorAll('gov-weather')) {
  const json = el.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (json) (el as HTMLElement & { report?: unknown }).report = JSON.parse(json);
}
