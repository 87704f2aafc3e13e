/** The rules of a weather report's places and source (see rules.ts). */
import { boolean, date, number, text, url, type FieldTable } from './rules.js';
import type { WeatherPlace, WeatherSourceInfo } from './types.js';

export const WEATHER_PLACE_FIELDS: FieldTable<WeatherPlace> = {
  id: text(true),
  name: text(true),
  latitude: number({ min: -90, max: 90 }),
  longitude: number({ min: -180, max: 180 }),
  observedAt: date(),
  temperature: number(),
  apparentTemperature: number(),
  humidity: number({ min: 0, max: 100 }),
  windSpeed: number({ min: 0 }),
  windDirection: number({ min: 0, max: 360 }),
  /** WMO weather interpretation code. */
  weatherCode: number({ min: 0, max: 99, whole: true }),
  min: number(),
  max: number(),
  isDay: boolean(),
};

export const WEATHER_SOURCE_FIELDS: FieldTable<WeatherSourceInfo> = {
  name: text(true),
  url: url(),
  attribution: text(),
};

/** When the report was fetched: an instant. */
export const FETCHED_AT = date();

export const WEATHER_UNITS = ['metric', 'imperial'] as const;
