import { css } from 'lit';

// `data` is the number (part `count`), the only `<data>` in the shadow root.
export const styles = css`
  :host {
    color: var(--gov-view-counter-color, inherit);
  }
  data {
    font-weight: var(--gov-view-counter-count-weight, 600);
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    :host {
      color: CanvasText;
    }
  }
`;
