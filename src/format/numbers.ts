import type { Locale } from './locale.js';

export interface CountOptions {
  locale: Locale;
  /** `compact` gives "1,2 N" / "1.2K". */
  notation?: 'standard' | 'compact';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is slow to build and fast to use: one per locale and notation. */
export function numberFormat(locale: Locale, notation: 'standard' | 'compact' = 'standard'): Intl.NumberFormat {
  const key = `${locale}|${notation}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
      notation,
      maximumFractionDigits: notation === 'compact' ? 1 : 0,
      // vi groups from 4 digits ("1.234"), which some ICU versions only do with this set.
      useGrouping: 'always',
    } as Intl.NumberFormatOptions);
    numberFormats.set(key, f);
  }
  return f;
}

/** vi "1.234", en "1,234". Returns '' for anything that is not a finite number. */
export function formatCount(n: unknown, options: CountOptions): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  return numberFormat(options.locale, options.notation).format(n);
}
