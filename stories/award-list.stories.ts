import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/award-list/define.js';
import type { AwardDecision } from '../src/model/types.js';
// ILLUSTRATIVE SAMPLE DATA: the seed page names no one; every name here is made up.
import {
  broken,
  largeDecision,
  mismatch,
  posthumous,
  province,
  quangTrung,
} from '../test/fixtures/award-list/samples.js';
import { spread } from './support/spread.js';
import { speaks } from './support/rendered.js';
import { checkControls } from './support/controls-check.js';

/** The story's args: one per attribute, named as the attribute, plus the `decision(s)` properties. */
interface Args {
  src?: string;
  sort?: 'given' | 'name';
  layout?: 'list' | 'table';
  audit?: boolean;
  query?: string;
  'heading-level'?: number;
  'time-zone'?: string;
  lang?: string;
  decision?: AwardDecision;
  decisions?: AwardDecision[];
}

const meta: Meta<Args> = {
  title: 'Elements/gov-award-list',
  component: 'gov-award-list',
  tags: ['autodocs'],
  args: { layout: 'list', sort: 'given', audit: false, query: '', decision: quangTrung },
  render: (args) => html`<gov-award-list ${spread(args)}></gov-award-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The seed's ward-level award: Giấy khen of the ward Party committee, "Các tập thể được khen
 * thưởng" and "Các cá nhân được khen thưởng", 19 in all. Names are illustrative sample data.
 */
export const WardGiayKhen: Story = { play: speaks({ vi: 'Tải CSV', en: 'Download CSV' }) };

export const WardGiayKhenTable: Story = { args: { layout: 'table' } };

/** Individuals filed by given name (the last word), with Vietnamese collation. */
export const SortedByName: Story = { args: { sort: 'name' } };

/**
 * Accent-insensitive filter: "hoang phuong" finds HOÀNG PHƯƠNG, and each group heading says how
 * many of the group match: "Cá nhân (1 trong số 14)". The filter box and the CSV button appear once
 * the element runs (a server-rendered page without JavaScript offers neither).
 */
export const Filtered: Story = { args: { query: 'hoang phuong' } };

export const FilteredNoMatch: Story = { args: { query: 'không có ai' } };

/** A province Bằng khen with a household and a posthumous award. */
export const ProvinceBangKhen: Story = { args: { decision: province } };

/** Huân chương Lao động hạng Ba, truy tặng. */
export const Posthumous: Story = { args: { decision: posthumous } };

/** Stated 19, listed 18: editors see the notice in audit mode (the event fires either way). */
export const MismatchAudit: Story = { args: { audit: true, decision: mismatch } };

/** Broken data: the valid part, a notice, and gov-error with the paths. */
export const BadData: Story = { args: { audit: true, decision: broken as AwardDecision } };

/** 2,000 recipients, generated deterministically: the filter stays responsive. */
export const TwoThousand: Story = {
  args: { decision: undefined },
  // Given by the render, not as an arg: a JSON editor of 2,000 recipients would only slow Controls.
  render: (args) => html`<gov-award-list ${spread(args)} .decision=${largeDecision(2000)}></gov-award-list>`,
  parameters: { controls: { exclude: ['decision'] } },
};

/** The toolbar set to English (`globals: { locale: 'en' }`). */
export const English: Story = {
  globals: { locale: 'en' },
  play: speaks({ vi: 'Tải CSV', en: 'Download CSV' }),
};

export const EnglishTable: Story = {
  globals: { locale: 'en' },
  args: { layout: 'table', decision: province },
};

/** The element's own `lang` wins over the page's (and the toolbar's). */
export const OwnLang: Story = { args: { lang: 'en' }, play: speaks({ vi: 'Tải CSV', en: 'Download CSV' }) };

/** Several decisions through `decisions`. */
export const SeveralDecisions: Story = { args: { decision: undefined, decisions: [posthumous, province] } };

/** Tag-only: the decision in a child JSON script (read in the browser). */
export const TagOnly: Story = {
  args: { decision: undefined },
  render: (args) =>
    html`<gov-award-list ${spread(args)}
      ><script type="application/json">
        {
          "form": "bang-khen",
          "number": "7/QĐ-UBND",
          "signedAt": "2023-03-15",
          "issuer": { "title": "Chủ tịch", "body": "UBND phường Quang Trung" },
          "recipients": [
            { "kind": "collective", "name": "Tổ dân phố 3" },
            { "kind": "individual", "name": "Lê Văn Đức", "position": "Tổ trưởng" }
          ],
          "statedTotal": 2
        }
      </script></gov-award-list
    >`,
};

/** Test only (hidden): Controls match custom-elements.json, and each control sets its attribute. */
export const ControlsCheck: Story = { tags: ['!dev', '!autodocs'], play: checkControls };
