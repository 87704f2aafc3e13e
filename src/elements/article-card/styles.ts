import { css } from 'lit';

// Only the parts and variants that exist are styled; every custom property used here is
// documented on the class and falls back to a global --gov-… token. The build minifies this text.
// Nothing here moves (no transition or animation), so there is no motion to reduce.
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--gov-card-text, var(--gov-color-text, #1b1b1b));
    line-height: 1.5;
  }
  article {
    display: flex;
    gap: var(--gov-card-gap, 1rem);
    padding-block-end: 1rem;
    border-block-end: 1px solid var(--gov-card-border, var(--gov-color-border, #c9c9c9));
  }
  div {
    flex: 1;
  }
  .compact div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
  }
  img {
    order: -1;
    inline-size: var(--gov-card-image-width, 35%);
    block-size: auto;
    aspect-ratio: var(--gov-card-image-ratio, 16/9);
    object-fit: cover;
  }
  .featured {
    flex-direction: column;
  }
  .featured img {
    inline-size: 100%;
  }
  @container (width<30rem) {
    article {
      flex-direction: column;
    }
    img {
      inline-size: 100%;
    }
  }
  [part='headline'],
  p {
    margin: 0;
  }
  [part='headline'] {
    font-size: var(--gov-card-headline-size, 1.125rem);
  }
  .featured [part='headline'] {
    font-size: var(--gov-card-featured-headline-size, 1.5rem);
  }
  a {
    color: var(--gov-card-link, var(--gov-color-link, #0b4ea2));
  }
  a:focus-visible {
    outline: 3px solid var(--gov-card-focus, var(--gov-color-focus, #0b4ea2));
  }
  [part='section'],
  [part='meta'],
  [part='byline'] {
    font-size: 0.875rem;
  }
  [part='section'] {
    font-weight: 700;
  }
  [part='meta'],
  [part='byline'] {
    color: var(--gov-card-muted, var(--gov-color-text-muted, #595959));
  }
  [part='views-count'] {
    font-weight: var(--gov-view-counter-count-weight, 600);
    font-variant-numeric: tabular-nums;
  }
  [part='summary'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--gov-card-summary-lines, 3);
    overflow: hidden;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
  @media print {
    article {
      break-inside: avoid;
    }
    img {
      display: none;
    }
  }
`;
