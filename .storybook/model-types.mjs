// The model's types as data, read from src/model/types.ts when Storybook builds: the "Model" docs
// page (stories/model.mdx) prints its tables from this, so they cannot drift from the source.
// Parsed with the TypeScript that @custom-elements-manifest/analyzer brings (TypeScript 7 has no
// JS API); exposed to the stories as the virtual module `virtual:gov-model-types`.
import { readFileSync } from 'node:fs';
import { ts } from '@custom-elements-manifest/analyzer';

export const MODEL_TYPES_MODULE = 'virtual:gov-model-types';
const RESOLVED = `\0${MODEL_TYPES_MODULE}`;

// Types: model-types.d.mts.

const oneLine = (text) => text.replace(/\s+/g, ' ').replace(/^\| /, '').trim();

function docOf(node) {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter((doc) => ts.isJSDoc(doc))
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .trim();
}

const paramsOf = (node, source) =>
  node.typeParameters ? `<${node.typeParameters.map((p) => p.getText(source)).join(', ')}>` : '';

const isExported = (node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/** `export const X = ['a', 'b'] as const` → ['a', 'b'] (the values behind `(typeof X)[number]`). */
function constArrays(source) {
  const arrays = new Map();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init || !ts.isAsExpression(init) || !ts.isArrayLiteralExpression(init.expression)) continue;
      const values = init.expression.elements.filter(ts.isStringLiteral).map((literal) => literal.text);
      arrays.set(declaration.name.getText(source), values);
    }
  }
  return arrays;
}

/**
 * Every exported interface and type alias of a types file, in source order, with its fields
 * (name, type as written, optional or not, JSDoc). An alias that intersects interfaces
 * (`Place & Conditions`) gets their fields; `(typeof LIST)[number]` is spelled out as its values.
 */
export function readModelTypes(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const arrays = constArrays(source);
  const types = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    const name = statement.name?.text;
    const params = paramsOf(statement, source);
    const doc = docOf(statement);
    if (ts.isInterfaceDeclaration(statement)) {
      const fields = statement.members.filter(ts.isPropertySignature).map((member) => ({
        name: member.name.getText(source),
        type: member.type ? oneLine(member.type.getText(source)) : 'unknown',
        optional: Boolean(member.questionToken),
        doc: docOf(member),
      }));
      const heritage = statement.heritageClauses ?? [];
      const composedOf = heritage.flatMap((clause) => clause.types.map((t) => t.getText(source)));
      types.push({ name, params, kind: 'interface', doc, text: '', composedOf, fields });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      let text = oneLine(statement.type.getText(source));
      const listed = /^\(typeof (\w+)\)\[number\]$/.exec(text);
      if (listed && arrays.has(listed[1]))
        text = arrays
          .get(listed[1])
          .map((value) => `'${value}'`)
          .join(' | ');
      const parts = ts.isIntersectionTypeNode(statement.type) ? statement.type.types : [];
      const composedOf = parts.every(ts.isTypeReferenceNode) ? parts.map((part) => part.getText(source)) : [];
      types.push({ name, params, kind: 'type', doc, text, composedOf, fields: [] });
    }
  }
  // Interfaces' own fields first, then those of what they extend or intersect, in order.
  const byName = new Map(types.map((type) => [type.name, type]));
  const allFields = (type, seen = new Set()) => {
    if (seen.has(type.name)) return [];
    seen.add(type.name);
    const inherited = type.composedOf.flatMap((name) =>
      byName.has(name) ? allFields(byName.get(name), seen) : [],
    );
    return [...type.fields, ...inherited];
  };
  return types.map((type) => ({ ...type, fields: allFields(type) }));
}

/**
 * Vite plugin: `import types from 'virtual:gov-model-types'` gives readModelTypes(path), read
 * again whenever the file changes.
 */
export function modelTypesPlugin(path) {
  return {
    name: 'gov-model-types',
    resolveId: (id) => (id === MODEL_TYPES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(readModelTypes(path))};`;
    },
  };
}
