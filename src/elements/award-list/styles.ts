import { css } from 'lit';

// Written compactly on purpose: Lit's css`` is not minified by the bundler and every byte
// counts against the entry's 5 KB budget. One rule a line. Parts are matched exactly
// ([part=x]) except the two that carry a second name (notice, cell). Rows and groups the filter
// hides carry `hidden` (the UA hides them on screen); in print the author display values below
// win over the UA rule, so the whole list prints. List rows are blocks, not list items (their
// numbers are printed; Chromium renumbers list items in quadratic time when `hidden` changes),
// so they hide by a rule of their own; off screen their layout waits (content-visibility).
// Forced colours need no rule: notices keep their border (the background is what goes), and
// nothing moves, so there is no motion to reduce.
export const styles = css`
  :host {
    --m: var(--gov-award-list-muted, var(--gov-color-text-muted, #595959));
    --a: var(--gov-award-list-accent, var(--gov-color-primary, #a50f15));
    display: block;
    color: var(--gov-award-list-text, var(--gov-color-text, #1b1b1b));
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input,
  button {
    font: inherit;
    color: inherit;
    background: 0;
    border: 1px solid var(--m);
    border-radius: 0.25rem;
    padding: 0.25rem 0.5rem;
  }
  input {
    flex: 1 1 12rem;
  }
  :focus-visible {
    outline: 0.2rem solid var(--gov-award-list-focus, var(--gov-color-focus, #0b4ea2));
  }
  [role='status'],
  [part='meta'],
  [part='details'],
  [part='posthumous'] {
    color: var(--m);
  }
  [part~='notice'] {
    background: var(--gov-award-list-notice-bg, var(--gov-color-warning-bg, #fff4d6));
    border-inline-start: 0.25rem solid var(--a);
    padding: 0.5rem;
  }
  [part='heading'] {
    color: var(--a);
    font-size: 1.25rem;
    font-weight: 700;
    margin-block-start: 1rem;
  }
  [part='group-heading'],
  [part='total'] {
    font-weight: 700;
    margin-block: 1rem 0.25rem;
    text-align: start;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  td,
  th {
    border: 1px solid var(--gov-award-list-border, var(--gov-color-border, #c9c9c9));
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  li {
    display: block;
    content-visibility: auto;
    contain-intrinsic-size: auto 1.5em;
  }
  @media not print {
    li[hidden] {
      display: none;
    }
  }
  li,
  tr {
    break-inside: avoid;
  }
  @media print {
    [part='toolbar'],
    [role='status'] {
      display: none;
    }
    section {
      display: block;
    }
    table {
      display: table;
    }
    tr {
      display: table-row;
    }
    li {
      content-visibility: visible;
    }
  }
`;
