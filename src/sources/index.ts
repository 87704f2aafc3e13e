// Data sources: weather (static, JSON URL, Open-Meteo adapter) and the view-count client.
export * from './weather/index.js';
export * from './view-count.js';
