/**
 * Every element test runs twice: rendered on the client, and rendered by @lit-labs/ssr in Node
 * then hydrated in the browser. A hydration mismatch throws inside the fixture (test fails);
 * Lit's dev-mode warnings about hydration are caught here and fail the test too.
 *
 * This module must be imported before any module that imports `lit` (the fixtures load the
 * hydrate support first).
 *
 * Property bindings (`.article=${…}`) must sit on an element inside a wrapper (`<div>…</div>`):
 * the SSR fixture hydrates only the outer template, so a property on the top-level element would
 * never reach the browser. The template is also sent to Node as JSON: bound values must be JSON.
 */
import { csrFixture, ssrHydratedFixture, cleanupFixtures } from '@lit-labs/testing/fixtures.js';
import type { TemplateResult } from 'lit';

export interface RenderMode {
  name: 'client' | 'ssr+hydrate';
  /** Renders a template with one top-level element and returns that element, updated. */
  render<T extends HTMLElement>(template: TemplateResult): Promise<T>;
}

/** Repository root as a URL, so module paths below are written from the root. */
const ROOT = new URL('../../../', import.meta.url).href;

/**
 * The two render modes for templates that use the given modules, e.g.
 * `renderModes(['src/elements/article-card/define.ts'])`.
 */
export function renderModes(modules: string[]): RenderMode[] {
  const make = (name: RenderMode['name'], fixture: typeof csrFixture): RenderMode => ({
    name,
    async render<T extends HTMLElement>(template: TemplateResult) {
      const problems: string[] = [];
      const original = { warn: console.warn, error: console.error };
      const watch =
        (kind: 'warn' | 'error') =>
        (...args: unknown[]) => {
          const text = args.map(String).join(' ');
          if (/hydrat|mismatch/i.test(text)) problems.push(`${kind}: ${text}`);
          original[kind].apply(console, args);
        };
      console.warn = watch('warn');
      console.error = watch('error');
      try {
        const el = (await fixture(template, { modules, base: ROOT })) as T;
        await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        if (problems.length) throw new Error(`hydration problems:\n${problems.join('\n')}`);
        return el;
      } finally {
        console.warn = original.warn;
        console.error = original.error;
      }
    },
  });
  return [make('client', csrFixture), make('ssr+hydrate', ssrHydratedFixture)];
}

export { cleanupFixtures };

/** Collects events of one type that reach `document` (they bubble and are composed). */
export function collectEvents<T = unknown>(type: string): { events: CustomEvent<T>[]; stop: () => void } {
  const events: CustomEvent<T>[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent<T>);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}
