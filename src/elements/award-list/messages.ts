/** vi/en texts of gov-award-list. Names, units, reasons and `formName` are content: never translated. */
import type { MessageTable } from '../../format/messages.js';
import type { AwardForm, AwardRank, RecipientKind } from '../../model/types.js';

export type Column = 'number' | 'name' | 'position' | 'unit';

export interface AwardListMessages {
  forms: Record<AwardForm, string>;
  ranks: Record<AwardRank, string>;
  /** Joins a form name and its rank: "Huân chương Lao động hạng Ba" / "Labour Order, Third class". */
  withRank: (form: string, rank: string) => string;
  /** Group headings and the CSV's recipient type: "Tập thể". */
  kinds: Record<RecipientKind, string>;
  /** Column headers of the table and the CSV: the row's number, name, position, unit. */
  columns: Record<Column, string>;
  /** The CSV's first columns: decision number, date, form, recipient type (then `columns`). */
  csvColumns: string[];
  /** The CSV's last column, and what it holds when true. */
  posthumousColumn: string;
  yes: string;
  /** "(truy tặng)" after a name. */
  posthumous: string;
  /** Words before the date and before the issuer: "ngày", "của". */
  signed: string;
  issuedBy: string;
  filterLabel: string;
  download: string;
  /** Base of the CSV file name (no extension). */
  fileName: string;
  loading: string;
  /** The button that loads `src` again after a failure. */
  retry: string;
  /** "19 tập thể, cá nhân được khen thưởng": `kinds` are the kinds present, in display order. */
  total: (count: number, kinds: RecipientKind[]) => string;
  /** "Quyết định số 163/QĐ-UBND" (number may be missing). */
  decision: (number?: string) => string;
  /** Live region text after filtering; `query` is what the reader typed; n may be 0. */
  matches: (n: number, query: string) => string;
  loadFailed: (detail: string) => string;
  invalid: (n: number) => string;
  mismatch: (stated: number, listed: number) => string;
}

export const messages: MessageTable<AwardListMessages> = {
  vi: {
    forms: {
      'huan-chuong': 'Huân chương',
      'huy-chuong': 'Huy chương',
      'bang-khen': 'Bằng khen',
      'giay-khen': 'Giấy khen',
      'co-thi-dua': 'Cờ thi đua',
      'ky-niem-chuong': 'Kỷ niệm chương',
      other: 'Khen thưởng',
    },
    ranks: { nhat: 'hạng Nhất', nhi: 'hạng Nhì', ba: 'hạng Ba' },
    withRank: (form, rank) => `${form} ${rank}`,
    kinds: { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' },
    columns: { number: 'STT', name: 'Tên', position: 'Chức vụ', unit: 'Đơn vị' },
    csvColumns: ['Số quyết định', 'Ngày ký', 'Hình thức', 'Đối tượng'],
    posthumousColumn: 'Truy tặng',
    yes: 'Có',
    posthumous: '(truy tặng)',
    signed: 'ngày',
    issuedBy: 'của',
    filterLabel: 'Lọc danh sách',
    download: 'Tải CSV',
    fileName: 'khen-thuong',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    total: (n, kinds) =>
      `${n.toLocaleString('vi')} ${kinds.map((k) => messages.vi.kinds[k].toLowerCase()).join(', ')} được khen thưởng`,
    decision: (n) => `Quyết định${n ? ` số ${n}` : ''}`,
    matches: (n, q) => `${n || 'Không có'} kết quả phù hợp với “${q}”`,
    loadFailed: (detail) => `Không tải được dữ liệu (${detail}).`,
    invalid: (n) => `${n} mục không hợp lệ bị bỏ qua.`,
    mismatch: (stated, listed) => `Số liệu không khớp: văn bản ghi ${stated}, danh sách có ${listed}.`,
  },
  en: {
    forms: {
      'huan-chuong': 'Order',
      'huy-chuong': 'Medal',
      'bang-khen': 'Certificate of Merit',
      'giay-khen': 'Certificate of Commendation',
      'co-thi-dua': 'Emulation Flag',
      'ky-niem-chuong': 'Commemorative Medal',
      other: 'Award',
    },
    ranks: { nhat: 'First class', nhi: 'Second class', ba: 'Third class' },
    withRank: (form, rank) => `${form}, ${rank}`,
    kinds: { collective: 'Collectives', individual: 'Individuals', household: 'Households' },
    columns: { number: 'No.', name: 'Name', position: 'Position', unit: 'Unit' },
    csvColumns: ['Decision number', 'Signed', 'Form', 'Recipient type'],
    posthumousColumn: 'Posthumous',
    yes: 'Yes',
    posthumous: '(posthumous)',
    signed: 'of',
    issuedBy: 'by',
    filterLabel: 'Filter the list',
    download: 'Download CSV',
    fileName: 'awards',
    loading: 'Loading…',
    retry: 'Try again',
    total: (n, kinds) => {
      const words = kinds.map((k) => messages.en.kinds[k].toLowerCase().slice(0, n == 1 ? -1 : undefined));
      const last = words.pop() ?? 'recipients';
      return `${n.toLocaleString('en')} ${words.length ? `${words.join(', ')} and ${last}` : last} awarded`;
    },
    decision: (n) => `Decision${n ? ` No. ${n}` : ''}`,
    matches: (n, q) => `${n || 'No'} match${n == 1 ? '' : 'es'} for “${q}”`,
    loadFailed: (detail) => `Could not load the list (${detail}).`,
    invalid: (n) => `Invalid entries left out: ${n}.`,
    mismatch: (stated, listed) => `Count mismatch: stated ${stated}, listed ${listed}.`,
  },
};
