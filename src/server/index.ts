// Node only. Importing this entry defines all four elements, so any template that uses their
// tags renders them on the server without further imports.
import '../elements/article-card/define.js';
import '../elements/view-counter/define.js';
import '../elements/award-list/define.js';
import '../elements/weather/define.js';

export { renderToString, renderToStream, renderChunks, type RenderOptions } from './render.js';
export { renderPage, renderPageToString, type PageOptions, type BodyPart } from './page.js';
export { createNonce, addNonce, addNonceToChunks, finishChunks } from './nonce.js';
export { rawFragment, expandFragments } from './fragments.js';
export { RenderCache, cacheKey, type RenderCacheStats } from './render-cache.js';
export { escapeHtml } from './html.js';
export {
  createViewCountHandler,
  viewCountNodeListener,
  forgetfulMemoryViewCountStore,
  memoryViewCountStore,
  ARTICLE_ID,
  type ViewCountStore,
  type ViewCountEntry,
  type ViewCountHandler,
  type ViewCountHandlerOptions,
  type ViewCountConnection,
  type ForgetfulMemoryStoreOptions,
} from './view-count.js';
export { toNodeListener, toRequest, sendResponse } from './node-http.js';
export {
  articleCardTemplate,
  articleCardKey,
  renderArticleCard,
  articleCardFragment,
  type ArticleCardOptions,
} from './article-card.js';
