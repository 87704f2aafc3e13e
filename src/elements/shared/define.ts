/** Defines a tag once: a page that loads two bundles (or the CDN file and an entry) must not throw. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
