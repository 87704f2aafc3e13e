/**
 * Reading elements in browser tests, written once for every element's tests.
 */
import type { TemplateResult } from 'lit';
import type { RenderMode } from './render-modes.js';

/** The first match in `host`'s shadow root. */
export const $ = <T extends Element = HTMLElement>(host: Element, selector: string): T | null =>
  host.shadowRoot!.querySelector<T>(selector);

/** Every match in `host`'s shadow root. */
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];

/** Text with whitespace runs as one space and no space at either end. */
export const squeeze = (value: string | null | undefined): string =>
  (value ?? '').replace(/\s+/g, ' ').trim();

/** A node's text, squeezed (see `squeeze`); '' for no node. */
export const text = (node: Node | null | undefined): string => squeeze(node?.textContent);

/** The squeezed text of every match of `selector` in `host`'s shadow root. */
export const texts = (host: Element, selector: string): string[] => $$(host, selector).map(text);

/** Text of a node as a reader sees it: crosses into shadow roots, skips `<style>` and comments. */
export function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeName === 'STYLE' || node.nodeType === Node.COMMENT_NODE) return '';
  const root = (node as Element).shadowRoot;
  return [...(root ?? node).childNodes].map(visibleText).join('');
}

/**
 * Renders `template` (`<div><gov-… ></div>`) in `mode` and returns the element named `tag` in it,
 * updated. Property bindings (`.article=${…}`) reach a server-rendered element only when the SSR
 * fixture hydrates an outer template, which it does not for a top-level custom element: hence the
 * wrapper.
 */
export async function show<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  mode: RenderMode,
  tag: string,
  template: TemplateResult,
): Promise<T> {
  const wrapper = await mode.render<HTMLElement>(template);
  const element = (wrapper.localName === tag ? wrapper : wrapper.querySelector(tag)) as T;
  await element.updateComplete;
  return element;
}
