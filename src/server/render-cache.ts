/**
 * A render cache for content already seen. Portals render the same front page and the same
 * articles again and again; a card's server HTML depends only on what is in its key, so it is
 * rendered once and reused as a string until it falls out of the LRU.
 *
 * The key must hold everything that changes the output: the element, the content version
 * (id + updatedAt/publishedAt + view count), locale, time zone and format options. A relative
 * date is rendered absolute on the server (it turns relative after hydration), so the cached
 * text never holds a "3 ngày trước" that would go stale.
 */
import type { TemplateResult } from 'lit';
import { renderToString } from './render.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { fragmentMarker } from './fragments.js';

export interface RenderCacheStats {
  hits: number;
  misses: number;
  size: number;
  max: number;
}

interface Entry {
  html: string;
  /** The fragment marker for `html`, made on the first `fragment()` call and kept with it. */
  marker?: string;
}

export class RenderCache {
  readonly max: number;
  private entries = new Map<string, Entry>();
  private hitCount = 0;
  private missCount = 0;

  /** `max`: how many rendered strings to keep (a whole number ≥ 1; default 2,000). */
  constructor(options: { max?: number } = {}) {
    const max = options.max ?? 2000;
    if (!Number.isSafeInteger(max) || max < 1) {
      throw new RangeError(`RenderCache: max must be a whole number of at least 1, not ${String(max)}`);
    }
    this.max = max;
  }

  #entry(key: string, template: () => TemplateResult): Entry {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hitCount++;
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.missCount++;
    const entry: Entry = { html: renderToString(template()) };
    this.entries.set(key, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** The HTML for `key`, rendering `template()` only on a miss. */
  render(key: string, template: () => TemplateResult): string {
    return this.#entry(key, template).html;
  }

  /** The same HTML as a value to put inside a server template (`html\`<li>${cache.fragment(…)}</li>\``). */
  fragment(key: string, template: () => TemplateResult) {
    const entry = this.#entry(key, template);
    entry.marker ??= fragmentMarker(entry.html);
    return unsafeHTML(entry.marker);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
    this.hitCount = 0;
    this.missCount = 0;
  }

  get stats(): RenderCacheStats {
    return { hits: this.hitCount, misses: this.missCount, size: this.entries.size, max: this.max };
  }
}

/** Joins key parts unambiguously (a `|` inside a part cannot fake another key). */
export function cacheKey(...parts: (string | number | boolean | undefined | null)[]): string {
  return parts
    .map((part) => (part === undefined || part === null ? '' : String(part).replace(/[\\|]/g, '\\$&')))
    .join('|');
}
