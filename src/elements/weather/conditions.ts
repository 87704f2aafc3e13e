/**
 * What a WMO weather interpretation code (WMO 4677 "present weather", 0–99) looks like on screen:
 * its text in Vietnamese and English, and its icon. The 28 codes that forecast services use
 * (Open-Meteo's list) have their own texts; every other code in 0–99 reads as its WMO 4677 group;
 * anything else (out of range, not a whole number, absent) is "Không xác định" / "Unknown".
 *
 * Presentation, so it lives with the element: sources and the model only carry the number.
 */
import type { Locale } from '../../format/locale.js';

export type WeatherIcon =
  'sun' | 'moon' | 'partly-day' | 'partly-night' | 'cloud' | 'fog' | 'rain' | 'snow' | 'storm' | 'unknown';

/**
 * One row of the tables: the code itself (documented codes) or the first code of a group (groups),
 * the text in Vietnamese and in English, and the daytime icon (see NIGHT_ICONS for the night).
 */
export type WmoCondition = readonly [code: number, vi: string, en: string, icon: WeatherIcon];

/** The documented codes, each with its own text. */
export const WMO_CODES: readonly WmoCondition[] = [
  [0, 'Trời quang', 'Clear sky', 'sun'],
  [1, 'Ít mây', 'Mainly clear', 'sun'],
  [2, 'Có mây', 'Partly cloudy', 'partly-day'],
  [3, 'Nhiều mây', 'Overcast', 'cloud'],
  [45, 'Sương mù', 'Fog', 'fog'],
  [48, 'Sương muối', 'Rime fog', 'fog'],
  [51, 'Mưa phùn nhẹ', 'Light drizzle', 'rain'],
  [53, 'Mưa phùn', 'Moderate drizzle', 'rain'],
  [55, 'Mưa phùn dày', 'Dense drizzle', 'rain'],
  [56, 'Mưa phùn băng giá nhẹ', 'Light freezing drizzle', 'rain'],
  [57, 'Mưa phùn băng giá dày', 'Dense freezing drizzle', 'rain'],
  [61, 'Mưa nhỏ', 'Slight rain', 'rain'],
  [63, 'Mưa vừa', 'Moderate rain', 'rain'],
  [65, 'Mưa to', 'Heavy rain', 'rain'],
  [66, 'Mưa băng giá nhẹ', 'Light freezing rain', 'rain'],
  [67, 'Mưa băng giá to', 'Heavy freezing rain', 'rain'],
  [71, 'Tuyết rơi nhẹ', 'Slight snow fall', 'snow'],
  [73, 'Tuyết rơi vừa', 'Moderate snow fall', 'snow'],
  [75, 'Tuyết rơi dày', 'Heavy snow fall', 'snow'],
  [77, 'Tuyết hạt', 'Snow grains', 'snow'],
  [80, 'Mưa rào nhẹ', 'Slight rain showers', 'rain'],
  [81, 'Mưa rào', 'Moderate rain showers', 'rain'],
  [82, 'Mưa rào rất to', 'Violent rain showers', 'rain'],
  [85, 'Mưa tuyết nhẹ', 'Slight snow showers', 'snow'],
  [86, 'Mưa tuyết to', 'Heavy snow showers', 'snow'],
  [95, 'Dông', 'Thunderstorm', 'storm'],
  [96, 'Dông kèm mưa đá nhẹ', 'Thunderstorm with slight hail', 'storm'],
  [99, 'Dông kèm mưa đá to', 'Thunderstorm with heavy hail', 'storm'],
];

/**
 * WMO 4677 groups, for the codes without a text of their own: each row runs from its code up to
 * the next row's. 13 (lightning) and 14–16 (precipitation in sight) share a text, not an icon.
 */
export const WMO_GROUPS: readonly WmoCondition[] = [
  [4, 'Mù khô, khói bụi', 'Haze, dust or smoke', 'fog'],
  [10, 'Sương mù nhẹ', 'Mist', 'fog'],
  [13, 'Mưa hoặc sét ở gần', 'Rain or lightning nearby', 'storm'],
  [14, 'Mưa hoặc sét ở gần', 'Rain or lightning nearby', 'rain'],
  [17, 'Dông, gió giật', 'Thunder or squalls', 'storm'],
  [20, 'Vừa có mưa, dông', 'Recent rain or thunder', 'cloud'],
  [30, 'Bão bụi, bão cát', 'Dust or sandstorm', 'fog'],
  [36, 'Tuyết thổi', 'Blowing snow', 'snow'],
  [40, 'Sương mù', 'Fog', 'fog'],
  [50, 'Mưa phùn', 'Drizzle', 'rain'],
  [60, 'Mưa', 'Rain', 'rain'],
  [70, 'Tuyết', 'Snow', 'snow'],
  [80, 'Mưa rào', 'Showers', 'rain'],
  [91, 'Dông', 'Thunderstorm', 'storm'],
];

/** Clear and partly cloudy skies have a night variant; the other icons are the same by night. */
const NIGHT_ICONS: Partial<Record<WeatherIcon, WeatherIcon>> = {
  sun: 'moon',
  'partly-day': 'partly-night',
};

/** What is not a WMO code. */
const UNKNOWN: WmoCondition = [-1, 'Không xác định', 'Unknown', 'unknown'];

/** The row for a code: its own, else its group's; undefined when it is not a WMO code (0–99). */
export function wmoCondition(code: unknown): WmoCondition | undefined {
  const isCode = typeof code == 'number' && Number.isInteger(code) && code >= 0 && code <= 99;
  if (!isCode) return undefined;
  return WMO_CODES.find(([own]) => own == code) ?? WMO_GROUPS.findLast(([first]) => first <= code);
}

/** "Mưa nhỏ" / "Slight rain" for 61; "Không xác định" / "Unknown" for what is not a WMO code. */
export function weatherText(code: unknown, locale: Locale): string {
  const [, vi, en] = wmoCondition(code) ?? UNKNOWN;
  return locale == 'en' ? en : vi;
}

/** The icon for a code; by night (`isDay === false`) clear and partly cloudy skies change. */
export function weatherIcon(code: unknown, isDay?: boolean): WeatherIcon {
  const [, , , icon] = wmoCondition(code) ?? UNKNOWN;
  const night = isDay === false ? NIGHT_ICONS[icon] : undefined;
  return night ?? icon;
}
