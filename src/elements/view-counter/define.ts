import { defineElement } from '../shared/define.js';
import { GovViewCounter, type ViewCountDetail } from './gov-view-counter.js';

defineElement('gov-view-counter', GovViewCounter);

export { GovViewCounter, type ViewCountDetail };

declare global {
  interface HTMLElementTagNameMap {
    'gov-view-counter': GovViewCounter;
  }
  interface HTMLElementEventMap {
    'gov-view-count': CustomEvent<ViewCountDetail>;
  }
}
