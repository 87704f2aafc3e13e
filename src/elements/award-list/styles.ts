import { css } from 'lit';

// Parts are matched exactly ([part='x']), except `notice`: the audit notice carries a second name.
//
// The filter hides rows and groups with `hidden`, on screen only: the whole list prints. So every
// element that can be hidden gets its display from a rule of ours (an author rule wins over the
// browser's `[hidden] { display: none }` whatever its specificity), and `hidden` hides it by the
// screen-only rule below (an attribute selector is more specific than a type selector).
// List rows are blocks, not list items: they print their own numbers (Chromium renumbers list
// items in quadratic time when `hidden` changes), and off screen their layout waits
// (content-visibility).
// Forced colours need no rule: notices keep their border (the background is what goes), and
// nothing moves, so there is no motion to reduce.
export const styles = css`
  :host {
    --muted: var(--gov-award-list-muted, var(--gov-color-text-muted, #595959));
    --accent: var(--gov-award-list-accent, var(--gov-color-primary, #a50f15));
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
  /* The filter and the download button come right after hydration (they need the script): where
     scripts run, their row is kept free so the list does not move down when they arrive. */
  @media (scripting: enabled) {
    [part='toolbar']:empty {
      min-block-size: calc(1.5em + 0.5rem + 2px);
    }
  }
  input,
  button {
    font: inherit;
    color: inherit;
    background: 0;
    border: 1px solid var(--muted);
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
    color: var(--muted);
  }
  [part~='notice'] {
    background: var(--gov-award-list-notice-bg, var(--gov-color-warning-bg, #fff4d6));
    border-inline-start: 0.25rem solid var(--accent);
    padding: 0.5rem;
  }
  [part='heading'],
  [part='group-heading'],
  [part='total'] {
    font-weight: 700;
    margin-block: 1rem 0.25rem;
    text-align: start;
  }
  [part='heading'] {
    color: var(--accent);
    font-size: 1.25rem;
  }
  section,
  li {
    display: block;
  }
  li {
    content-visibility: auto;
    contain-intrinsic-size: auto 1.5em;
  }
  li,
  tr {
    break-inside: avoid;
  }
  table {
    display: table;
    border-collapse: collapse;
    inline-size: 100%;
  }
  tr {
    display: table-row;
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
  @media not print {
    [hidden] {
      display: none;
    }
  }
  @media print {
    [part='toolbar'],
    [role='status'],
    [part='group-matches'] {
      display: none;
    }
    li {
      content-visibility: visible;
    }
  }
`;
