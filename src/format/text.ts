/** Text helpers for Vietnamese: normalisation, accent-insensitive search keys, slugs. */

export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

const MARKS = /[\u0300-\u036f]/g;

/**
 * Search key: lower case, tone and vowel marks removed, đ → d. "HOÀNG PHƯƠNG" → "hoang phuong",
 * "Đặng" → "dang". Whitespace runs become one space.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Quang Trung sơ kết giữa nhiệm kỳ" → "quang-trung-so-ket-giua-nhiem-ky". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at the last whole word that fits; a single word longer than maxLength is cut inside.
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
}

let collator: Intl.Collator | undefined;
/** Vietnamese collation (a < ă < â < b … đ after d), shared. */
export function vietnameseCollator(): Intl.Collator {
  collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator;
}
