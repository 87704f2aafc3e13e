// A hostile-content corpus through every element, in both render modes (client, and server
// rendered then hydrated): every string field of the model and every attribute set to each entry
// in turn. Nothing may run, no unsafe URL may reach href/src, rendering never throws, hydration
// matches, and the element still shows something readable.
import { renderModes, cleanupFixtures, collectEvents, type RenderMode } from './helpers/render-modes.js';
import { html, type TemplateResult } from 'lit';
import { expect } from '@open-wc/testing';
import '../../src/elements/article-card/define.js';
import '../../src/elements/view-counter/define.js';
import '../../src/elements/award-list/define.js';
import '../../src/elements/weather/define.js';
import { quangTrung } from '../fixtures/award-list/samples.js';
import { REPORT_3_CITIES } from '../fixtures/open-meteo/report-3-cities.js';
import type { Article } from '../../src/model/types.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every payload, if it ran, sets window.__pwned. None is an absolute URL: nothing may leave the machine. */
const CORPUS: string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><img src=x onerror="window.__pwned = 3">',
  '\'><svg onload="window.__pwned = 4">',
  '</style><script>window.__pwned = 5</script>',
  '</template><script>window.__pwned = 6</script>',
  '<template shadowrootmode="open"><img src=x onerror="window.__pwned = 7"></template>',
  'javascript:window.__pwned = 8',
  'JaVaScRiPt:window.__pwned = 9',
  ' \t\njavascript:window.__pwned = 10',
  'java\tscript:window.__pwned = 11',
  'javascript\u0000:window.__pwned = 12',
  'javascript&colon;window.__pwned = 13',
  '&#106;avascript:window.__pwned = 14',
  'vbscript:msgbox(1)',
  'data:text/html,<script>window.__pwned = 15</script>',
  'data:image/svg+xml,<svg onload="window.__pwned = 16">',
  '<!--gov-raw:PHNjcmlwdD53aW5kb3cuX19wd25lZD0xNzwvc2NyaXB0Pg==-->',
  '<!--',
  ']]><!--<script>window.__pwned = 18</script>',
  '${window.__pwned = 19}',
  '{{constructor.constructor("window.__pwned = 20")()}}',
  '\u202eloot\u202c',
  '\ud800 lone surrogate',
  'NaN',
  '-1e400',
  '9'.repeat(400),
  'Đ'.repeat(2_000),
];

/** A copy of `value` with every string leaf replaced by `payload`. */
function poison<T>(value: T, payload: string): T {
  if (typeof value === 'string') return payload as T;
  if (Array.isArray(value)) return value.map((item) => poison(item, payload)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, poison(item, payload)])) as T;
  }
  return value;
}

const ARTICLE: Article = {
  id: 'a1',
  headline: 'Tin',
  url: '/tin-tuc/a1',
  summary: 'Tóm tắt',
  section: { name: 'Tin tức', href: '/tin-tuc' },
  publishedAt: '2023-03-16T08:05:00+07:00',
  authors: [{ name: 'Phòng Văn hóa', url: '/tac-gia' }],
  images: [{ src: '/a.png', alt: 'Ảnh', caption: 'Chú thích', width: 640, height: 360 }],
  viewCount: 12,
  body: [],
  tags: ['a'],
  sourceCredit: 'Nguồn',
  awards: [],
};

/** Each element with every attribute set to the payload (src-like attributes: see below). */
const WITH_EVERY_ATTRIBUTE: Record<string, (payload: string) => TemplateResult> = {
  'gov-article-card': (p) =>
    html`<gov-article-card
      headline=${p}
      href=${p}
      summary=${p}
      image-src=${p}
      image-alt=${p}
      image-width=${p}
      image-height=${p}
      section=${p}
      section-href=${p}
      author=${p}
      published=${p}
      updated=${p}
      views=${p}
      heading-level=${p}
      variant=${p}
      date-format=${p}
      time-zone=${p}
      lang=${p}
    ></gov-article-card>`,
  // src, track-url and loading from a URL are tested against fault servers in each element's tests.
  'gov-view-counter': (p) =>
    html`<gov-view-counter
      count=${p}
      article-id=${p}
      notation=${p}
      timeout=${p}
      lang=${p}
    ></gov-view-counter>`,
  'gov-award-list': (p) =>
    html`<gov-award-list
      sort=${p}
      layout=${p}
      query=${p}
      heading-level=${p}
      time-zone=${p}
      lang=${p}
    ></gov-award-list>`,
  'gov-weather': (p) =>
    html`<gov-weather
      places=${p}
      units=${p}
      layout=${p}
      heading=${p}
      heading-level=${p}
      refresh=${p}
      stale-after=${p}
      lang=${p}
    ></gov-weather>`,
};

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
];

