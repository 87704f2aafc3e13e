/** Text helpers for Vietnamese: normalisation, accent-insensitive search keys, slugs. */

export function normalizeText(s: string): string {
  return s.normalize('NFC');
}

const MARKS = /[\u0300-\u036f]/g;

/**
 * Search key: lower case, tone and vowel marks removed, đ → d. "HOÀNG PHƯƠNG" → "hoang phuong",
 * "Đặng" → "dang". Whitespace runs become one space.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Quang Trung sơ kết giữa nhiệm kỳ" → "quang-trung-so-ket-giua-nhiem-ky". */
export function slugify(s: string, maxLength = 80): string {
  const slug = foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > maxLength
    ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength)
    : slug;
}

let collator: Intl.Collator | undefined;
/** Vietnamese collation (a < ă < â < b … đ after d), shared. */
export function vietnameseCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true }));
}
