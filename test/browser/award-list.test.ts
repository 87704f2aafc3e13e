// gov-award-list in Chromium, rendered on the client and server-rendered then hydrated.
import { renderModes, cleanupFixtures, collectEvents } from './helpers/render-modes.js';
import { html, type TemplateResult } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { expectAccessible } from './helpers/axe.js';
import { $, $$, show, text } from './helpers/dom.js';
import '../../src/elements/award-list/define.js';
import type { GovAwardList } from '../../src/elements/award-list/gov-award-list.js';
import type { GovErrorDetail } from '../../src/elements/shared/events.js';
import {
  quangTrung,
  province,
  posthumous,
  mismatch,
  broken,
  largeDecision,
} from '../fixtures/award-list/samples.js';

/**
 * The timeout of a test that renders thousands of rows. In SSR mode the decision goes to Node as
 * JSON, every row is rendered there and hydrated here; in client mode the rows go in a chunk a
 * task. On a loaded machine (load 12 on 2 cores) the 2,000-row test took over the 10 s default
 * (it takes 1–3 s on an idle one): the limit is for a machine that is slow, not for slow code
 * (speed is measured in bench/award-filter.mjs).
 */
const HEAVY_TEST_TIMEOUT = 60_000;

/** The number printed before each row (list) or in its first cell (table); `filter` narrows the rows. */
const numbers = (el: GovAwardList, filter = '') =>
  $$(el, `[part~=recipient]${filter}`).map((row) => Number(/^\d+/.exec(text(row))?.[0]));
const range = (n: number) => Array.from({ length: n }, (_, index) => index + 1);
/** The group headings (the captions in table layout), as read. */
const headings = (el: GovAwardList) => $$(el, '[part~=group-heading]').map(text);
/** Names of the rows a reader sees (not hidden). */
const visibleNames = (el: GovAwardList) =>
  $$(el, '[part~=recipient]:not([hidden]) [part~=name]').map((n) =>
    text(n).replace(/ \((truy tặng|posthumous)\)$/, ''),
  );

/** Types into the filter from the keyboard: Tab from the page until the input has focus. */
async function focusFilter(el: GovAwardList): Promise<HTMLInputElement> {
  const input = $(el, 'input[type=search]') as HTMLInputElement;
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== input; i++) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement, 'filter reachable with Tab').to.equal(input);
  return input;
}
async function type(el: GovAwardList, value: string): Promise<void> {
  const input = await focusFilter(el);
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await el.updateComplete;
}

/** Clicks the download button, catching the blob and the temporary link (nothing is downloaded). */
function clickDownload(el: GovAwardList) {
  const blobs: Blob[] = [];
  const links: { download: string; href: string; inShadow: boolean }[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test-award-csv');
  const onClick = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a.localName !== 'a') return;
    links.push({
      download: a.download,
      href: a.getAttribute('href')!,
      inShadow: a.getRootNode() === el.shadowRoot,
    });
    e.preventDefault();
  };
  el.shadowRoot!.addEventListener('click', onClick);
  try {
    $(el, '[part~=download]')!.click();
  } finally {
    URL.createObjectURL = original;
    el.shadowRoot!.removeEventListener('click', onClick);
  }
  return { blobs, links };
}

