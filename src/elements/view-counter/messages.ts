import type { MessageTable } from '../../format/messages.js';

export interface ViewCounterMessages {
  /** The word after the number: "lượt xem" / "view(s)". */
  label: (count: number) => string;
}

export const messages: MessageTable<ViewCounterMessages> = {
  vi: { label: () => 'lượt xem' },
  en: { label: (count) => (count === 1 ? 'view' : 'views') },
};
