/**
 * Typed vi/en messages shared across elements. Element-specific texts live beside each element
 * (`src/elements/<name>/messages.ts`) in the same shape, so an entry only pays for its own.
 */
import type { Locale } from './locale.js';

/** A message table: every key present in both languages, checked by the compiler. */
export type MessageTable<T> = Record<Locale, T>;

export interface CommonMessages {
  /** "55 lượt xem" / "55 views" — `count` is already formatted. */
  views: (count: string, number: number) => string;
  published: string;
  updated: string;
  dateUnknown: string;
  loading: string;
  retry: string;
  error: string;
}

export const commonMessages: MessageTable<CommonMessages> = {
  vi: {
    views: (count) => `${count} lượt xem`,
    published: 'Ngày đăng',
    updated: 'Cập nhật',
    dateUnknown: 'không rõ ngày',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    error: 'Không thể hiển thị nội dung',
  },
  en: {
    views: (count, number) => `${count} ${number === 1 ? 'view' : 'views'}`,
    published: 'Published',
    updated: 'Updated',
    dateUnknown: 'date unknown',
    loading: 'Loading…',
    retry: 'Try again',
    error: 'This content cannot be shown',
  },
};