for (const mode of renderModes(['src/elements/award-list/define.ts'])) {
  describe(`gov-award-list (${mode.name})`, () => {
    afterEach(() => cleanupFixtures());

    it('renders the decision and its groups in Vietnamese, list layout, accessible', async () => {
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${quangTrung}></gov-award-list></div>`,
      );
      expect(text($(el, '[part~=heading]'))).to.equal('Giấy khen');
      expect($(el, '[part~=heading]')!.getAttribute('aria-level')).to.equal('2');
      expect(text($(el, '[part~=meta]'))).to.equal(
        'Quyết định số 163/QĐ-ĐU ngày 15/03/2023 của Đảng ủy phường Quang Trung',
      );
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2023-03-15');
      expect($$(el, '[part~=group-heading]').map(text)).to.deep.equal(['Tập thể (5)', 'Cá nhân (14)']);
      expect($$(el, '[part~=group-heading]').map((h) => h.getAttribute('aria-level'))).to.deep.equal([
        '3',
        '3',
      ]);
      expect($$(el, 'ol > li')).to.have.length(19);
      const firstIndividual = $$(el, 'ol')[1]!.querySelector('li');
      expect(text(firstIndividual)).to.equal('1. Nguyễn Văn An, Bí thư chi bộ, Tổ dân phố 1');
      expect(numbers(el), 'numbered within each group').to.deep.equal([...range(5), ...range(14)]);
      expect($$(el, 'li[value]'), 'no <li value>: Chromium lays it out in quadratic time').to.deep.equal([]);
      expect(text($(el, '[part~=total]'))).to.equal('19 tập thể, cá nhân được khen thưởng');
      expect(el.issues).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('the filter and the download come with the script, and work (issue: shown without JavaScript)', async () => {
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${quangTrung}></gov-award-list></div>`,
      );
      // Hydration matched the server's HTML, which has none of them (see the test without
      // JavaScript below); the update after it put them in.
      const toolbar = $(el, '[part~=toolbar]')!;
      expect([...toolbar.children].map((child) => child.getAttribute('part'))).to.deep.equal([
        'filter-label',
        'filter',
        'download',
      ]);
      expect(($(el, '[part~=filter]') as HTMLInputElement).disabled).to.equal(false);
      await expectAccessible(el);
      await type(el, 'hoang');
      expect(visibleNames(el), 'not all 19 rows').to.deep.equal(['HOÀNG PHƯƠNG', 'Hoàng Văn Ân']);
      expect(headings(el)).to.deep.equal(['Tập thể (0 trong số 5)', 'Cá nhân (2 trong số 14)']);
      expect(clickDownload(el).blobs).to.have.length(1);
      await expectAccessible(el);
    });

    it('table layout in English: caption, column and row headers, accessible', async () => {
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="en" layout="table" .decision=${quangTrung}></gov-award-list></div>`,
      );
      expect(text($(el, '[part~=heading]'))).to.equal('Certificate of Commendation');
      expect(text($(el, '[part~=meta]'))).to.equal(
        'Decision No. 163/QĐ-ĐU of 15/03/2023 by Đảng ủy phường Quang Trung',
      );
      const tables = $$(el, 'table');
      expect(tables).to.have.length(2);
      expect(tables.map((t) => text(t.querySelector('caption')))).to.deep.equal([
        'Collectives (5)',
        'Individuals (14)',
      ]);
      expect(
        [...tables[1]!.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')]),
      ).to.deep.equal([
        ['No.', 'col'],
        ['Name', 'col'],
        ['Position', 'col'],
        ['Unit', 'col'],
      ]);
      expect([...tables[0]!.querySelectorAll('thead th')].map(text), 'no empty columns').to.deep.equal([
        'No.',
        'Name',
      ]);
      const row = tables[1]!.querySelector('tbody tr')!;
      expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect([...row.children].map(text)).to.deep.equal([
        '1',
        'Nguyễn Văn An',
        'Bí thư chi bộ',
        'Tổ dân phố 1',
      ]);
      expect(text($(el, '[part~=total]'))).to.equal('19 collectives and individuals awarded');
      await expectAccessible(el);
    });

    for (const lang of ['vi', 'en'] as const) {
      it(`rank, posthumous and households (${lang}), accessible in both layouts`, async () => {
        const el = await show<GovAwardList>(
          mode,
          'gov-award-list',
          html`<div>
            <gov-award-list lang=${lang} .decisions=${[posthumous, province]}></gov-award-list>
          </div>`,
        );
        const headings = $$(el, '[part~=heading]').map(text);
        const total = $$(el, '[part~=total]').map(text);
        if (lang === 'vi') {
          expect(headings).to.deep.equal(['Huân chương Lao động hạng Ba', 'Bằng khen']);
          expect(text($(el, '[part~=posthumous]'))).to.equal('(truy tặng)');
          expect(total).to.deep.equal([
            '1 cá nhân được khen thưởng',
            '4 tập thể, cá nhân, hộ gia đình được khen thưởng',
          ]);
          expect(text($$(el, '[part~=meta]')[1])).to.equal(
            'Quyết định số 1520/QĐ-UBND ngày 02/06/2023 của Chủ tịch UBND tỉnh Quảng Trị',
          );
        } else {
          expect(headings).to.deep.equal(['Huân chương Lao động, Third class', 'Certificate of Merit']);
          expect(text($(el, '[part~=posthumous]'))).to.equal('(posthumous)');
          expect(total).to.deep.equal([
            '1 individual awarded',
            '4 collectives, individuals and households awarded',
          ]);
        }
        expect($$(el, '[part~=posthumous]')).to.have.length(2);
        await expectAccessible(el);
        el.layout = 'table';
        await el.updateComplete;
        expect($$(el, 'table')).to.have.length(4);
        expect(text($$(el, 'table')[0]!.querySelector('tbody th'))).to.match(
          /^Phạm Đình Dũng \((truy tặng|posthumous)\)$/,
        );
        await expectAccessible(el);
      });
    }

    it('sort="name" orders individuals by given name with Vietnamese collation; default keeps the given order', async () => {
      const individuals = [
        'Nguyễn Văn An',
        'Đặng Thị Bình',
        'Lê Văn Đức',
        'Trần Thị Ánh',
        'Bùi Minh Châu',
        'Phạm Đình Dũng',
        'Hoàng Văn Ân',
        'Ngô Thị Lan Anh',
      ];
      const decision = {
        form: 'giay-khen',
        recipients: individuals.map((name) => ({ kind: 'individual', name })),
      };
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" sort="name" .decision=${decision}></gov-award-list></div>`,
      );
      expect(visibleNames(el)).to.deep.equal([
        'Nguyễn Văn An',
        'Ngô Thị Lan Anh',
        'Trần Thị Ánh',
        'Hoàng Văn Ân',
        'Đặng Thị Bình',
        'Bùi Minh Châu',
        'Phạm Đình Dũng',
        'Lê Văn Đức',
      ]);
      expect(numbers(el)).to.deep.equal(range(8));
      el.sort = 'given';
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(individuals);
    });

    it('stated total that disagrees: gov-error count-mismatch; a notice only in audit mode', async () => {
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${mismatch}></gov-award-list></div>`,
      );
      errors.stop();
      expect(errors.events).to.have.length(1);
      expect(errors.events[0]!.detail.source).to.equal('gov-award-list');
      expect(errors.events[0]!.detail.issues).to.deep.equal([
        {
          path: 'decisions[0].statedTotal',
          message: 'statedTotal is 19 but 18 recipient(s) are listed',
          code: 'count-mismatch',
        },
      ]);
      expect($(el, '[part~=audit-notice]')).to.equal(null);
      expect(text($(el, '[part~=total]'))).to.equal('18 tập thể, cá nhân được khen thưởng');
      el.audit = true;
      await el.updateComplete;
      expect(text($(el, '[part~=audit-notice]'))).to.equal(
        'Số liệu không khớp: văn bản ghi 19, danh sách có 18.',
      );
      await expectAccessible(el);
      el.lang = 'en';
      await el.updateComplete;
      expect(text($(el, '[part~=audit-notice]'))).to.equal('Count mismatch: stated 19, listed 18.');
      await expectAccessible(el);
    });

    for (const layout of ['list', 'table'] as const) {
      it(`filter from the keyboard (${layout}): accent-insensitive, live region, rows kept in place`, async () => {
        const el = await show<GovAwardList>(
          mode,
          'gov-award-list',
          html`<div>
            <gov-award-list lang="vi" layout=${layout} .decision=${quangTrung}></gov-award-list>
          </div>`,
        );
        const status = $(el, '[part~=status]')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.getAttribute('aria-live')).to.equal('polite');
        expect(text($(el, `label[for=filter]`))).to.equal('Lọc danh sách');
        const rowOf = (name: string) =>
          $$(el, '[part~=recipient]').find((r) => text(r.querySelector('[part~=name]')) === name)!;
        const kept = rowOf('HOÀNG PHƯƠNG');

        await type(el, 'hoang phuong');
        expect(visibleNames(el)).to.deep.equal(['HOÀNG PHƯƠNG']);
        expect(numbers(el, ':not([hidden])'), 'a row keeps its number in the decision').to.deep.equal([7]);
        expect(text(status)).to.equal('1 kết quả phù hợp với “hoang phuong”');
        expect(rowOf('HOÀNG PHƯƠNG'), 'the kept row is the same DOM node').to.equal(kept);
        expect(el.query).to.equal('hoang phuong');
        // The collectives' group has no match: hidden as a whole. Each heading (the caption in a
        // table) says how many of its group match.
        expect($$(el, layout === 'table' ? 'table' : '[part~=group]')[0]!.hidden).to.equal(true);
        expect(headings(el)).to.deep.equal(['Tập thể (0 trong số 5)', 'Cá nhân (1 trong số 14)']);
        await expectAccessible(el);

        await type(el, 'đang');
        // "Đảng viên", "Đảng ủy" in positions match too: positions and units are searched.
        expect(visibleNames(el)).to.deep.equal([
          'Đặng Thị Bình',
          'Bùi Minh Châu',
          'Hoàng Văn Ân',
          'Lý Văn Tùng',
          'Trịnh Xuân Đạt',
        ]);
        await type(el, 'dang thi');
        expect(visibleNames(el)).to.deep.equal(['Đặng Thị Bình'], 'đ folds to d, every word must match');
        await type(el, 'bi thu');
        expect(visibleNames(el)).to.deep.equal(
          ['Nguyễn Văn An', 'Trần Thị Ánh', 'Dương Thị Yến', 'Trịnh Xuân Đạt'],
          'positions are searched too',
        );
        expect(headings(el)[1]).to.equal('Cá nhân (4 trong số 14)');
        expect(numbers(el, ':not([hidden])')).to.deep.equal([1, 4, 12, 14]);
        expect(text(status)).to.equal('4 kết quả phù hợp với “bi thu”');

        await type(el, 'xyz');
        expect(visibleNames(el)).to.deep.equal([]);
        expect(text(status)).to.equal('Không có kết quả phù hợp với “xyz”');
        await expectAccessible(el);
        el.lang = 'en';
        await el.updateComplete;
        expect(text(status)).to.equal('No matches for “xyz”');
        await type(el, 'to dan pho');
        expect(headings(el)).to.deep.equal(['Collectives (2 of 5)', 'Individuals (6 of 14)']);
        await expectAccessible(el);

        await type(el, '');
        expect(visibleNames(el)).to.have.length(19);
        expect(text(status)).to.equal('');
        expect(headings(el), 'unfiltered: the counts alone').to.deep.equal([
          'Collectives (5)',
          'Individuals (14)',
        ]);
        expect($(el, '[part~=group-matches]')).to.equal(null);
        expect(rowOf('HOÀNG PHƯƠNG')).to.equal(kept);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=download]'));
      });
    }

    it('prints the whole list: toolbar hidden, filtered-out rows shown', async () => {
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div>
          <gov-award-list lang="vi" query="hoang phuong" .decision=${quangTrung}></gov-award-list>
        </div>`,
      );
      expect(visibleNames(el)).to.deep.equal(['HOÀNG PHƯƠNG']);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle($(el, '[part~=toolbar]')!).display).to.equal('none');
        expect(getComputedStyle($(el, '[part~=status]')!).display).to.equal('none');
        // Every row prints: the headings say how many there are, not how many match.
        const matches = $$(el, '[part~=group-matches]');
        expect(matches.map((part) => getComputedStyle(part).display)).to.deep.equal(['none', 'none']);
        expect($$(el, '[part~=group-heading]').map((h) => (h as HTMLElement).innerText.trim())).to.deep.equal(
          ['Tập thể (5)', 'Cá nhân (14)'],
        );
        const rows = $$(el, 'li');
        expect(rows.filter((r) => getComputedStyle(r).display === 'block')).to.have.length(19);
        // Rows skipped on screen (content-visibility: auto) are all laid out for print.
        expect(rows.filter((r) => getComputedStyle(r).contentVisibility === 'visible')).to.have.length(19);
        expect(getComputedStyle($$(el, '[part~=group]')[0]!).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle($$(el, 'li')[0]!).display).to.equal('none');
      expect(headings(el)).to.deep.equal(['Tập thể (0 trong số 5)', 'Cá nhân (1 trong số 14)']);
    });

    it('downloads a UTF-8 CSV with a byte-order mark through a temporary link', async () => {
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${quangTrung}></gov-award-list></div>`,
      );
      const { blobs, links } = clickDownload(el);
      expect(links).to.deep.equal([
        { download: 'khen-thuong-163-qd-du.csv', href: 'blob:test-award-csv', inShadow: true },
      ]);
      expect($(el, 'a'), 'link removed').to.equal(null);
      expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(
        csv.startsWith(
          '\uFEFFSố quyết định,Ngày ký,Hình thức,Đối tượng,STT,Tên,Chức vụ,Đơn vị,Truy tặng\r\n',
        ),
      ).to.equal(true);
      expect(csv).to.contain(
        '\r\n163/QĐ-ĐU,15/03/2023,Giấy khen,Cá nhân,1,Nguyễn Văn An,Bí thư chi bộ,Tổ dân phố 1,\r\n',
      );
      expect(csv.split('\r\n')).to.have.length(21);
    });

    it('bad data: renders the valid part, a notice, and gov-error with every path', async () => {
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" audit .decision=${broken}></gov-award-list></div>`,
      );
      errors.stop();
      expect(visibleNames(el)).to.deep.equal(['Chi bộ 2', 'Nguyễn Văn An']);
      expect(text($(el, '[part~=heading]'))).to.equal('Khen thưởng');
      expect(text($(el, '[part~=notice]'))).to.equal('8 mục không hợp lệ bị bỏ qua.');
      expect(errors.events).to.have.length(1);
      const paths = errors.events[0]!.detail.issues.map((i) => i.path);
      expect(paths).to.include.members([
        'decisions[0].recipients[1].kind',
        'decisions[0].recipients[3].name',
        'decisions[0].recipients[4]',
        'decisions[0].recipients[5].posthumous',
        'decisions[0].signedAt',
        'decisions[0].form',
        'decisions[0].issuer',
        'decisions[0].statedTotal',
      ]);
      expect(paths).to.have.length(8);
      await expectAccessible(el);
    });

    it('not a decision at all: no list, a notice and gov-error, never a throw', async () => {
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="en" .decisions=${['oops', null]}></gov-award-list></div>`,
      );
      errors.stop();
      expect($(el, 'input')).to.equal(null);
      expect(text($(el, '[part~=notice]'))).to.equal('Invalid entries left out: 2.');
      expect(errors.events[0]!.detail.issues.map((i) => i.path)).to.deep.equal([
        'decisions[0]',
        'decisions[1]',
      ]);
      await expectAccessible(el);
    });

    describe('src', () => {
      const original = window.fetch;
      afterEach(() => {
        window.fetch = original;
      });

      it('fetches JSON on the client with an AbortController; on failure keeps the last good data', async () => {
        const calls: { url: string; signal: AbortSignal | null | undefined }[] = [];
        window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
          const url = String(input);
          calls.push({ url, signal: init?.signal });
          if (url.endsWith('/good.json'))
            return new Response(JSON.stringify(province), {
              headers: { 'content-type': 'application/json' },
            });
          return new Response('nope', { status: 503 });
        };
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await show<GovAwardList>(
          mode,
          'gov-award-list',
          html`<div><gov-award-list lang="vi" src="/awards/good.json"></gov-award-list></div>`,
        );
        await waitUntil(() => $(el, '[part~=heading]'), 'loaded');
        expect(text($(el, '[part~=heading]'))).to.equal('Bằng khen');
        expect(calls[0]!.url).to.equal('/awards/good.json');
        expect(calls[0]!.signal).to.be.instanceOf(AbortSignal);
        await expectAccessible(el);

        el.src = '/awards/down.json';
        await waitUntil(() => $(el, '[role=alert]'), 'error shown');
        errors.stop();
        expect(text($(el, '[role=alert]'))).to.equal('Không tải được dữ liệu (HTTP 503). Thử lại');
        expect(text($(el, '[part~=heading]')), 'last good data kept').to.equal('Bằng khen');
        expect(errors.events.at(-1)!.detail.issues).to.deep.equal([
          { path: 'src', message: 'HTTP 503', code: 'fetch-failed' },
        ]);
        await expectAccessible(el);
      });

      it('shows a loading notice, then the list; a network error leaves a readable message', async () => {
        let release!: (r: Response) => void;
        window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
        const el = await show<GovAwardList>(
          mode,
          'gov-award-list',
          html`<div><gov-award-list lang="en" src="/awards/slow.json"></gov-award-list></div>`,
        );
        expect(text($(el, '[part~=notice]'))).to.equal('Loading…');
        await waitUntil(() => release, 'fetch started');
        release(new Response(JSON.stringify([quangTrung])));
        await waitUntil(() => $(el, '[part~=total]'), 'loaded');
        expect(text($(el, '[part~=total]'))).to.equal('19 collectives and individuals awarded');

        window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
        el.src = '/awards/offline.json';
        await waitUntil(() => $(el, '[role=alert]'), 'error shown');
        expect(text($(el, '[role=alert]'))).to.equal('Could not load the list (Failed to fetch). Try again');
        expect($$(el, 'li')).to.have.length(19);
      });
    });

    describe('src faults after a good load', () => {
      const original = window.fetch;
      afterEach(() => {
        window.fetch = original;
      });
      type Answer = () => Response | Promise<Response>;
      /** Answers served without the network, by URL; a missing URL fails the test. */
      const serve = (answers: Record<string, Answer>) => {
        window.fetch = async (input: RequestInfo | URL) => answers[String(input)]!();
      };
      const json = (body: unknown) =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      const malformed = { path: 'src', message: 'not an award decision', code: 'malformed' };
      /** A faulty answer: the detail the alert shows, the code of the first issue, and every issue when known. */
      const FAULTS: { url: string; answer: Answer; detail: string; code: string; issues?: object[] }[] = [
        {
          url: '/awards/unexpected.json',
          answer: () => json({ unexpected: true }),
          detail: 'JSON',
          code: 'malformed',
          issues: [malformed, { path: 'decisions[0].form', message: 'required', code: 'required' }],
        },
        {
          url: '/awards/null.json',
          answer: () => json(null),
          detail: 'JSON',
          code: 'malformed',
          issues: [malformed],
        },
        {
          url: '/awards/empty.json',
          answer: () => json([]),
          detail: 'JSON',
          code: 'malformed',
          issues: [malformed],
        },
        {
          url: '/awards/garbage.json',
          answer: () => json([1, 'x', null]),
          detail: 'JSON',
          code: 'malformed',
          issues: [
            malformed,
            ...['decisions[0]', 'decisions[1]', 'decisions[2]'].map((path) => ({
              path,
              message: 'must be an object',
              code: 'invalid',
            })),
          ],
        },
        {
          url: '/awards/no-recipients.json',
          answer: () => json({ form: 'bang-khen', recipients: [{ kind: 'person', name: 'Lê Văn Đức' }] }),
          detail: 'JSON',
          code: 'malformed',
          issues: [
            malformed,
            {
              path: 'decisions[0].recipients[0].kind',
              message: 'must be one of collective, individual, household',
              code: 'invalid',
            },
          ],
        },
        {
          url: '/awards/error.json',
          answer: () => new Response('{"error":"boom"}', { status: 500 }),
          detail: 'HTTP 500',
          code: 'fetch-failed',
          issues: [{ path: 'src', message: 'HTTP 500', code: 'fetch-failed' }],
        },
        {
          url: '/awards/maintenance.json',
          answer: () =>
            new Response('<!doctype html><p>Bảo trì hệ thống</p>', {
              headers: { 'content-type': 'text/html' },
            }),
          detail: 'JSON',
          code: 'invalid-json',
        },
        {
          url: '/awards/offline.json',
          answer: () => Promise.reject(new TypeError('Failed to fetch')),
          detail: 'Failed to fetch',
          code: 'fetch-failed',
          issues: [{ path: 'src', message: 'Failed to fetch', code: 'fetch-failed' }],
        },
      ];

      it('every fault keeps the last good decision, an alert with a retry button, and gov-error only', async () => {
        const answers: Record<string, Answer> = { '/awards/good.json': () => json(province) };
        for (const fault of FAULTS) answers[fault.url] = fault.answer;
        serve(answers);
        const template = html`<div><gov-award-list lang="vi" src="/awards/good.json"></gov-award-list></div>`;
        const el = await show<GovAwardList>(mode, 'gov-award-list', template);
        await waitUntil(() => $(el, '[part~=total]'), 'loaded');
        const shown = () => [text($(el, '[part~=heading]')), visibleNames(el), text($(el, '[part~=total]'))];
        const good = shown();
        expect(good[0]).to.equal('Bằng khen');
        expect($(el, '[role=alert]')).to.equal(null);

        for (const fault of FAULTS) {
          const errors = collectEvents<GovErrorDetail>('gov-error');
          el.src = fault.url;
          await waitUntil(() => errors.events.length > 0, `gov-error for ${fault.url}`);
          await el.updateComplete;
          errors.stop();
          expect(shown(), `${fault.url}: the last good data stays`).to.deep.equal(good);
          const alert = text($(el, '[role=alert]'));
          expect(alert, fault.url).to.equal(`Không tải được dữ liệu (${fault.detail}). Thử lại`);
          expect(text($(el, '[role=alert] [part~=retry]'))).to.equal('Thử lại');
          expect(errors.events, `${fault.url}: one gov-error`).to.have.length(1);
          const issues = errors.events[0]!.detail.issues;
          expect(issues[0]!.code, fault.url).to.equal(fault.code);
          if (fault.issues) expect(issues, fault.url).to.deep.equal(fault.issues);
          expect(el.issues).to.deep.equal(issues);
        }
        await expectAccessible(el);

        // The service is back: the retry button loads the list again and the alert goes.
        answers['/awards/offline.json'] = () => json(quangTrung);
        const errors = collectEvents<GovErrorDetail>('gov-error');
        $(el, '[part~=retry]')!.click();
        await waitUntil(() => !$(el, '[role=alert]'), 'alert gone after the retry');
        errors.stop();
        expect(text($(el, '[part~=heading]'))).to.equal('Giấy khen');
        expect(visibleNames(el)).to.have.length(19);
        expect(errors.events).to.deep.equal([]);
        expect(el.issues).to.deep.equal([]);
      });

      it('wrong-shape JSON first: no list, an alert with a retry button; the retry loads the list', async () => {
        let answer = () => json({ unexpected: true });
        serve({ '/awards/later.json': () => answer() });
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const template = html`<div>
          <gov-award-list lang="en" src="/awards/later.json"></gov-award-list>
        </div>`;
        const el = await show<GovAwardList>(mode, 'gov-award-list', template);
        await waitUntil(() => $(el, '[role=alert]'), 'alert');
        errors.stop();
        expect(text($(el, '[role=alert]'))).to.equal('Could not load the list (JSON). Try again');
        expect($(el, '[part~=decision]'), 'no empty decision from the wrong shape').to.equal(null);
        expect($(el, '[part~=notice]:not([role=alert])'), 'no loading notice').to.equal(null);
        const paths = errors.events.map((event) => event.detail.issues.map((issue) => issue.path));
        expect(paths).to.deep.equal([['src', 'decisions[0].form']]);
        await expectAccessible(el);
        answer = () => json(posthumous);
        $(el, '[part~=retry]')!.click();
        await waitUntil(() => $(el, '[part~=total]'), 'loaded after the retry');
        expect($(el, '[role=alert]')).to.equal(null);
        expect(text($(el, '[part~=total]'))).to.equal('1 individual awarded');
      });
    });

    it('tag-only: reads a child <script type="application/json"> on the client', async () => {
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div>
          <gov-award-list lang="vi"
            ><script type="application/json">
              {
                "form": "bang-khen",
                "number": "7/QĐ-UBND",
                "signedAt": "2023-03-15",
                "recipients": [
                  { "kind": "individual", "name": "Lê Văn Đức" },
                  { "kind": "household", "name": "Hộ bà Trần Thị Ánh" }
                ],
                "statedTotal": 2
              }
            </script></gov-award-list
          >
        </div>`,
      );
      await waitUntil(() => $(el, '[part~=total]'), 'rendered from the child JSON');
      expect(text($(el, '[part~=heading]'))).to.equal('Bằng khen');
      expect(visibleNames(el)).to.deep.equal(['Lê Văn Đức', 'Hộ bà Trần Thị Ánh']);
      expect(text($(el, '[part~=total]'))).to.equal('2 cá nhân, hộ gia đình được khen thưởng');
      await expectAccessible(el);
    });

    it('tag-only with broken JSON: a notice and gov-error invalid-json', async () => {
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div>
          <gov-award-list lang="vi"
            ><script type="application/json">
              {"form": "bang-khen",
            </script></gov-award-list
          >
        </div>`,
      );
      await waitUntil(() => $(el, '[role=alert]'), 'notice');
      await el.updateComplete;
      errors.stop();
      expect(text($(el, '[role=alert]'))).to.equal('Không tải được dữ liệu (JSON).');
      expect(errors.events.map((e) => e.detail.issues[0]!.code)).to.deep.equal(['invalid-json']);
      await expectAccessible(el);
    });

    it('2,000 recipients: filtering keeps the same row nodes and hides the rest', async function () {
      this.timeout(HEAVY_TEST_TIMEOUT);
      const big = largeDecision(2000);
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${big}></gov-award-list></div>`,
      );
      if (mode.name === 'client') {
        // Rendered in the browser, the rows go in a chunk a task; hydration keeps every server row.
        expect($$(el, 'li').length, 'the first chunk').to.be.within(1, 1999);
        await waitUntil(() => $$(el, 'li').length === 2000, 'every row added', {
          timeout: HEAVY_TEST_TIMEOUT,
        });
      }
      const rows = $$(el, 'li');
      expect(rows).to.have.length(2000);
      expect(text($(el, '[part~=total]'))).to.match(/^2\.000 tập thể, cá nhân được khen thưởng$/);
      el.query = 'duc';
      await el.updateComplete;
      const after = $$(el, 'li');
      expect(after).to.have.length(2000, 'no row removed or re-created');
      // One assertion for all the rows (2,000 of chai's each cost seconds on a loaded machine).
      const replaced = after.findIndex((row, i) => row !== rows[i]);
      expect(replaced, 'the first row that is not the same node').to.equal(-1);
      const shown = after.filter((r) => !r.hidden);
      expect(shown.length).to.be.greaterThan(0).and.lessThan(2000);
      const folded = (row: HTMLElement) =>
        text(row)
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[đĐ]/g, 'd')
          .toLowerCase();
      expect(
        shown.map(folded).filter((row) => !row.includes('duc')),
        'shown rows without "duc"',
      ).to.deep.equal([]);
      expect(text($(el, '[part~=status]'))).to.equal(`${shown.length} kết quả phù hợp với “duc”`);
    });

    it('printing before every row is in: they all go in first (beforeprint)', async function () {
      this.timeout(HEAVY_TEST_TIMEOUT);
      const big = largeDecision(3000);
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${big}></gov-award-list></div>`,
      );
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect($$(el, 'li')).to.have.length(3000);
      expect(numbers(el).at(-1)).to.equal($$(el, 'ol').at(-1)!.children.length);
    });

    it('20,000 recipients: every row numbered, in the DOM, counted, filtered and in the CSV', async function () {
      this.timeout(180_000); // 20,000 rows, rendered on the server too in SSR mode: minutes under load
      const big = largeDecision(20_000);
      const collectives = big.recipients.filter((r) => r.kind === 'collective');
      const last = collectives.at(-1)!; // "Chi bộ Tổ dân phố 19…": near the end of the decision
      const el = await show<GovAwardList>(
        mode,
        'gov-award-list',
        html`<div><gov-award-list lang="vi" .decision=${big}></gov-award-list></div>`,
      );
      // Filtered at once, before the browser has added every row: the rows added later follow.
      el.query = last.name;
      await el.updateComplete;
      expect(text($(el, '[part~=status]'))).to.equal(`1 kết quả phù hợp với “${last.name}”`);
      await waitUntil(() => $$(el, 'li').length === 20_000, 'every row in the DOM', { timeout: 120_000 });
      expect(visibleNames(el)).to.deep.equal([last.name]);
      expect(numbers(el, ':not([hidden])'), 'its number in the decision').to.deep.equal([collectives.length]);
      expect($$(el, 'li[value]')).to.have.length(0);
      expect(numbers(el)).to.deep.equal([
        ...range(collectives.length),
        ...range(20_000 - collectives.length),
      ]);
      expect(headings(el), 'while filtered: how many of each group match').to.deep.equal([
        `Tập thể (1 trong số ${collectives.length})`,
        `Cá nhân (0 trong số ${20_000 - collectives.length})`,
      ]);
      expect(text($(el, '[part~=total]'))).to.equal('20.000 tập thể, cá nhân được khen thưởng');

      // Every recipient is in a "Tổ dân phố": the live status counts all 20,000.
      el.query = 'to dan pho';
      await el.updateComplete;
      expect(text($(el, '[part~=status]'))).to.equal('20000 kết quả phù hợp với “to dan pho”');
      expect($$(el, 'li:not([hidden])')).to.have.length(20_000);
      const teachers = big.recipients.filter((r) => r.position === 'Giáo viên').length;
      el.query = 'giao vien';
      await el.updateComplete;
      expect(text($(el, '[part~=status]'))).to.equal(`${teachers} kết quả phù hợp với “giao vien”`);
      expect($$(el, 'li:not([hidden])')).to.have.length(teachers);

      const { blobs } = clickDownload(el);
      const lines = (await blobs[0]!.text()).split('\r\n');
      expect(lines, 'a header, every recipient whatever the filter shows, and the last CRLF').to.have.length(
        20_002,
      );
      expect(lines.filter((line) => line.includes(`,${last.name},`))).to.have.length(1);
    });
  });
}

describe('gov-award-list without JavaScript', () => {
  /**
   * The server's HTML for `template`, parsed as a browser that runs no script reads it: its
   * declarative shadow roots attached, no custom element upgraded (a parsed document has no
   * browsing context), nothing hydrated.
   */
  async function withoutScripts(template: TemplateResult): Promise<GovAwardList> {
    const modules = [new URL('../../src/elements/award-list/define.ts', import.meta.url).pathname];
    const markup = await executeServerCommand<string, object>('lit-ssr-render', { template, modules });
    expect(markup, 'no <?>: a template that ends with a binding').not.to.contain('<?');
    const parser = Document as unknown as { parseHTMLUnsafe(html: string): Document };
    const element = parser.parseHTMLUnsafe(markup).querySelector('gov-award-list') as GovAwardList;
    expect(element.shadowRoot, 'a declarative shadow root').to.not.equal(null);
    expect(element.matches(':defined'), 'not upgraded').to.equal(false);
    return element;
  }

  for (const layout of ['list', 'table'] as const) {
    it(`the server's HTML (${layout}) offers no filter and no download; a query set on the server filters it`, async () => {
      const el = await withoutScripts(
        html`<div>
          <gov-award-list lang="vi" layout=${layout} query="hoang" .decision=${quangTrung}></gov-award-list>
        </div>`,
      );
      expect($$(el, 'input, button, label, [part~=filter], [part~=download]')).to.deep.equal([]);
      expect($(el, '[part~=toolbar]')!.children, 'an empty row').to.have.length(0);
      expect($$(el, '[part~=recipient]')).to.have.length(19);
      expect(visibleNames(el)).to.deep.equal(['HOÀNG PHƯƠNG', 'Hoàng Văn Ân']);
      expect(text($(el, '[part~=status]'))).to.equal('2 kết quả phù hợp với “hoang”');
      expect(headings(el)).to.deep.equal(['Tập thể (0 trong số 5)', 'Cá nhân (2 trong số 14)']);
    });
  }
});

