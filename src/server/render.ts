/**
 * Server rendering over @lit-labs/ssr. The output is declarative shadow DOM
 * (`<template shadowrootmode="open">`), readable without JavaScript and hydrated in the browser
 * once `@lit-labs/ssr-client/lit-element-hydrate-support.js` has loaded.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { TemplateResult } from 'lit';
import { Readable } from 'node:stream';
import { expandFragments } from './fragments.js';
import { finishChunks } from './nonce.js';

export interface RenderOptions {
  /** Elements to defer (hydrate later) — passed through to @lit-labs/ssr. */
  deferHydration?: boolean;
}

/** Renders a Lit template to one HTML string, synchronously. */
export function renderToString(template: TemplateResult, options: RenderOptions = {}): string {
  return expandFragments(collectResultSync(render(template, { deferHydration: options.deferHydration ?? false })));
}

/** Chunks of a Node stream as strings (each chunk is whole UTF-8: @lit-labs/ssr pushes strings). */
export async function* asStrings(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const chunk of stream) yield String(chunk);
}

/** Renders a Lit template as a Node stream, for large pages: bytes go out as they are made. */
export function renderToStream(template: TemplateResult, options: RenderOptions = {}): Readable {
  const lit = new RenderResultReadable(render(template, { deferHydration: options.deferHydration ?? false }));
  return Readable.from(finishChunks(asStrings(lit)), { objectMode: false });
}
