/**
 * What a WMO weather interpretation code (WMO 4677 "present weather", 0–99) looks like on screen:
 * its text in Vietnamese and English, and its icon. The 28 codes that forecast services use
 * (Open-Meteo's list) have their own texts; every other code in 0–99 reads as its WMO 4677 group;
 * without a code it is "Không xác định" / "Unknown". Codes come as the model's rule reads them
 * (WEATHER_PLACE_FIELDS.weatherCode: a whole number from 0 to 99), so they are not checked again.
 *
 * Presentation, so it lives with the element: sources and the model only carry the number.
 */
import type { Locale } from '../../format/locale.js';

export type WeatherIcon =
  'sun' | 'moon' | 'partly-day' | 'partly-night' | 'cloud' | 'fog' | 'rain' | 'snow' | 'storm' | 'unknown';

/** One row of the tables. */
export interface WmoCondition {
  /** The code itself (documented codes), or the first code of a group (groups). */
  code: number;
  vi: string;
  en: string;
  /** The daytime icon; see NIGHT_ICONS for the night. */
  icon: WeatherIcon;
}

/** The documented codes, each with its own text. */
export const WMO_CODES: readonly WmoCondition[] = [
  { code: 0, vi: 'Trời quang', en: 'Clear sky', icon: 'sun' },
  { code: 1, vi: 'Ít mây', en: 'Mainly clear', icon: 'sun' },
  { code: 2, vi: 'Có mây', en: 'Partly cloudy', icon: 'partly-day' },
  { code: 3, vi: 'Nhiều mây', en: 'Overcast', icon: 'cloud' },
  { code: 45, vi: 'Sương mù', en: 'Fog', icon: 'fog' },
  { code: 48, vi: 'Sương muối', en: 'Rime fog', icon: 'fog' },
  { code: 51, vi: 'Mưa phùn nhẹ', en: 'Light drizzle', icon: 'rain' },
  { code: 53, vi: 'Mưa phùn', en: 'Moderate drizzle', icon: 'rain' },
  { code: 55, vi: 'Mưa phùn dày', en: 'Dense drizzle', icon: 'rain' },
  { code: 56, vi: 'Mưa phùn băng giá nhẹ', en: 'Light freezing drizzle', icon: 'rain' },
  { code: 57, vi: 'Mưa phùn băng giá dày', en: 'Dense freezing drizzle', icon: 'rain' },
  { code: 61, vi: 'Mưa nhỏ', en: 'Slight rain', icon: 'rain' },
  { code: 63, vi: 'Mưa vừa', en: 'Moderate rain', icon: 'rain' },
  { code: 65, vi: 'Mưa to', en: 'Heavy rain', icon: 'rain' },
  { code: 66, vi: 'Mưa băng giá nhẹ', en: 'Light freezing rain', icon: 'rain' },
  { code: 67, vi: 'Mưa băng giá to', en: 'Heavy freezing rain', icon: 'rain' },
  { code: 71, vi: 'Tuyết rơi nhẹ', en: 'Slight snow fall', icon: 'snow' },
  { code: 73, vi: 'Tuyết rơi vừa', en: 'Moderate snow fall', icon: 'snow' },
  { code: 75, vi: 'Tuyết rơi dày', en: 'Heavy snow fall', icon: 'snow' },
  { code: 77, vi: 'Tuyết hạt', en: 'Snow grains', icon: 'snow' },
  { code: 80, vi: 'Mưa rào nhẹ', en: 'Slight rain showers', icon: 'rain' },
  { code: 81, vi: 'Mưa rào', en: 'Moderate rain showers', icon: 'rain' },
  { code: 82, vi: 'Mưa rào rất to', en: 'Violent rain showers', icon: 'rain' },
  { code: 85, vi: 'Mưa tuyết nhẹ', en: 'Slight snow showers', icon: 'snow' },
  { code: 86, vi: 'Mưa tuyết to', en: 'Heavy snow showers', icon: 'snow' },
  { code: 95, vi: 'Dông', en: 'Thunderstorm', icon: 'storm' },
  { code: 96, vi: 'Dông kèm mưa đá nhẹ', en: 'Thunderstorm with slight hail', icon: 'storm' },
  { code: 99, vi: 'Dông kèm mưa đá to', en: 'Thunderstorm with heavy hail', icon: 'storm' },
];

/**
 * WMO 4677 groups, for the codes without a text of their own: each row runs from its code up to
 * the next row's. 13 (lightning) and 14–16 (precipitation in sight) share a text, not an icon.
 */
export const WMO_GROUPS: readonly WmoCondition[] = [
  { code: 4, vi: 'Mù khô, khói bụi', en: 'Haze, dust or smoke', icon: 'fog' },
  { code: 10, vi: 'Sương mù nhẹ', en: 'Mist', icon: 'fog' },
  { code: 13, vi: 'Mưa hoặc sét ở gần', en: 'Rain or lightning nearby', icon: 'storm' },
  { code: 14, vi: 'Mưa hoặc sét ở gần', en: 'Rain or lightning nearby', icon: 'rain' },
  { code: 17, vi: 'Dông, gió giật', en: 'Thunder or squalls', icon: 'storm' },
  { code: 20, vi: 'Vừa có mưa, dông', en: 'Recent rain or thunder', icon: 'cloud' },
  { code: 30, vi: 'Bão bụi, bão cát', en: 'Dust or sandstorm', icon: 'fog' },
  { code: 36, vi: 'Tuyết thổi', en: 'Blowing snow', icon: 'snow' },
  { code: 40, vi: 'Sương mù', en: 'Fog', icon: 'fog' },
  { code: 50, vi: 'Mưa phùn', en: 'Drizzle', icon: 'rain' },
  { code: 60, vi: 'Mưa', en: 'Rain', icon: 'rain' },
  { code: 70, vi: 'Tuyết', en: 'Snow', icon: 'snow' },
  { code: 80, vi: 'Mưa rào', en: 'Showers', icon: 'rain' },
  { code: 91, vi: 'Dông', en: 'Thunderstorm', icon: 'storm' },
];

/** Clear and partly cloudy skies have a night variant; the other icons are the same by night. */
const NIGHT_ICONS: Partial<Record<WeatherIcon, WeatherIcon>> = {
  sun: 'moon',
  'partly-day': 'partly-night',
};

/** What is not a WMO code. */
const UNKNOWN: Omit<WmoCondition, 'code'> = { vi: 'Không xác định', en: 'Unknown', icon: 'unknown' };

/** The row for a code (0–99): its own, else its group's; undefined without a code. */
export function wmoCondition(code: number | undefined): WmoCondition | undefined {
  if (code === undefined) return undefined;
  return WMO_CODES.find((row) => row.code == code) ?? WMO_GROUPS.findLast((group) => group.code <= code);
}

/** "Mưa nhỏ" / "Slight rain" for 61; "Không xác định" / "Unknown" without a code. */
export function weatherText(code: number | undefined, locale: Locale): string {
  const { vi, en } = wmoCondition(code) ?? UNKNOWN;
  return locale == 'en' ? en : vi;
}

/** The icon for a code; by night (`isDay === false`) clear and partly cloudy skies change. */
export function weatherIcon(code: number | undefined, isDay?: boolean): WeatherIcon {
  const { icon } = wmoCondition(code) ?? UNKNOWN;
  const night = isDay === false ? NIGHT_ICONS[icon] : undefined;
  return night ?? icon;
}
