/**
 * WMO weather interpretation codes (WMO 4677 "present weather", 0–99) in Vietnamese and English,
 * and the icon that goes with each. The 28 codes that forecast services use (Open-Meteo's list)
 * have their own texts; every other code in 0–99 reads as its WMO 4677 group; anything else
 * (out of range, not a whole number, absent) is "Không xác định" / "Unknown".
 */
import type { Locale } from '../../format/locale.js';

// code|vi|en — the documented codes.
const CODES =
  '0|Trời quang|Clear sky;1|Ít mây|Mainly clear;2|Có mây|Partly cloudy;3|Nhiều mây|Overcast;45|Sương mù|Fog;48|Sương muối|Rime fog;' +
  '51|Mưa phùn nhẹ|Light drizzle;53|Mưa phùn|Moderate drizzle;55|Mưa phùn dày|Dense drizzle;56|Mưa phùn băng giá nhẹ|Light freezing drizzle;57|Mưa phùn băng giá dày|Dense freezing drizzle;' +
  '61|Mưa nhỏ|Slight rain;63|Mưa vừa|Moderate rain;65|Mưa to|Heavy rain;66|Mưa băng giá nhẹ|Light freezing rain;67|Mưa băng giá to|Heavy freezing rain;' +
  '71|Tuyết rơi nhẹ|Slight snow fall;73|Tuyết rơi vừa|Moderate snow fall;75|Tuyết rơi dày|Heavy snow fall;77|Tuyết hạt|Snow grains;' +
  '80|Mưa rào nhẹ|Slight rain showers;81|Mưa rào|Moderate rain showers;82|Mưa rào rất to|Violent rain showers;85|Mưa tuyết nhẹ|Slight snow showers;86|Mưa tuyết to|Heavy snow showers;' +
  '95|Dông|Thunderstorm;96|Dông kèm mưa đá nhẹ|Thunderstorm with slight hail;99|Dông kèm mưa đá to|Thunderstorm with heavy hail';

// first code of the group|vi|en — WMO 4677 ranges, for the codes above that have no text of their own.
const GROUPS =
  '4|Mù khô, khói bụi|Haze, dust or smoke;10|Sương mù nhẹ|Mist;13|Mưa hoặc sét ở gần|Rain or lightning nearby;17|Dông, gió giật|Thunder or squalls;' +
  '20|Vừa có mưa, dông|Recent rain or thunder;30|Bão bụi, bão cát|Dust or sandstorm;36|Tuyết thổi|Blowing snow;40|Sương mù|Fog;' +
  '50|Mưa phùn|Drizzle;60|Mưa|Rain;70|Tuyết|Snow;80|Mưa rào|Showers;91|Dông|Thunderstorm';

const table = (s: string) =>
  s
    .split(';')
    .map((row) => row.split('|'))
    .map(([c, vi, en]) => [Number(c), vi, en] as [number, string, string]);
let codes: [number, string, string][] | undefined;
let groups: [number, string, string][];

const isCode = (code: unknown): code is number =>
  typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 99;

/** "Mưa nhỏ" / "Slight rain" for 61; "Không xác định" / "Unknown" for what is not a WMO code. */
export function weatherText(code: unknown, locale: Locale): string {
  const i = locale === 'en' ? 2 : 1;
  if (!isCode(code)) return i === 2 ? 'Unknown' : 'Không xác định';
  codes ??= table(CODES);
  groups ??= table(GROUPS);
  const row = codes.find((r) => r[0] === code) ?? groups.findLast((r) => r[0] <= code)!;
  return row[i];
}

export type WeatherIcon =
  'sun' | 'moon' | 'partly-day' | 'partly-night' | 'cloud' | 'fog' | 'rain' | 'snow' | 'storm' | 'unknown';

// One letter a code, 0–99: s clear, p partly, c cloud, f fog/haze/dust, r rain, n snow, t thunder.
const ICON_OF =
  'sspcffffffffftrrrtttccccccccccffffffnnnnffffffffffrrrrrrrrrrrrrrrrrrrrnnnnnnnnnnrrrrrnnrrrrttttttttt';
const ICON_NAME: Record<string, WeatherIcon> = {
  s: 'sun',
  p: 'partly-day',
  c: 'cloud',
  f: 'fog',
  r: 'rain',
  n: 'snow',
  t: 'storm',
};

/** The icon for a code; clear and partly cloudy skies have a night variant (`isDay === false`). */
export function weatherIcon(code: unknown, isDay?: boolean): WeatherIcon {
  if (!isCode(code)) return 'unknown';
  const icon = ICON_NAME[ICON_OF[code]!]!;
  return isDay === false ? (icon === 'sun' ? 'moon' : icon === 'partly-day' ? 'partly-night' : icon) : icon;
}
