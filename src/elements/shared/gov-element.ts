/**
 * Base for every gov- element: language resolution and error reporting, the two things each
 * element must do the same way.
 */
import { LitElement, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { resolveLocale, type Locale } from '../../format/locale.js';
import type { Issue } from '../../model/types.js';
import { govEvent, type GovErrorDetail } from './events.js';

/**
 * The value when it is a string, else undefined. Properties can be given anything from script, and
 * a Symbol or a deeply nested list must not reach code that turns values into text.
 */
export const asString = (value: unknown): string | undefined =>
  typeof value == 'string' ? value : undefined;

/**
 * The closest non-empty `[lang]` above `el`, crossing shadow roots (closest() stops at them). Only
 * a ShadowRoot is asked for its host: `document.host` can be a page's own `<form name="host">`.
 */
function inheritedLang(el: Element): string | null {
  for (
    let node: Node | null = el.parentNode;
    node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
  }
  return null;
}

export class GovElement extends LitElement {
  // Subclasses declare only their own properties: Lit adds those of the superclass.
  static override properties: PropertyDeclarations = {
    // Only a string is reflected (undefined removes the attribute): setAttribute would throw on a
    // Symbol and recurse into a nested list.
    lang: { reflect: true, converter: { toAttribute: asString } },
  };

  /** Language of the element: its own `lang`, else the closest `[lang]`, else the document's. */
  declare lang: string;

  /** The locale in effect for the current render; computed in `willUpdate`. */
  protected locale: Locale = 'vi';

  /** Problems found in the current data (also sent as `gov-error`). */
  issues: Issue[] = [];

  #pending: Issue[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // An ancestor's lang may have been the one in force; read it again now that we are placed.
    if (!isServer) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inherited = isServer ? null : (inheritedLang(this) ?? document.documentElement.lang);
    this.locale = resolveLocale(asString(this.lang), inherited);
  }

  /** Records issues; the `gov-error` event goes out after the render that shows the fallback. */
  protected reportIssues(issues: Issue[]): void {
    this.issues = issues;
    if (issues.length) this.#pending = issues;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const issues = this.#pending;
    this.#pending = undefined;
    if (issues) this.dispatchEvent(govEvent<GovErrorDetail>('gov-error', { source: this.localName, issues }));
  }
}
