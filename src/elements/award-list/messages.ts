/** vi/en texts of gov-award-list. Names, units, reasons and `formName` are content: never translated. */
import type { MessageTable } from '../../format/messages.js';
import type { AwardForm, AwardRank, RecipientKind } from '../../model/types.js';

export interface AwardListMessages {
  forms: Record<AwardForm, string>;
  ranks: Record<AwardRank, string>;
  /** Joins a form name and its rank: "Huân chương Lao động hạng Ba" / "Labour Order, Third class". */
  withRank: (form: string, rank: string) => string;
  /** Group headings and the CSV's recipient type: "Tập thể". */
  kinds: Record<RecipientKind, string>;
  /** "19 tập thể, cá nhân được khen thưởng": `kinds` are the kinds present, in display order. */
  total: (count: number, kinds: RecipientKind[]) => string;
  /** "Quyết định số 163/QĐ-UBND" (number may be empty). */
  decision: (number: string) => string;
  /** Words before the date and before the issuer: "ngày", "của". */
  signed: string;
  issuedBy: string;
  posthumous: string;
  /** Table column headers: order, name, position, unit. */
  columns: [string, string, string, string];
  filterLabel: string;
  /** Live region text after filtering; `query` is what the reader typed; n may be 0. */
  matches: (n: number, query: string) => string;
  download: string;
  /** Base of the CSV file name (no extension). */
  fileName: string;
  loading: string;
  loadFailed: (detail: string) => string;
  invalid: (n: number) => string;
  mismatch: (stated: number, listed: number) => string;
  /** CSV header columns before the table's (decision number, date, form, recipient type) and after (posthumous). */
  csv: [string, string, string, string, string];
  yes: string;
}

const viKinds = { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' };
const enKinds = { collective: 'collective', individual: 'individual', household: 'household' };
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

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
    kinds: { collective: cap(viKinds.collective), individual: cap(viKinds.individual), household: cap(viKinds.household) },
    total: (count, kinds) => `${count} ${kinds.map((k) => viKinds[k]).join(', ')} được khen thưởng`,
    decision: (number) => `Quyết định${number && ` số ${number}`}`,
    signed: 'ngày',
    issuedBy: 'của',
    posthumous: '(truy tặng)',
    columns: ['STT', 'Tên', 'Chức vụ', 'Đơn vị'],
    filterLabel: 'Lọc danh sách',
    matches: (n, query) => `${n || 'Không có'} kết quả phù hợp với “${query}”`,
    download: 'Tải CSV',
    fileName: 'khen-thuong',
    loading: 'Đang tải…',
    loadFailed: (detail) => `Không tải được dữ liệu (${detail}).`,
    invalid: (n) => `${n} mục không hợp lệ bị bỏ qua.`,
    mismatch: (stated, listed) => `Số liệu không khớp: văn bản ghi ${stated}, danh sách có ${listed}.`,
    csv: ['Số quyết định', 'Ngày ký', 'Hình thức', 'Đối tượng', 'Truy tặng'],
    yes: 'Có',
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
    total: (count, kinds) => {
      const words = kinds.map((k) => enKinds[k] + (count === 1 ? '' : 's'));
      const last = words.pop() ?? 'recipients';
      return `${count} ${words.length ? `${words.join(', ')} and ${last}` : last} awarded`;
    },
    decision: (number) => `Decision${number && ` No. ${number}`}`,
    signed: 'of',
    issuedBy: 'by',
    posthumous: '(posthumous)',
    columns: ['No.', 'Name', 'Position', 'Unit'],
    filterLabel: 'Filter the list',
    matches: (n, query) => `${n || 'No'} ${n === 1 ? 'match' : 'matches'} for “${query}”`,
    download: 'Download CSV',
    fileName: 'awards',
    loading: 'Loading…',
    loadFailed: (detail) => `Could not load the list (${detail}).`,
    invalid: (n) => `Invalid entries left out: ${n}.`,
    mismatch: (stated, listed) => `Count mismatch: stated ${stated}, listed ${listed}.`,
    csv: ['Decision number', 'Signed', 'Form', 'Recipient type', 'Posthumous'],
    yes: 'Yes',
  },
};
