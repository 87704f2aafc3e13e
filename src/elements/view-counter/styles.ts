import { css } from 'lit';

// Written compactly on purpose: css`` text is not minified and counts against the 2 KB budget.
export const styles = css`
  :host {
    color: var(--gov-view-counter-color, inherit);
  }
  [part='count'] {
    font-weight: var(--gov-view-counter-count-weight, 600);
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    :host {
      color: CanvasText;
    }
  }
`;
