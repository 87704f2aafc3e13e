/**
 * Server benchmark: a page of 1, 100 and 1,000 <gov-article-card>s with realistic Vietnamese
 * content, rendered by our server path — cold (every card rendered by @lit-labs/ssr, sync and
 * streaming) and warm (RenderCache, content already seen) — against the hand-written string
 * baseline (ratio 1.0) and Preact's render-to-string of the same markup, in one process,
 * warm-up first, medians over repeated samples. Before timing, every variant's HTML is checked
 * equal to the baseline's (Lit's hydration comments aside), so the ratios compare equal work.
 *
 *   node --import tsx bench/server-render.ts
 */
import { html } from 'lit';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/index.js';
import { renderToString, renderToStream } from '../src/server/render.js';
import { RenderCache, cacheKey } from '../src/server/render-cache.js';
import '../src/elements/article-card/define.js';
import { benchArticles } from './articles.js';
import { baselinePage } from './baseline.js';
import { preactPage } from './preact-card.js';
import { reactPage } from './react-card.js';

const card = (a: Article) => {
  const img = a.images[0]!;
  return html`<gov-article-card
    lang="vi"
    headline=${a.headline}
    href=${a.url!}
    summary=${a.summary!}
    section=${a.section!.name}
    section-href=${a.section!.href!}
    author=${a.authors[0]!.name}
    published=${a.publishedAt!}
    views=${a.viewCount!}
    image-src=${img.src}
    image-alt=${img.alt}
    image-width=${img.width!}
    image-height=${img.height!}
  ></gov-article-card>`;
};

const litSync = (articles: Article[]) => renderToString(html`${articles.map(card)}`);

async function litStream(articles: Article[]): Promise<string> {
  let out = '';
  for await (const chunk of renderToStream(html`${articles.map(card)}`)) out += chunk;
  return out;
}

/** Everything that changes a card's HTML is in its key: content version, count, locale, zone, variant. */
const keyOf = (a: Article) =>
  cacheKey(
    'gov-article-card',
    a.id,
    a.updatedAt ?? a.publishedAt,
    a.viewCount,
    'vi',
    'Asia/Ho_Chi_Minh',
    'list',
    3,
  );

function litCached(cache: RenderCache, articles: Article[]): string {
  let out = '';
  for (const a of articles) out += cache.render(keyOf(a), () => card(a));
  return out;
}

/**
 * Lit's output without its hydration comments and the whitespace around tags; React's
 * text-separator comments and `dateTime` spelling (HTML attribute names are case-insensitive).
 */
const normalize = (s: string) =>
  s
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    // The templates are written over several lines (src/, not the minified dist/): whitespace at
    // a tag's edges is layout of the source, not of the page.
    .replace(/<\/([a-z][a-z0-9-]*)\s+>/g, '</$1>')
    .replace(/\s*(<[^>]+>)\s*/g, '$1')
    .replace(/\s*\/>/g, '>')
    .replace(
      /<([a-z][a-z0-9-]*)((?:\s+[^\s>]+)*)\s*\/?>/g,
      (_m, tag: string, attrs: string) =>
        `<${tag}${attrs.replace(/\s+/g, ' ').replace(/ ([A-Za-z-]+)=/g, (_a, name: string) => ` ${name.toLowerCase()}=`)}>`,
    );

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Keeps the encoded lengths alive so no variant's work can be optimised away. */
let sink = 0;

type Variant = { name: string; run: (articles: Article[]) => string | Promise<string> };

export interface ServerBenchRow {
  cards: number;
  variant: string;
  medianMs: number;
  ratio: number;
}

export async function runServerBench({ sizes = [1, 100, 1000], samples = 15 } = {}): Promise<
  ServerBenchRow[]
> {
  const rows: ServerBenchRow[] = [];
  for (const n of sizes) {
    const articles = benchArticles(n);
    const cache = new RenderCache({ max: 5000 });
    const variants: Variant[] = [
      { name: 'string baseline', run: baselinePage },
      { name: 'lit sync (cold)', run: litSync },
      { name: 'lit stream (cold)', run: litStream },
      { name: 'render cache (warm)', run: (a) => litCached(cache, a) },
      { name: 'preact render-to-string', run: preactPage },
      { name: 'react renderToString', run: reactPage },
    ];
    const expected = normalize(baselinePage(articles));
    for (const v of variants) {
      const got = normalize(await v.run(articles));
      if (got !== expected) {
        let i = 0;
        while (got[i] === expected[i]) i++;
        throw new Error(
          `${v.name} does not produce the baseline's HTML at ${i}:\n  baseline: …${expected.slice(i - 60, i + 80)}\n  ${v.name}: …${got.slice(i - 60, i + 80)}`,
        );
      }
    }
    // Enough repetitions per sample that a sample lasts a few milliseconds even for one card.
    const t0 = performance.now();
    baselinePage(articles);
    const reps = Math.max(1, Math.ceil(2 / Math.max(performance.now() - t0, 0.001)));
    const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
    for (let s = -3; s < samples; s++) {
      // Interleaved, so a slow moment of the shared machine hits every variant alike.
      for (const v of variants) {
        const start = performance.now();
        // Encoded as a server sends it: a string built by concatenation is flattened then.
        for (let r = 0; r < reps; r++) sink += Buffer.byteLength(await v.run(articles), 'utf8');
        if (s >= 0) times.get(v.name)!.push((performance.now() - start) / reps);
      }
    }
    const base = median(times.get('string baseline')!);
    for (const v of variants) {
      const m = median(times.get(v.name)!);
      rows.push({
        cards: n,
        variant: v.name,
        medianMs: Math.round(m * 1000) / 1000,
        ratio: Math.round((m / base) * 100) / 100,
      });
    }
  }
  if (sink === 0) throw new Error('nothing rendered');
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await runServerBench())
    console.log(
      `${String(r.cards).padStart(5)}  ${r.variant.padEnd(26)} ${r.medianMs.toFixed(3).padStart(10)} ms  ×${r.ratio}`,
    );
}
