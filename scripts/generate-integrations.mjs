// Framework types and editor data, generated from custom-elements.json into dist/integrations/
// by the well-kept generators made for it (the custom-element-*-integration family):
//   jsx.d.ts + react.d.ts   React 19 (and other JSX) — tags, attributes, properties, events
//   vue.d.ts                Vue 3 — GlobalComponents for templates and volar
//   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code
//   web-types.json          WebStorm and other JetBrains IDEs
// Run by `npm run build` after the manifest is written.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = new URL('..', import.meta.url).pathname;
const outdir = `${root}dist/integrations`;
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
mkdirSync(outdir, { recursive: true });

/** From dist/integrations/, each element's entry: it exports the class and its event detail types. */
const componentTypePath = (_name, tag) => `../elements/${tag.replace(/^gov-/, '')}/define.js`;
const quiet = { hideLogs: true };

generateJsxTypes(manifest, { ...quiet, outdir, fileName: 'jsx.d.ts', componentTypePath });
generateVuejsTypes(manifest, { ...quiet, outdir, fileName: 'vue.d.ts', componentTypePath });
generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, {
  ...quiet,
  outdir,
  webTypesFileName: 'web-types.json',
  packageJson: false, // package.json names the file itself ("web-types")
  referenceTemplate: (name, tag) => ({
    name: 'README',
    url: `https://www.npmjs.com/package/gov-portal-elements#${tag}`,
  }),
});

// The generators import each element's event detail types from its entry, so GovErrorDetail is
// imported once per element: a duplicate identifier. Keep the first import of each name.
for (const file of ['jsx.d.ts', 'vue.d.ts']) {
  const path = `${outdir}/${file}`;
  const imported = new Set();
  const deduplicated = readFileSync(path, 'utf8').replace(
    /^import type \{ ([^}]+) \} from (.+);$/gm,
    (_line, names, from) => {
      const fresh = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => !imported.has(name));
      for (const name of fresh) imported.add(name);
      return `import type { ${fresh.join(', ')} } from ${from};`;
    },
  );
  writeFileSync(path, deduplicated);
}

// Vue checks template props in camelCase: `:heading-level` as `headingLevel`, `@gov-error` as
// `onGovError` (its handler key). The generator keeps attribute names ("heading-level") and names
// events as React does ("ongov-error"), so vue-tsc rejected both under strictTemplates and left
// them untyped otherwise: rename them. At run time Vue still sets `heading-level` as an attribute.
const camel = (name) => name.replace(/-([a-z0-9])/g, (_m, letter) => letter.toUpperCase());
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const events = new Set(declarations.flatMap((d) => d.events ?? []).map((e) => e.name));
const vuePath = `${outdir}/vue.d.ts`;
const vueTypes = readFileSync(vuePath, 'utf8').replace(
  /^(\s+)"([a-z][a-z0-9-]*)"\?:/gm,
  (line, indent, name) => {
    if (name.startsWith('on') && events.has(name.slice(2)))
      return `${indent}${camel(`on-${name.slice(2)}`)}?:`;
    return name.includes('-') ? `${indent}${camel(name)}?:` : line;
  },
);
writeFileSync(vuePath, vueTypes);

// `updated` is the card's attribute for the modified date, but as a property it is Lit's lifecycle
// method: React 19 and Vue assign props by property name when the element has one, which would
// replace the method and break the card. Typed as `never` there, so the compiler says so; frameworks
// pass the date through the `article` property instead.
for (const file of ['jsx.d.ts', 'vue.d.ts']) {
  const path = `${outdir}/${file}`;
  const typed = readFileSync(path, 'utf8').replace(
    /^(\s*)(?:\/\*\*.*\*\/\n\s*)?updated\?: GovArticleCard\["updatedAt"\];$/m,
    "$1/** Not from React or Vue: they would replace Lit's `updated()` method. Use `article.updatedAt`. */\n$1updated?: never;",
  );
  if (!typed.includes('updated?: never;'))
    throw new Error(`${file}: the card's updated attribute was not found`);
  writeFileSync(path, typed);
}

// React 19 reads intrinsic elements from `React.JSX`: one import of this file switches the tags on.
writeFileSync(
  `${outdir}/react.d.ts`,
  `// React 19: \`import type {} from 'gov-portal-elements/react';\` once (or list it in tsconfig "types").
// Events are props named after the event in lower case: ongov-error, ongov-view-count, ongov-weather-load.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
console.log('generated dist/integrations/ (JSX, React, Vue, VS Code, JetBrains)');
