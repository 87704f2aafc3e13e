export { renderToString, renderToStream, type RenderOptions } from './render.js';
