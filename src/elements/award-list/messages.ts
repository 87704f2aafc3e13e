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
  /** Column headers of the table and the CSV: the row's number, name, position, unit (the CSV's order). */
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
  /** "19 tập thể, cá nhân được khen thưởng": `kinds`, the names of the kinds present in display order, lower case. */
  total: (count: number, kinds: string[]) => string;
  /** "Quyết định số 163/QĐ-UBND" (number may be missing). */
  decision: (number?: string) => string;
  /** Live region text after filtering; `query` is what the reader typed; `count` may be 0. */
  matches: (count: number, query: string) => string;
  /** Before a group's count while filtering: "3 trong số" (14) / "3 of" (14). */
  matchesOf: (count: number) => string;
  loadFailed: (detail: string) => string;
  invalid: (count: number) => string;
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
    total: (count, kinds) => `${count.toLocaleString('vi')} ${kinds.join(', ')} được khen thưởng`,
    decision: (number) => (number ? `Quyết định số ${number}` : 'Quyết định'),
    matches: (count, query) => `${count || 'Không có'} kết quả phù hợp với “${query}”`,
    matchesOf: (count) => `${count} trong số`,
    loadFailed: (detail) => `Không tải được dữ liệu (${detail}).`,
    invalid: (count) => `${count} mục không hợp lệ bị bỏ qua.`,
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
    total: (count, kinds) => {
      // "1 individual awarded": a kind's name without its plural s when there is one recipient.
      const words = kinds.map((plural) => (count == 1 ? plural.slice(0, -1) : plural));
      const last = words.pop() ?? 'recipients';
      const list = words.length ? `${words.join(', ')} and ${last}` : last;
      return `${count.toLocaleString('en')} ${list} awarded`;
    },
    decision: (number) => (number ? `Decision No. ${number}` : 'Decision'),
    matches: (count, query) => `${count || 'No'} ${count == 1 ? 'match' : 'matches'} for “${query}”`,
    matchesOf: (count) => `${count} of`,
    loadFailed: (detail) => `Could not load the list (${detail}).`,
    invalid: (count) => `Invalid entries left out: ${count}.`,
    mismatch: (stated, listed) => `Count mismatch: stated ${stated}, listed ${listed}.`,
  },
};
