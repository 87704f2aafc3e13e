/** Realistic Vietnamese article teasers for the benchmarks (varied headlines, same shape). */
import type { Article } from '../src/model/index.js';

const HEADLINES = [
  'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025',
  'Phường tổ chức Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2023',
  'Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh',
  'Tuyên truyền phòng, chống cháy nổ tại các khu dân cư trên địa bàn phường',
  'Trao tặng 50 suất quà cho hộ nghèo, hộ cận nghèo nhân dịp Tết Nguyên đán',
  'Hội Liên hiệp Phụ nữ phường tổ chức tọa đàm kỷ niệm Ngày Quốc tế Phụ nữ 8/3',
  'Đoàn Thanh niên phường ra quân Tháng Thanh niên với nhiều hoạt động ý nghĩa',
  'Công an phường tăng cường tuần tra, bảo đảm an ninh trật tự dịp lễ hội',
];
const SUMMARY =
  'Chiều ngày 15/3, Đảng ủy phường Quang Trung tổ chức sơ kết công tác giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020-2025. Các đồng chí lãnh đạo thị xã tới dự.';
const AUTHORS = ['HOÀNG PHƯƠNG', 'NGUYỄN THU HÀ', 'TRẦN MINH ĐỨC', 'LÊ THỊ ÁNH'];

export function benchArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    return {
      id: `bai-${i + 1}`,
      headline: `${HEADLINES[i % HEADLINES.length]}${i >= HEADLINES.length ? ` (${i + 1})` : ''}`,
      summary: SUMMARY,
      url: `/tin-tuc/bai-${i + 1}`,
      section: { name: 'Hoạt động từ các đơn vị', href: '/hoat-dong' },
      publishedAt: `2023-03-${String(day).padStart(2, '0')}T${String(7 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00+07:00`,
      authors: [{ name: AUTHORS[i % AUTHORS.length]! }],
      images: [{ src: '/img.svg', alt: `Ảnh minh họa bài ${i + 1}`, width: 800, height: 450 }],
      body: [],
      viewCount: 55 + i * 37,
      tags: [],
      awards: [],
    };
  });
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tag-only attributes of a card for an article. */
export function cardAttributes(a: Article): string {
  const img = a.images[0]!;
  return [
    ['lang', 'vi'],
    ['headline', a.headline],
    ['href', a.url!],
    ['summary', a.summary!],
    ['section', a.section!.name],
    ['author', a.authors[0]!.name],
    ['published', a.publishedAt!],
    ['views', String(a.viewCount)],
    ['image-src', img.src],
    ['image-alt', img.alt],
    ['image-width', String(img.width)],
    ['image-height', String(img.height)],
  ]
    .map(([k, v]) => `${k}="${esc(v!)}"`)
    .join(' ');
}
