import type { MessageTable } from '../../format/messages.js';

export interface ArticleCardMessages {
  /** Shown when the headline is missing. */
  untitled: string;
  /** Before the date: "Ngày đăng" / "Published". */
  published: string;
  updated: string;
  /** The byline: "Tác giả: …" / "By …". */
  by: (names: string) => string;
}

export const messages: MessageTable<ArticleCardMessages> = {
  vi: {
    untitled: 'Bài viết không có tiêu đề',
    published: 'Ngày đăng',
    updated: 'Cập nhật',
    by: (names) => `Tác giả: ${names}`,
  },
  en: {
    untitled: 'Untitled article',
    published: 'Published',
    updated: 'Updated',
    by: (names) => `By ${names}`,
  },
};
