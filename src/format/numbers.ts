import type { Locale } from './locale.js';

export interface CountOptions {
  locale: Locale;
  /** `compact` gives "1,2 N" / "1.2K"; anything else is `standard`. */
  notation?: 'standard' | 'compact';
}

const numberFormats: Record<string, Intl.NumberFormat> = {};

/**
 * Intl.NumberFormat is slow to build and fast to use: one per locale and notation. Any notation
 * but `compact` is `standard`.
 */
export function numberFormat(locale: Locale, notation?: 'standard' | 'compact'): Intl.NumberFormat {
  const compact = notation == 'compact';
  numberFormats[locale + compact] ??= new Intl.NumberFormat(locale == 'vi' ? 'vi-VN' : 'en-US', {
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : 0,
    // vi groups from 4 digits ("1.234"), which some ICU versions only do with this set.
    useGrouping: 'always',
  } as Intl.NumberFormatOptions);
  return numberFormats[locale + compact];
}

/** vi "1.234", en "1,234". Returns '' for anything that is not a finite number. */
export function formatCount(value: unknown, options: CountOptions): string {
  if (!Number.isFinite(value)) return '';
  return numberFormat(options.locale, options.notation).format(value as number);
}
