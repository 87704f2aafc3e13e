import { css } from 'lit';

// Compact on purpose: css`` text is not minified and counts against the 6 KB budget.
// Rows and their loading placeholders share one min-block-size per layout: nothing shifts.
// Nothing here moves (no transition or animation), so there is no motion to reduce.
export const styles = css`
  :host {
    display: block;
    color: var(--gov-weather-text, var(--gov-color-text, #1b1b1b));
    --b: 1px solid var(--gov-weather-border, var(--gov-color-border, #c9c9c9));
    --a: var(--gov-weather-accent, var(--gov-color-primary, #a50f15));
    --r: var(--gov-weather-radius, var(--gov-radius, 0.25rem));
  }
  section {
    background: var(--gov-weather-background, var(--gov-color-surface, #fff));
    border: var(--b);
    border-radius: var(--r);
    padding: 0.75rem 1rem;
    line-height: 1.4;
  }
  [part='heading'] {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    border-inline-start: 0.25rem solid var(--a);
    padding-inline-start: 0.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: grid;
    grid: 'i n t' 'i c c' 'i d d' 1fr/2rem 1fr auto;
    gap: 0 0.5rem;
    align-items: center;
    min-block-size: 5.75rem;
    padding-block: 0.5rem;
    border-block-end: var(--b);
  }
  [part~='placeholder'] {
    background: var(--gov-weather-placeholder, var(--gov-color-placeholder, #ececec));
    border-radius: var(--r);
  }
  svg {
    grid-area: i;
    inline-size: 2rem;
    block-size: 2rem;
    align-self: start;
    fill: none;
    stroke: var(--gov-weather-icon-color, var(--a));
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='name'] {
    grid-area: n;
    font-weight: 600;
  }
  [part='temp'] {
    grid-area: t;
    font-size: 1.25rem;
    font-weight: 600;
  }
  [part='condition'] {
    grid-area: c;
  }
  dl {
    grid-area: d;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0;
    align-self: start;
  }
  dl,
  [part='footer'] {
    font-size: 0.875rem;
    color: var(--gov-weather-muted, var(--gov-color-text-muted, #595959));
  }
  dl div {
    display: flex;
    gap: 0.25rem;
  }
  dd {
    margin: 0;
  }
  [data-layout='grid'] ul {
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
  }
  [data-layout='grid'] li {
    grid: 'i t' 'n n' 'c c' 'd d' 1fr/2rem 1fr;
    min-block-size: 9.75rem;
    padding: 0.75rem;
    border: var(--b);
    border-radius: var(--r);
  }
  [data-layout='compact'] li {
    grid: 'i n t' 'i c t'/2rem 1fr auto;
    min-block-size: 2.8rem;
  }
  p {
    margin: 0.5rem 0 0;
  }
  [part~='stale'],
  [part='status'] {
    color: var(--gov-weather-warning, var(--gov-color-warning-text, #8a3b00));
    font-weight: 600;
  }
  a {
    color: var(--a);
  }
  button {
    font: inherit;
    color: var(--a);
    background: none;
    border: 1px solid;
    border-radius: var(--r);
    padding: 0.25rem 0.75rem;
    margin-inline-start: 0.5rem;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--gov-weather-focus, var(--gov-color-focus, #0b4ea2));
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [part~='placeholder'] {
      border: 1px solid CanvasText;
    }
    svg {
      stroke: CanvasText;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
