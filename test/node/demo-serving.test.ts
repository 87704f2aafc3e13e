// How the demo portal serves its pages and files (issue 15): compressed, static files under
// content-hashed names with a year's cache lifetime, pages the back/forward cache may keep, heads
// that search engines and share cards can read, and a saved article that opens from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemoServer, type DemoServer } from '../../demo/server.js';

const ARTICLE = '/tin-tuc/quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';
let demo: DemoServer;

before(async () => {
  demo = await startDemoServer(0, '127.0.0.1', { baseUrl: 'https://quangtrung.example.gov.vn/' });
});
after(() => demo.close());

/** GET with an Accept-Encoding of our choosing (fetch would decode for us and hide it). */
async function get(path: string, acceptEncoding = 'identity') {
  const { request } = await import('node:http');
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const url = new URL(path, demo.url);
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

test('pages are compressed (Brotli, else gzip) and revalidated, never no-store', async () => {
  const brotli = await get('/', 'gzip, deflate, br');
  assert.equal(brotli.headers['content-encoding'], 'br');
  assert.equal(brotli.headers['cache-control'], 'no-cache');
  const html = brotliDecompressSync(brotli.body).toString('utf8');
  assert.match(html, /<\/html>\s*$/);
  assert.ok(brotli.body.length < html.length / 3, `${brotli.body.length} of ${html.length} bytes`);
  const gzip = await get(ARTICLE, 'gzip');
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.match(gunzipSync(gzip.body).toString('utf8'), /<\/html>\s*$/);
  const plain = await get(ARTICLE);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.match(plain.body.toString('utf8'), /<\/html>\s*$/);
});

test("the page's script has a content-hashed name and a year's cache lifetime", async () => {
  const html = (await get('/')).body.toString('utf8');
  const script = /<script[^>]* type="module" src="(\/assets\/app\.[0-9a-f]{8}\.js)"><\/script>/.exec(
    html,
  )?.[1];
  assert.ok(script, 'hashed script in the head');
  const file = await get(script, 'br');
  assert.equal(file.status, 200);
  assert.equal(file.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(file.headers['content-encoding'], 'br');
  assert.equal(file.headers.vary, 'accept-encoding');
  const code = brotliDecompressSync(file.body);
  assert.ok(file.body.length < code.length / 2.5, `${file.body.length} of ${code.length} bytes`);
});

test('heads name the page: description, absolute canonical and Open Graph URLs', async () => {
  const home = (await get('/en/')).body.toString('utf8');
  assert.match(home, /<meta name="description" content="News, awards and weather[^"]*">/);
  assert.match(home, /<link rel="canonical" href="https:\/\/quangtrung\.example\.gov\.vn\/en\/">/);
  const article = (await get(ARTICLE)).body.toString('utf8');
  assert.match(article, /<meta name="description" content="[^"]{40,}">/);
  assert.match(
    article,
    new RegExp(`<link rel="canonical" href="https://quangtrung\\.example\\.gov\\.vn${ARTICLE}">`),
  );
  assert.match(
    article,
    /<meta property="og:image" content="https:\/\/quangtrung\.example\.gov\.vn\/assets\/img\//,
  );
});

test('"Lưu bài": one file that opens from disk — no script to run, images inlined, weather shown', async () => {
  const saved = await get(`${ARTICLE}?save=1`);
  const html = saved.body.toString('utf8');
  assert.match(String(saved.headers['content-disposition']), /^attachment; filename=".+\.html"$/);
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!);
  assert.ok(
    scripts.every((attributes) => /type="application\/(ld\+)?json"/.test(attributes)),
    `only data scripts: ${scripts.join(' | ')}`,
  );
  assert.doesNotMatch(html, /src="\/assets\//, 'no image that needs the server');
  assert.match(html, /<img [^>]*src="data:image\/svg\+xml;base64,/);
  // The weather box is rendered from its report, in declarative shadow DOM: readable offline.
  const weather = html.slice(html.indexOf('<gov-weather'), html.indexOf('</gov-weather>'));
  assert.match(weather, /<template shadowroot(mode)?="open"/);
  assert.match(weather, /Hà Nội/);
});
