import type { MessageTable } from '../../format/messages.js';

export interface WeatherMessages {
  heading: string;
  loading: string;
  error: string;
  /** The source named in `source="…"` has not been registered. */
  unknownSource: (name: string) => string;
  noData: string;
  retry: string;
  /** Before "<time>": "Cập nhật" → "Cập nhật 3 giờ trước". */
  updated: string;
  stale: string;
  /** Beside a place's condition, when its reading was old already when the report was made. */
  oldReading: string;
  /** The last refresh failed; the data shown is the last good one. */
  failed: string;
  humidity: string;
  wind: string;
  range: string;
  observed: string;
  source: string;
}

export const weatherMessages: MessageTable<WeatherMessages> = {
  vi: {
    heading: 'Thời tiết các vùng',
    loading: 'Đang tải…',
    error: 'Không tải được dữ liệu.',
    unknownSource: (name) => `Không có nguồn dữ liệu “${name}”.`,
    noData: 'Chưa có dữ liệu.',
    retry: 'Thử lại',
    updated: 'Cập nhật',
    stale: 'Dữ liệu cũ',
    oldReading: 'Số liệu cũ',
    failed: 'Không cập nhật được dữ liệu mới.',
    humidity: 'Độ ẩm',
    wind: 'Gió',
    range: 'Thấp – cao',
    observed: 'Lúc',
    source: 'Nguồn',
  },
  en: {
    heading: 'Weather by region',
    loading: 'Loading weather…',
    error: 'Weather data unavailable.',
    unknownSource: (name) => `No weather source “${name}”.`,
    noData: 'No data yet.',
    retry: 'Try again',
    updated: 'Updated',
    stale: 'Data may be out of date',
    oldReading: 'Old reading',
    failed: 'Could not get newer data.',
    humidity: 'Humidity',
    wind: 'Wind',
    range: 'Low – high',
    observed: 'As of',
    source: 'Source',
  },
};
