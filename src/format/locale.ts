/** The two languages the library speaks, and how an element picks one. */
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

/** 'vi-VN' → 'vi', 'en-GB' → 'en'; anything else → undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().slice(0, 2).toLowerCase();
  return base == 'vi' || base == 'en' ? base : undefined;
}

/**
 * The first non-empty candidate decides, in priority order: the element's own `lang`, the closest
 * ancestor's `[lang]`, the document's (on the server only the explicit one exists). A language
 * other than Vietnamese or English, or none, gives Vietnamese.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  return normalizeLocale(candidates.find((candidate) => candidate)) ?? DEFAULT_LOCALE;
}
