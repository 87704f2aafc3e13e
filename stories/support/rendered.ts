// What a reader sees: the text of the elements' shadow roots, once they have rendered.
import { expect, waitFor } from 'storybook/test';

interface Updating extends Element {
  updateComplete?: Promise<unknown>;
}

/** Text of `root`, reading each element's shadow root instead of its light children. */
function textOf(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) return root.textContent ?? '';
  const element = root as Element;
  if (element.localName === 'script' || element.localName === 'style') return '';
  return Array.from((element.shadowRoot ?? root).childNodes, textOf).join('');
}

/** The text a reader sees under `root`, spaces collapsed: through shadow roots, without scripts. */
export const renderedText = (root: Node) => textOf(root).replace(/\s+/g, ' ');

/** Waits for every gov- element under `root` to finish its update. */
export async function settled(root: ParentNode): Promise<void> {
  const elements = Array.from(root.querySelectorAll<Updating>('*')).filter((el) =>
    el.localName.startsWith('gov-'),
  );
  await Promise.all(elements.map((el) => el.updateComplete));
}

/**
 * Play function: the rendered text is in the story's language — the element's own `lang` arg if
 * set, else the toolbar's (the `locale` global, `vi` unless told otherwise) — shown by a word each
 * language has and the other has not.
 */
export function speaks(words: { vi: string; en: string }) {
  return async ({ canvasElement, globals, args }: PlayContext) => {
    const locale = args.lang || globals.locale;
    const [expected, other] = locale === 'en' ? [words.en, words.vi] : [words.vi, words.en];
    await settled(canvasElement);
    await waitFor(() => expect(renderedText(canvasElement)).toContain(expected));
    expect(renderedText(canvasElement)).not.toContain(other);
  };
}

interface PlayContext {
  canvasElement: HTMLElement;
  globals: { locale?: string };
  args: { lang?: string };
}
