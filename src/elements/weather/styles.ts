import { css } from 'lit';

// The build minifies this text (scripts/build.mjs), so it is written out in full. --_border,
// --_accent and --_radius are private shorthands of the documented --gov-weather-* properties.
// Rows and their loading placeholders share one min-block-size per layout: nothing shifts.
// Nothing here moves (no transition or animation), so there is no motion to reduce.
export const styles = css`
  :host {
    display: block;
    color: var(--gov-weather-text, var(--gov-color-text, #1b1b1b));
    --_border: 1px solid var(--gov-weather-border, var(--gov-color-border, #c9c9c9));
    --_accent: var(--gov-weather-accent, var(--gov-color-primary, #a50f15));
    --_radius: var(--gov-weather-radius, var(--gov-radius, 0.25rem));
  }
  section {
    background: var(--gov-weather-background, var(--gov-color-surface, #fff));
    border: var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    line-height: 1.4;
  }
  [part='heading'] {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    border-inline-start: 0.25rem solid var(--_accent);
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
    border-block-end: var(--_border);
  }
  [part~='placeholder'] {
    background: var(--gov-weather-placeholder, var(--gov-color-placeholder, #ececec));
    border-radius: var(--_radius);
  }
  svg {
    grid-area: i;
    inline-size: 2rem;
    block-size: 2rem;
    align-self: start;
    fill: none;
    stroke: var(--gov-weather-icon-color, var(--_accent));
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
    border: var(--_border);
    border-radius: var(--_radius);
  }
  [data-layout='compact'] li {
    grid: 'i n t' 'i c t'/2rem 1fr auto;
    min-block-size: 2.8rem;
  }
  p {
    margin: 0.5rem 0 0;
  }
  [part~='stale'],
  [part='old'],
  [part='status'] {
    color: var(--gov-weather-warning, var(--gov-color-warning-text, #8a3b00));
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: var(--_radius);
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