describe('gov-award-list hydrating', () => {
  afterEach(() => document.querySelectorAll('.hydration-host').forEach((host) => host.remove()));

  it('the list does not move down when the filter and the download arrive after hydration', async () => {
    const modules = [new URL('../../src/elements/award-list/define.ts', import.meta.url).pathname];
    const template = html`<gov-award-list
      defer-hydration
      lang="vi"
      .decision=${quangTrung}
    ></gov-award-list>`;
    const markup = await executeServerCommand<string, object>('lit-ssr-render', { template, modules });
    const host = document.createElement('div');
    host.className = 'hydration-host';
    document.body.append(host);
    // Declarative shadow roots are attached by setHTMLUnsafe, as by a page's parser.
    (host as HTMLElement & { setHTMLUnsafe(markup: string): void }).setHTMLUnsafe(markup);
    const el = host.querySelector('gov-award-list') as GovAwardList;
    const decisionTop = () => $(el, '[part~=decision]')!.getBoundingClientRect().top;
    const before = decisionTop();
    expect($(el, '[part~=toolbar]')!.children, 'no controls before hydration').to.have.length(0);

    el.decision = quangTrung;
    el.removeAttribute('defer-hydration');
    await waitUntil(() => $(el, '[part~=filter]'), 'the controls arrive after hydration');
    expect(decisionTop(), 'the decision stays where the server put it').to.equal(before);
  });
});
