import { defineElement } from '../shared/define.js';
import { GovViewCounter, type ViewCountDetail } from './gov-view-counter.js';

defineElement('gov-view-counter', GovViewCounter);

// The detail of the `gov-error` event (the generated JSX and Vue types import it from here).
export type { GovErrorDetail } from '../shared/events.js';
export { GovViewCounter, type ViewCountDetail };

declare global {
  interface HTMLElementTagNameMap {
    'gov-view-counter': GovViewCounter;
  }
  interface HTMLElementEventMap {
    'gov-view-count': CustomEvent<ViewCountDetail>;
  }
}
