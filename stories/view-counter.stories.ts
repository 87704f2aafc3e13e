import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/view-counter/define.js';

interface Args {
  count: number | undefined;
  notation: 'standard' | 'compact';
}

const meta: Meta<Args> = {
  title: 'Elements/gov-view-counter',
  component: 'gov-view-counter',
  tags: ['autodocs'],
  argTypes: { notation: { control: 'inline-radio', options: ['standard', 'compact'] } },
  args: { count: 55, notation: 'standard' },
  render: (a) => html`<gov-view-counter count=${a.count ?? nothing} notation=${a.notation}></gov-view-counter>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const One: Story = { args: { count: 1 } };

/** vi "1.234 lượt xem", en "1,234 views". */
export const Grouped: Story = { args: { count: 1234 } };

export const Compact: Story = { args: { count: 1234567, notation: 'compact' } };

/** A bad count shows nothing (and fires gov-error). */
export const BadCount: Story = { args: { count: -1 } };

/**
 * Reads its count from `src`. Here `src` is a data: URL holding `{"count": 56}`, so the story
 * needs no server; a real page points it at the counting service (see the README contract).
 */
export const FromSrc: Story = {
  render: () => html`<gov-view-counter count="55" src=${`data:application/json,${encodeURIComponent('{"count":56}')}`}></gov-view-counter>`,
};

/** A failing `src` keeps the last good number (and fires gov-error). */
export const FailedSrc: Story = {
  render: () => html`<gov-view-counter count="55" src="data:application/json,not-json"></gov-view-counter>`,
};

/** In the date line of the seed page. */
export const InDateLine: Story = {
  render: (a) => html`<p>Ngày đăng <time datetime="2023-03-15T19:52:00+07:00">15/03/2023 | 19:52</time> | <gov-view-counter count=${a.count ?? nothing} notation=${a.notation}></gov-view-counter></p>`,
};
