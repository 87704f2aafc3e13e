// Node only. Import the elements you render (e.g. 'gov-portal-elements/article-card') before
// rendering them, or use this entry's re-exports below, which define all four.
export { renderToString, renderToStream, type RenderOptions } from './render.js';
export { renderPage, renderPageToString, type PageOptions, type BodyPart } from './page.js';
export { createNonce, addNonce, addNonceToChunks, finishChunks } from './nonce.js';
export { rawFragment, expandFragments } from './fragments.js';
export { RenderCache, cacheKey, type RenderCacheStats } from './render-cache.js';
export { escapeHtml } from './html.js';
export {
  createViewCountHandler,
  memoryViewCountStore,
  ARTICLE_ID,
  type ViewCountStore,
  type ViewCountHandlerOptions,
} from './view-count.js';
export { toNodeListener, toRequest, sendResponse } from './node-http.js';
export {
  articleCardTemplate,
  articleCardKey,
  renderArticleCard,
  articleCardFragment,
  type ArticleCardOptions,
} from './article-card.js';
