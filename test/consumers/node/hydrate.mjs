// The browser side of hydrate.html: Lit's hydration support first (before any element class is
// defined), then the package's four browser entries, then the body template hydrated over the
// server's HTML with the same values (content.mjs), as a Lit SSR app does.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import 'gov-portal-elements/article-card';
import 'gov-portal-elements/view-counter';
import 'gov-portal-elements/award-list';
import 'gov-portal-elements/weather';
import { body } from './content.mjs';

hydrate(body(), document.body);
window.hydrated = true;
