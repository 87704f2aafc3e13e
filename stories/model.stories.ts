// Test only: the Model docs page (model.mdx) is complete and its examples are valid. Hidden from
// the sidebar ('!dev'); it runs with the other stories under vitest.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { modelPageProblems, rowsOf } from './model/rows.js';

const meta: Meta = {
  title: 'Checks/Model page',
  tags: ['!dev', '!autodocs'],
  render: () => html`<p>Checks the tables of Guides/Model against src/model/types.ts.</p>`,
};
export default meta;

export const EveryFieldListedWithAValidExample: StoryObj = {
  play: async () => {
    expect(modelPageProblems()).toEqual([]);
    // The reader's view of a few fields, as the page prints them.
    expect(rowsOf('Article').find((row) => row.field === 'publishedAt')).toMatchObject({
      type: 'string',
      required: false,
      example: '"2023-03-15T19:52:00+07:00"',
    });
    expect(rowsOf('AwardRecipient').find((row) => row.field === 'kind')).toMatchObject({
      type: "RecipientKind ('collective' | 'individual' | 'household')",
      required: true,
    });
    expect(rowsOf('WeatherPlace').map((row) => row.field)).toEqual(
      expect.arrayContaining(['id', 'name', 'latitude', 'observedAt', 'temperature', 'weatherCode', 'isDay']),
    );
  },
};
