// The lint tools for eslint.config.js, resolved from this folder's own node_modules.
//
// Why a separate install: the repository compiles with TypeScript 7 (native, no JavaScript API),
// and typescript-eslint needs TypeScript's JavaScript API (its peer range stops below 6.1).
// - Both at the root: `npm install` refuses the peer conflict (ERESOLVE).
// - An npm alias (typescript-5) with `overrides`: overrides do not rewrite peer dependencies, so
//   the same ERESOLVE.
// - An npm workspace: npm nests typescript-eslint beside TypeScript 5.9, but hoists ts-api-utils
//   (whose peer range, >=4.8.4, TypeScript 7 meets) to the root, where it loads TypeScript 7 and
//   crashes on its missing API.
// So this folder is a project of its own, with its own lockfile: scripts/lint.mjs runs `npm ci`
// here when node_modules is missing or older than package-lock.json, which pins every version.
// Nothing here ships (the package's `files` list dist/ only).
export { default as js } from '@eslint/js';
export { default as globals } from 'globals';
export { default as tseslint } from 'typescript-eslint';
export { default as lit } from 'eslint-plugin-lit';
export { default as wc } from 'eslint-plugin-wc';
export { default as litA11y } from 'eslint-plugin-lit-a11y';
