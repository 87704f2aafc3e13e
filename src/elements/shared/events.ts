import type { Issue } from '../../model/types.js';

export interface GovErrorDetail {
  /** Tag of the element that failed, e.g. `gov-article-card`. */
  source: string;
  issues: Issue[];
}

/** Bubbling, composed: a page can listen once on `document` for every element's problems. */
export function govEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'gov-error': CustomEvent<GovErrorDetail>;
  }
}
