// The format layer runs unchanged in the browser: same output as in Node, whatever the
// browser's own time zone. Also proves the two render modes of the harness on a plain template.
import { renderModes, cleanupFixtures } from './helpers/render-modes.js';
import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { expectAccessible } from './helpers/axe.js';
import { formatPortalDate, formatCount, formatRelativeTime, foldVietnamese } from '../../src/format/index.js';

describe('format in Chromium', () => {
  it('prints the portal date in Asia/Ho_Chi_Minh whatever the browser zone', () => {
    expect(formatPortalDate('2023-03-15T12:52:00Z')).to.equal('15/03/2023 | 19:52');
    expect(formatPortalDate('2023-03-15T12:52:00Z', { timeZone: 'America/New_York' })).to.equal(
      '15/03/2023 | 08:52',
    );
  });
  it('never prints Invalid Date', () => {
    expect(formatPortalDate('15/03/2023')).to.equal('');
    expect(formatPortalDate('2023-02-30T10:00:00+07:00')).to.not.contain('Invalid');
  });
  it('groups counts per locale and formats relative time with Intl', () => {
    expect(formatCount(1234, { locale: 'vi' })).to.equal('1.234');
    expect(formatCount(1234, { locale: 'en' })).to.equal('1,234');
    const now = Date.parse('2023-03-18T12:52:00Z');
    expect(formatRelativeTime('2023-03-15T12:52:00Z', { now, locale: 'vi' })).to.equal('3 ngày trước');
    expect(formatRelativeTime('2023-03-15T12:52:00Z', { now, locale: 'en' })).to.equal('3 days ago');
  });
  it('folds Vietnamese for search', () => {
    expect(foldVietnamese('HOÀNG PHƯƠNG')).to.equal('hoang phuong');
    expect(foldVietnamese('Đặng')).to.equal('dang');
  });
});

for (const mode of renderModes([])) {
  describe(`harness, ${mode.name}`, () => {
    afterEach(() => cleanupFixtures());
    it('renders a template with the portal date line, accessible', async () => {
      const el = await mode.render(
        html`<p lang="vi">
          Ngày đăng
          <time datetime="2023-03-15T19:52:00+07:00">${formatPortalDate('2023-03-15T19:52:00+07:00')}</time>
        </p>`,
      );
      expect(el.textContent).to.contain('15/03/2023 | 19:52');
      await expectAccessible(el);
    });
  });
}
