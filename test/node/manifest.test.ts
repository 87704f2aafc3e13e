// custom-elements.json as tools read it: shipped paths, a definition per tag, attributes as
// attributes with literal types, no private members, events with their detail types.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
interface Entry {
  name: string;
  kind?: string;
  privacy?: string;
  fieldName?: string;
  type?: { text: string };
  declaration?: { name: string; module: string };
}
interface Declaration extends Entry {
  customElement?: boolean;
  tagName?: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  cssParts?: Entry[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Entry[];
}
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as { modules: Module[] };
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

const TAGS = ['gov-article-card', 'gov-view-counter', 'gov-award-list', 'gov-weather'];
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement).map((declaration) => ({ module, declaration })),
);
const element = (tag: string) => elements.find((e) => e.declaration.tagName === tag)!;

describe('custom-elements.json', () => {
  test('names the modules the package ships (dist/*.js), and the package points to it', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/.+\.js$/, module.path);
      for (const entry of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
        if (entry.declaration?.module) assert.match(entry.declaration.module, /^dist\/.+\.js$/);
      }
      // After a build, every module named is a file of the package.
      if (existsSync(`${root}dist`))
        assert.ok(existsSync(`${root}${module.path}`), `${module.path} is not built`);
    }
  });

  test('each tag has a custom-element-definition in its entry, pointing at its class', () => {
    for (const tag of TAGS) {
      const entry = `dist/elements/${tag.replace(/^gov-/, '')}/define.js`;
      const module = manifest.modules.find((m) => m.path === entry);
      assert.ok(module, `${entry} missing`);
      const definition = module.exports?.find(
        (e) => e.kind === 'custom-element-definition' && e.name === tag,
      );
      assert.ok(definition, `${tag}: no custom-element-definition in ${entry}`);
      const { module: classModule, declaration } = element(tag);
      assert.equal(definition.declaration?.name, declaration.name);
      assert.equal(definition.declaration?.module, classModule.path);
      // The entry is an export of the package.
      const subpath = `./${tag.replace(/^gov-/, '')}`;
      assert.equal(packageJson.exports[subpath].default, `./${entry}`);
    }
  });

  test('attributes are attributes, typed, with literal values where there is a fixed set', () => {
    const expected: Record<string, Record<string, string>> = {
      'gov-article-card': {
        headline: 'string | undefined',
        summary: 'string | undefined',
        section: 'string | undefined',
        views: 'number | undefined',
        variant: "'list' | 'featured' | 'compact'",
        relative: 'boolean',
      },
      'gov-view-counter': {
        count: 'number | undefined',
        notation: "'standard' | 'compact'",
        track: 'boolean',
      },
      'gov-award-list': { sort: "'given' | 'name'", layout: "'list' | 'table'", audit: 'boolean' },
      'gov-weather': {
        units: "'metric' | 'imperial'",
        layout: "'list' | 'grid' | 'compact'",
        refresh: 'number',
      },
    };
    for (const [tag, attributes] of Object.entries(expected)) {
      const declared = element(tag).declaration.attributes ?? [];
      for (const [name, type] of Object.entries(attributes)) {
        const attribute = declared.find((a) => a.name === name);
        assert.ok(attribute, `${tag}: attribute ${name} missing`);
        assert.equal(attribute.type?.text, type, `${tag} ${name}`);
      }
      for (const attribute of declared) {
        assert.ok(attribute.type?.text, `${tag} ${attribute.name}: no type`);
        assert.ok(
          attribute.fieldName,
          `${tag} ${attribute.name}: no field (generators type it from the field)`,
        );
        assert.ok(!attribute.name.startsWith('_'), `${tag}: internal state ${attribute.name} listed`);
      }
    }
  });

  test('no private, protected, #private or _internal members', () => {
    for (const { declaration } of elements) {
      for (const member of declaration.members ?? []) {
        assert.ok(!/^[#_]/.test(member.name), `${declaration.tagName}: ${member.name}`);
        assert.ok(
          member.privacy !== 'private' && member.privacy !== 'protected',
          `${declaration.tagName}: ${member.name}`,
        );
      }
    }
    const properties = (tag: string) => (element(tag).declaration.members ?? []).map((m) => m.name);
    assert.ok(properties('gov-article-card').includes('article'));
    assert.ok(properties('gov-award-list').includes('decision'));
    assert.ok(properties('gov-weather').includes('report'));
  });

  test('events carry their detail types', () => {
    const detail = (tag: string, event: string) =>
      element(tag).declaration.events?.find((e) => e.name === event)?.type?.text;
    for (const tag of TAGS) assert.equal(detail(tag, 'gov-error'), 'GovErrorDetail', tag);
    assert.equal(detail('gov-view-counter', 'gov-view-count'), 'ViewCountDetail');
    assert.equal(detail('gov-weather', 'gov-weather-load'), 'WeatherLoadDetail');
  });
});
