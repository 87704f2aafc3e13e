import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/award-list/define.js';
import type { AwardDecision } from '../src/model/types.js';
// ILLUSTRATIVE SAMPLE DATA: the seed page names no one; every name here is made up.
import { quangTrung, province, posthumous, mismatch, broken, largeDecision } from '../test/fixtures/award-list/samples.js';

interface Args {
  layout: 'list' | 'table';
  sort: 'given' | 'name';
  audit: boolean;
  query: string;
  lang: '' | 'vi' | 'en';
}

const one = (decision: unknown) => (a: Args) =>
  html`<gov-award-list
    layout=${a.layout}
    sort=${a.sort}
    ?audit=${a.audit}
    query=${a.query}
    lang=${a.lang || nothing}
    .decision=${decision as AwardDecision}
  ></gov-award-list>`;

const meta: Meta<Args> = {
  title: 'Elements/gov-award-list',
  component: 'gov-award-list',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'table'] },
    sort: { control: 'inline-radio', options: ['given', 'name'] },
    lang: { control: 'inline-radio', options: ['', 'vi', 'en'], description: "'' follows the toolbar language" },
  },
  args: { layout: 'list', sort: 'given', audit: false, query: '', lang: '' },
  render: one(quangTrung),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The seed's ward-level award: Giấy khen of the ward Party committee, "Các tập thể được khen
 * thưởng" and "Các cá nhân được khen thưởng", 19 in all. Names are illustrative sample data.
 */
export const WardGiayKhen: Story = {};

export const WardGiayKhenTable: Story = { args: { layout: 'table' } };

/** Individuals filed by given name (the last word), with Vietnamese collation. */
export const SortedByName: Story = { args: { sort: 'name' } };

/** Accent-insensitive filter: "hoang phuong" finds HOÀNG PHƯƠNG. */
export const Filtered: Story = { args: { query: 'hoang phuong' } };

export const FilteredNoMatch: Story = { args: { query: 'không có ai' } };

/** A province Bằng khen with a household and a posthumous award. */
export const ProvinceBangKhen: Story = { render: one(province) };

/** Huân chương Lao động hạng Ba, truy tặng. */
export const Posthumous: Story = { render: one(posthumous) };

/** Stated 19, listed 18: editors see the notice in audit mode (the event fires either way). */
export const MismatchAudit: Story = { args: { audit: true }, render: one(mismatch) };

/** Broken data: the valid part, a notice, and gov-error with the paths. */
export const BadData: Story = { args: { audit: true }, render: one(broken) };

/** 2,000 recipients, generated deterministically: the filter stays responsive. */
export const TwoThousand: Story = { render: one(largeDecision(2000)) };

export const English: Story = { args: { lang: 'en' } };

export const EnglishTable: Story = { args: { lang: 'en', layout: 'table' }, render: one(province) };

/** Several decisions through `decisions`. */
export const SeveralDecisions: Story = {
  render: (a) => html`<gov-award-list layout=${a.layout} lang=${a.lang || nothing} .decisions=${[posthumous, province]}></gov-award-list>`,
};

/** Tag-only: the decision in a child JSON script (read in the browser). */
export const TagOnly: Story = {
  render: () =>
    html`<gov-award-list lang="vi"><script type="application/json">{"form":"bang-khen","number":"7/QĐ-UBND","signedAt":"2023-03-15","issuer":{"title":"Chủ tịch","body":"UBND phường Quang Trung"},"recipients":[{"kind":"collective","name":"Tổ dân phố 3"},{"kind":"individual","name":"Lê Văn Đức","position":"Tổ trưởng"}],"statedTotal":2}</script></gov-award-list>`,
};
