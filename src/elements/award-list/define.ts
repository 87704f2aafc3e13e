/** `gov-portal-elements/award-list`: defines `<gov-award-list>`. */
import { defineElement } from '../shared/define.js';
import type { GovErrorDetail } from '../shared/events.js';
import { GovAwardList } from './gov-award-list.js';

// The detail of the `gov-error` event (the generated JSX and Vue types import it from here).
export type { GovErrorDetail } from '../shared/events.js';
export { GovAwardList, toAwardCsv, type AwardSort } from './gov-award-list.js';

defineElement('gov-award-list', GovAwardList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-award-list': GovAwardList;
  }
  interface HTMLElementEventMap {
    'gov-error': CustomEvent<GovErrorDetail>;
  }
}
