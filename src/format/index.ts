export {
  portalDate,
  formatPortalDate,
  calendarDate,
  zonedParts,
  readDate,
  formatDate,
  portalTime,
  portalDay,
  formatRelativeTime,
  DEFAULT_TIME_ZONE,
  DEFAULT_DATE_PATTERN,
  type PortalDate,
  type PortalDateOptions,
  type DateParts,
  type ReadDate,
} from './dates.js';
export { formatCount, numberFormat, type CountOptions } from './numbers.js';
export { normalizeText, foldVietnamese, slugify, vietnameseCollator } from './text.js';
export { resolveLocale, normalizeLocale, LOCALES, DEFAULT_LOCALE, type Locale } from './locale.js';
export { commonMessages, type CommonMessages, type MessageTable } from './messages.js';
export { clock, type ClockListener } from './clock.js';
