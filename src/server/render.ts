/**
 * Server rendering over @lit-labs/ssr. The output is declarative shadow DOM
 * (`<template shadowrootmode="open">`), readable without JavaScript and hydrated in the browser
 * once `@lit-labs/ssr-client/lit-element-hydrate-support.js` has loaded.
 */
import { render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { Readable } from 'node:stream';
import { expandFragments } from './fragments.js';
import { finishChunks, ShadowStyleRecorder } from './nonce.js';

export interface RenderOptions {
  /** Elements to defer (hydrate later) — passed through to @lit-labs/ssr. */
  deferHydration?: boolean;
  /**
   * Streams only: called when rendering fails part-way (the stream then ends instead of
   * emitting 'error', which would kill a process that only `.pipe(res)`s it). Default: console.error.
   */
  onError?: (error: unknown) => void;
}

/** What every render of this package passes to @lit-labs/ssr. */
export const renderInfo = (options: RenderOptions = {}): Partial<RenderInfo> => ({
  deferHydration: options.deferHydration ?? false,
  elementRenderers: [ShadowStyleRecorder],
});

/**
 * @lit-labs/ssr writes each declarative shadow root as `<template shadowroot="open"
 * shadowrootmode="open">`: the first is the attribute of Chromium 90–110, which HTML never
 * standardised and validators refuse. Browsers since 2023 read `shadowrootmode` alone, so the
 * legacy one is dropped (a `<template>` from content keeps its attributes unless it carries
 * exactly this pair).
 */
const LEGACY_SHADOW_ROOT = /<template shadowroot="(open|closed)" shadowrootmode="\1"/g;
export const withoutLegacyShadowRoot = (html: string): string =>
  html.replace(LEGACY_SHADOW_ROOT, '<template shadowrootmode="$1"');

/** Renders a Lit template to one HTML string, synchronously. */
export function renderToString(template: TemplateResult, options: RenderOptions = {}): string {
  return expandFragments(withoutLegacyShadowRoot(collectResultSync(render(template, renderInfo(options)))));
}

type RenderResultPiece = string | (() => unknown) | Iterable<unknown> | Promise<unknown> | undefined;

/**
 * The chunks of a server render, as strings. @lit-labs/ssr's own RenderResultReadable throws from
 * an async `_read`, so a render error there becomes an unhandled rejection that ends the process;
 * here it is an ordinary rejection of this generator, which the callers catch.
 */
export async function* renderChunks(template: unknown, options: RenderOptions = {}): AsyncGenerator<string> {
  const iterators: Iterator<unknown>[] = [render(template, renderInfo(options))[Symbol.iterator]()];
  while (iterators.length) {
    const next = iterators.at(-1)!.next();
    if (next.done) {
      iterators.pop();
      continue;
    }
    let piece = next.value as RenderResultPiece;
    // Thunks are called and promises awaited until a string or a nested result comes out.
    for (;;) {
      if (typeof piece === 'function') piece = piece() as RenderResultPiece;
      else if (piece instanceof Promise) piece = (await piece) as RenderResultPiece;
      else break;
    }
    // The opening tag of a shadow root is one piece of its own.
    if (typeof piece === 'string') yield withoutLegacyShadowRoot(piece);
    else if (piece !== undefined) iterators.push(piece[Symbol.iterator]());
  }
}

export const reportToConsole = (error: unknown) =>
  console.error('gov-portal-elements: server render failed:', error);

/** The chunks of `source`; a failure is reported and ends them, it does not propagate. */
export async function* endOnError(
  source: AsyncIterable<string>,
  onError = reportToConsole,
): AsyncGenerator<string> {
  try {
    yield* source;
  } catch (error) {
    onError(error);
  }
}

/** Renders a Lit template as a Node stream, for large pages: bytes go out as they are made. */
export function renderToStream(template: TemplateResult, options: RenderOptions = {}): Readable {
  const chunks = endOnError(finishChunks(renderChunks(template, options)), options.onError);
  return Readable.from(chunks, { objectMode: false });
}
