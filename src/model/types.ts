/**
 * The typed content model shared by every element, the server helpers and the sources.
 * Types only: runtime checks live in `parse.ts`.
 */

/** A problem found while parsing, with a path such as `images[2].alt`. */
export interface Issue {
  path: string;
  message: string;
  /** Machine-readable kind, e.g. `required`, `type`, `unsafe-url`, `count-mismatch`. */
  code?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface ParseOptions {
  /**
   * IANA time zone used for dates written without an offset (`2023-03-15T19:52`).
   * Without it, such dates are rejected: an offset-less time means nothing on a server in UTC.
   */
  timeZone?: string;
}

export interface SectionRef {
  name: string;
  href?: string;
}

export interface Author {
  name: string;
  url?: string;
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

/** An image inside the body. `src` is absent when only the caption survived (a text import). */
export type BodyImage = Omit<ArticleImage, 'src'> & { src?: string };

export type BodyBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; level?: 2 | 3 | 4 }
  | { type: 'image'; image: BodyImage }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'award'; decision: AwardDecision };

export interface Article {
  id: string;
  slug?: string;
  headline: string;
  summary?: string;
  section?: SectionRef;
  url?: string;
  /** ISO 8601 with offset, e.g. `2023-03-15T19:52:00+07:00`. */
  publishedAt?: string;
  updatedAt?: string;
  authors: Author[];
  images: ArticleImage[];
  body: BodyBlock[];
  viewCount?: number;
  tags: string[];
  /** Credit line for content taken from another body ("Nguồn: …"). */
  sourceCredit?: string;
  /** BCP 47 language of the content, e.g. `vi`. */
  lang?: string;
  awards: AwardDecision[];
}

export const AWARD_FORMS = [
  'huan-chuong',
  'huy-chuong',
  'bang-khen',
  'giay-khen',
  'co-thi-dua',
  'ky-niem-chuong',
  'other',
] as const;
export type AwardForm = (typeof AWARD_FORMS)[number];

export const AWARD_RANKS = ['nhat', 'nhi', 'ba'] as const;
export type AwardRank = (typeof AWARD_RANKS)[number];

export const RECIPIENT_KINDS = ['collective', 'individual', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export interface AwardRecipient {
  kind: RecipientKind;
  name: string;
  /** Chức vụ, e.g. "Bí thư chi bộ". */
  position?: string;
  /** Đơn vị, e.g. "Tổ dân phố 3". */
  unit?: string;
  /** Truy tặng. */
  posthumous?: boolean;
}

export interface AwardIssuer {
  /** Signer's title, e.g. "Chủ tịch". */
  title?: string;
  /** Issuing body, e.g. "UBND phường Quang Trung". */
  body: string;
}

export interface AwardDecision {
  /** Decision number, e.g. `163/QĐ-UBND`. */
  number?: string;
  /** ISO 8601 date (`2023-03-15`) or date-time with offset. */
  signedAt?: string;
  issuer?: AwardIssuer;
  form: AwardForm;
  /** Display name when `form` is `other`, or to override the standard name. */
  formName?: string;
  rank?: AwardRank;
  /** Danh hiệu thi đua, e.g. "Tập thể lao động xuất sắc". */
  emulationTitle?: string;
  reason?: string;
  recipients: AwardRecipient[];
  /** The total the document states ("19 tập thể, cá nhân"), checked against `recipients`. */
  statedTotal?: number;
}

/** Where a reading was taken. */
export interface Place {
  id: string;
  name: string;
  latitude?: number;
  longitude?: number;
}

/** What was measured. Temperatures in °C (or °F when the report's units are imperial). */
export interface Conditions {
  /** ISO 8601 with offset. */
  observedAt?: string;
  temperature?: number;
  apparentTemperature?: number;
  /** Relative humidity, 0–100 %. */
  humidity?: number;
  /** km/h (metric) or mph (imperial). */
  windSpeed?: number;
  /** Degrees, 0–360, where the wind comes from. */
  windDirection?: number;
  /** WMO weather interpretation code, 0–99. */
  weatherCode?: number;
  min?: number;
  max?: number;
  isDay?: boolean;
}

export type WeatherPlace = Place & Conditions;

export type WeatherUnits = 'metric' | 'imperial';

export interface WeatherSourceInfo {
  name: string;
  url?: string;
  /** Credit text required by the data's licence, e.g. "Weather data by Open-Meteo.com (CC BY 4.0)". */
  attribution?: string;
}

export interface WeatherReport {
  places: WeatherPlace[];
  units: WeatherUnits;
  source: WeatherSourceInfo;
  /** ISO 8601 with offset: when the report was fetched. */
  fetchedAt: string;
}