/** Every element inside `root`, crossing shadow roots. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** A URL the browser may follow or load: http(s) on this page's origin or relative, or an image data URL. */
function isHarmlessUrl(element: Element, name: string, value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, location.href);
  } catch {
    return true; // not a URL the browser would follow
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  return (
    name === 'src' &&
    element.localName === 'img' &&
    /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i.test(value)
  );
}

function expectNothingUnsafe(host: Element, payload: string, { readable = true } = {}): void {
  const label = `${host.localName} with ${JSON.stringify(payload.slice(0, 60))}`;
  expect(window.__pwned, `${label}: a payload ran`).to.equal(undefined);
  expect(host.shadowRoot, `${label}: not rendered`).to.exist;
  for (const element of [host, ...deepElements(host.shadowRoot!)]) {
    const inShadow = element !== host;
    if (inShadow)
      expect(element.localName, `${label}: element in shadow root`).to.not.be.oneOf([
        'script',
        'iframe',
        'object',
        'embed',
      ]);
    for (const attribute of element.attributes) {
      if (inShadow)
        expect(
          attribute.name.startsWith('on'),
          `${label}: ${attribute.name} on <${element.localName}>`,
        ).to.equal(false);
      if (inShadow && URL_ATTRIBUTES.includes(attribute.name)) {
        expect(
          isHarmlessUrl(element, attribute.name, attribute.value),
          `${label}: ${attribute.name}="${attribute.value}"`,
        ).to.equal(true);
      }
    }
  }
  // Something readable is shown (data, or the fallback) wherever there was data to show.
  if (readable)
    expect((host.shadowRoot!.textContent ?? '').trim().length, `${label}: blank`).to.be.greaterThan(0);
}

/** Gives a Lit update and any queued load a moment, then checks again (handlers run late). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * One template from several, inside a `<div>`: the SSR fixture sends only the outer template to
 * the server as JSON, so nested templates cannot be used; their strings and values are joined.
 */
function joinTemplates(templates: TemplateResult[]): TemplateResult {
  const strings = ['<div>'];
  const values: unknown[] = [];
  for (const template of templates) {
    strings[strings.length - 1] += template.strings[0];
    strings.push(...template.strings.slice(1));
    values.push(...template.values);
  }
  strings[strings.length - 1] += '</div>';
  return html(Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray, ...values);
}

/** Renders one element per corpus entry in one fixture (one server round trip per test). */
async function renderAll(mode: RenderMode, tag: string, perPayload: (payload: string) => TemplateResult) {
  const wrapper = await mode.render<HTMLElement>(joinTemplates(CORPUS.map(perPayload)));
  const hosts = [...wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tag)];
  expect(hosts.length).to.equal(CORPUS.length);
  await Promise.all(hosts.map((host) => host.updateComplete));
  await settle();
  return hosts;
}

for (const mode of renderModes([
  'src/elements/article-card/define.ts',
  'src/elements/view-counter/define.ts',
  'src/elements/award-list/define.ts',
  'src/elements/weather/define.ts',
])) {
  describe(`hostile content (${mode.name})`, () => {
    afterEach(() => {
      cleanupFixtures();
      delete window.__pwned;
    });

    for (const [tag, template] of Object.entries(WITH_EVERY_ATTRIBUTE)) {
      it(`${tag}: every attribute set to each corpus entry`, async () => {
        const hosts = await renderAll(mode, tag, template);
        // Without data (no count, no decision) the counter and the award list show nothing.
        const readable = tag === 'gov-article-card' || tag === 'gov-weather';
        hosts.forEach((host, index) => expectNothingUnsafe(host, CORPUS[index]!, { readable }));
      });
    }

    it('gov-article-card: every string of the article poisoned', async () => {
      const errors = collectEvents('gov-error');
      const hosts = await renderAll(
        mode,
        'gov-article-card',
        (payload) => html`<gov-article-card .article=${poison(ARTICLE, payload)}></gov-article-card>`,
      );
      hosts.forEach((host, index) => expectNothingUnsafe(host, CORPUS[index]!));
      errors.stop();
    });

    it('gov-award-list: every string of the decision poisoned', async () => {
      const hosts = await renderAll(
        mode,
        'gov-award-list',
        (payload) => html`<gov-award-list .decision=${poison(quangTrung, payload)}></gov-award-list>`,
      );
      hosts.forEach((host, index) => expectNothingUnsafe(host, CORPUS[index]!));
    });

    it('gov-weather: every string of the report poisoned', async () => {
      const hosts = await renderAll(
        mode,
        'gov-weather',
        (payload) => html`<gov-weather .report=${poison(REPORT_3_CITIES, payload)}></gov-weather>`,
      );
      hosts.forEach((host, index) => expectNothingUnsafe(host, CORPUS[index]!));
    });
  });
}
