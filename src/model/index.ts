export type * from './types.js';
export { AWARD_FORMS, AWARD_RANKS, RECIPIENT_KINDS } from './types.js';
export { safeUrl, isSafeUrl, type UrlKind } from './safe-url.js';
export {
  parseArticle,
  parseAwardDecision,
  parseAwardRecipient,
  parseWeatherReport,
  checkIsoDateTime,
  formatPath,
} from './parse.js';
export {
  toNewsArticleJsonLd,
  toOpenGraph,
  serializeJsonLd,
  absoluteUrl,
  type SiteOptions,
  type NewsArticleJsonLd,
  type Publisher,
  type MetaTag,
} from './jsonld.js';
export {
  parsePortalPage,
  type PortalPage,
  type PortalPageSection,
  type PortalPageOptions,
} from './portal-page.js';
