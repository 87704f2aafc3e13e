import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/view-counter/define.js';
import { spread } from './support/spread.js';
import { speaks } from './support/rendered.js';
import { checkControls } from './support/controls-check.js';

/** The story's args: one per attribute, named as the attribute. */
interface Args {
  count?: number;
  src?: string;
  track?: boolean;
  'track-url'?: string;
  'article-id'?: string;
  notation?: 'standard' | 'compact';
  timeout?: number;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-view-counter',
  component: 'gov-view-counter',
  tags: ['autodocs'],
  args: { count: 55, notation: 'standard' },
  render: (args) => html`<gov-view-counter ${spread(args)}></gov-view-counter>`,
};
export default meta;
type Story = StoryObj<Args>;

/** "55 lượt xem" in Vietnamese (the toolbar's default), "55 views" in English. */
export const Default: Story = { play: speaks({ vi: '55 lượt xem', en: '55 views' }) };

/** The toolbar set to English (`globals: { locale: 'en' }`). */
export const English: Story = { globals: { locale: 'en' }, play: speaks({ vi: 'lượt xem', en: '55 views' }) };

/** The element's own `lang` wins over the page's (and the toolbar's). */
export const OwnLang: Story = { args: { lang: 'en' }, play: speaks({ vi: 'lượt xem', en: '55 views' }) };

export const One: Story = { args: { count: 1 } };

/** vi "1.234 lượt xem", en "1,234 views". */
export const Grouped: Story = {
  args: { count: 1234 },
  play: speaks({ vi: '1.234 lượt xem', en: '1,234 views' }),
};

export const Compact: Story = { args: { count: 1234567, notation: 'compact' } };

/** A bad count shows nothing (and fires gov-error). */
export const BadCount: Story = { args: { count: -1 } };

/**
 * Reads its count from `src`. Here `src` is a data: URL holding `{"count": 56}`, so the story
 * needs no server; a real page points it at the counting service (see the README contract).
 */
export const FromSrc: Story = {
  args: { src: `data:application/json,${encodeURIComponent('{"count":56}')}` },
};

/** A failing `src` keeps the last good number (and fires gov-error). */
export const FailedSrc: Story = { args: { src: 'data:application/json,not-json' } };

/** In the date line of the seed page (its words follow the toolbar too). */
export const InDateLine: Story = {
  render: (args, { globals }) =>
    html`<p>
      ${globals.locale === 'en' ? 'Published' : 'Ngày đăng'}
      <time datetime="2023-03-15T19:52:00+07:00">15/03/2023 | 19:52</time> |
      <gov-view-counter ${spread(args)}></gov-view-counter>
    </p>`,
};

/** Test only (hidden): Controls match custom-elements.json, and each control sets its attribute. */
export const ControlsCheck: Story = { tags: ['!dev', '!autodocs'], play: checkControls };
