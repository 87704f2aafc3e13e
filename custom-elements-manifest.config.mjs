// custom-elements.json from the JSDoc on each element: Storybook's docs, IDEs and the framework
// type generators (scripts/generate-types.mjs) read it, so it describes the package as shipped.
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

const root = new URL('.', import.meta.url).pathname;

/** Every `type Name = 'a' | 'b'` in src/, so attributes show their literal values, not an alias. */
function literalUnionAliases(ts) {
  const aliases = new Map();
  const files = readdirSync(join(root, 'src'), { recursive: true }).filter((file) =>
    String(file).endsWith('.ts'),
  );
  for (const file of files) {
    const path = join(root, 'src', String(file));
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        const literals = node.type.types.every(
          (type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal),
        );
        if (literals) aliases.set(node.name.text, node.type.getText(source).replace(/"/g, "'"));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return aliases;
}

/** `src/elements/x/y.ts` → `dist/elements/x/y.js`: the paths a user's tools find in the package. */
const shippedPath = (path) => path.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * The `detail` type of each event (the type generators write `CustomEvent<…>` around it;
 * scripts/generate-integrations.mjs imports these names into the files it writes).
 */
export const EVENT_DETAIL_TYPES = {
  'gov-error': 'GovErrorDetail',
  'gov-view-count': 'ViewCountDetail',
  'gov-weather-load': 'WeatherLoadDetail',
};

function shippedManifest() {
  let aliases = new Map();
  const literal = (text) =>
    text?.replace(/\b[A-Z][A-Za-z]+\b/g, (name) => (aliases.has(name) ? aliases.get(name) : name));
  return {
    name: 'gov-shipped-manifest',
    initialize({ ts }) {
      aliases = literalUnionAliases(ts);
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          elements.set(declaration.tagName, { name: declaration.name, module: shippedPath(module.path) });
          // Only the public API: no #private, private, protected or `_state` members.
          declaration.members = (declaration.members ?? []).filter(
            (member) =>
              !member.name.startsWith('#') &&
              !member.name.startsWith('_') &&
              !['private', 'protected'].includes(member.privacy),
          );
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !attribute.name.startsWith('_'),
          );
          for (const item of [...declaration.members, ...declaration.attributes]) {
            if (item.type?.text) item.type.text = literal(item.type.text);
          }
          for (const attribute of declaration.attributes) {
            // `lang` comes from HTMLElement: name its field so generators can type it.
            if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
          }
          for (const event of declaration.events ?? []) {
            if (EVENT_DETAIL_TYPES[event.name]) event.type = { text: EVENT_DETAIL_TYPES[event.name] };
          }
        }
      }
      for (const module of customElementsManifest.modules) {
        module.path = shippedPath(module.path);
        for (const entry of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          const target = entry.declaration?.module;
          if (!target) continue;
          // Re-exports name their module relative to this one (`./x.js`, `../shared/y.js`).
          const resolved = target.startsWith('.') ? posix.join(posix.dirname(module.path), target) : target;
          entry.declaration.module = shippedPath(resolved);
        }
        // `define.ts` registers its tag through defineElement(), which the analyzer cannot follow.
        const tag = /^dist\/elements\/([a-z-]+)\/define\.js$/.exec(module.path)?.[1];
        const element = tag && elements.get(`gov-${tag}`);
        if (element) {
          module.exports = (module.exports ?? []).filter(
            (entry) => entry.kind !== 'custom-element-definition',
          );
          module.exports.push({
            kind: 'custom-element-definition',
            name: `gov-${tag}`,
            declaration: element,
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [shippedManifest()],
};
