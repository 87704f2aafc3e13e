import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/weather/define.js';
import { clock } from '../src/format/clock.js';
import type { WeatherPlace, WeatherReport } from '../src/model/types.js';
import type { WeatherSource } from '../src/sources/weather/source.js';
import { WeatherSourceError } from '../src/sources/weather/source.js';
import { spread } from './support/spread.js';
import { speaks } from './support/rendered.js';
import { checkControls } from './support/controls-check.js';

/**
 * The time the stories are set at: the seed page's day, 15/03/2023 11:00 in Hà Nội (the night
 * story: 20:00). Readings by day say `isDay: true`, by night `false`, as their times say.
 */
const NOW = '2023-03-15T04:00:00Z';
const EVENING = '2023-03-15T13:00:00Z';

type Three<T> = [T, T, T];

/** Three readings taken at `observedAt` (10:45 by default), fetched 5 minutes later. */
const seed = (
  conditions: Three<Partial<WeatherPlace>>,
  observedAt = '2023-03-15T10:45:00+07:00',
): WeatherReport => ({
  places: [
    { id: 'ha-noi', name: 'Hà Nội', observedAt, ...conditions[0] },
    { id: 'da-nang', name: 'Đà Nẵng', observedAt, ...conditions[1] },
    { id: 'tp-ho-chi-minh', name: 'TP Hồ Chí Minh', observedAt, ...conditions[2] },
  ],
  units: 'metric',
  source: { name: 'Open-Meteo', url: 'https://open-meteo.com/', attribution: 'Open-Meteo.com (CC BY 4.0)' },
  fetchedAt: new Date(Date.parse(observedAt) + 5 * 60_000).toISOString(),
});

/** The seed's three cities: sun in Hà Nội, rain in Đà Nẵng, a thunderstorm in TP Hồ Chí Minh. */
const MIXED = seed([
  { temperature: 24.1, humidity: 65, windSpeed: 8.3, weatherCode: 0, isDay: true, min: 18.9, max: 25.2 },
  { temperature: 23.8, humidity: 91, windSpeed: 7.2, weatherCode: 63, isDay: true, min: 21.7, max: 26.9 },
  { temperature: 28.6, humidity: 78, windSpeed: 13.3, weatherCode: 95, isDay: true, min: 24.2, max: 34.1 },
]);
const SUNNY = seed([
  { temperature: 26.4, humidity: 58, windSpeed: 6.1, weatherCode: 0, isDay: true, min: 19.5, max: 27.8 },
  { temperature: 29.2, humidity: 62, windSpeed: 9.4, weatherCode: 1, isDay: true, min: 22.3, max: 30.1 },
  { temperature: 33.5, humidity: 55, windSpeed: 11.2, weatherCode: 0, isDay: true, min: 25.0, max: 34.6 },
]);
const RAINY = seed([
  { temperature: 19.8, humidity: 94, windSpeed: 10.4, weatherCode: 53, isDay: true, min: 18.2, max: 21.0 },
  { temperature: 22.6, humidity: 96, windSpeed: 14.8, weatherCode: 65, isDay: true, min: 21.9, max: 24.4 },
  { temperature: 26.1, humidity: 90, windSpeed: 12.0, weatherCode: 81, isDay: true, min: 24.8, max: 30.2 },
]);
const STORMY = seed([
  { temperature: 27.3, humidity: 85, windSpeed: 22.6, weatherCode: 95, isDay: true, min: 24.1, max: 31.7 },
  { temperature: 26.9, humidity: 88, windSpeed: 31.4, weatherCode: 96, isDay: true, min: 25.2, max: 30.8 },
  { temperature: 27.8, humidity: 86, windSpeed: 18.7, weatherCode: 99, isDay: true, min: 25.6, max: 33.0 },
]);
const NIGHT = seed(
  [
    { temperature: 21.4, humidity: 88, windSpeed: 9.7, weatherCode: 0, isDay: false, min: 18.9, max: 24.6 },
    { temperature: 23.8, humidity: 91, windSpeed: 7.2, weatherCode: 2, isDay: false, min: 21.7, max: 26.9 },
    { temperature: 28.6, humidity: 74, windSpeed: 13.3, weatherCode: 3, isDay: false, min: 24.2, max: 34.1 },
  ],
  '2023-03-15T19:45:00+07:00',
);

const never: WeatherSource = { name: 'story', load: () => new Promise(() => {}) };
const failing: WeatherSource = {
  name: 'story',
  load: () => Promise.reject(new WeatherSourceError('network', 'offline (story)')),
};
const PLACES = 'ha-noi,da-nang,tp-ho-chi-minh';

/**
 * The story's args: one per attribute, named as the attribute, plus the `report` property. A
 * source object (not a name) goes in as the `source` property, by the stories that use one.
 */
interface Args {
  src?: string;
  source?: string;
  places?: string;
  units?: 'metric' | 'imperial';
  layout?: 'list' | 'grid' | 'compact';
  heading?: string;
  'heading-level'?: number;
  refresh?: number;
  'stale-after'?: number;
  lang?: string;
  report?: WeatherReport;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-weather',
  component: 'gov-weather',
  tags: ['autodocs'],
  args: { units: 'metric', layout: 'list', 'heading-level': 2, report: MIXED },
  parameters: { now: NOW },
  // Stories are pinned to a time (parameters.now) so ages and staleness read the same every day.
  decorators: [
    (story, context) => {
      clock.set(context.parameters.now ?? NOW);
      return html`<div style="max-inline-size:28rem">${story()}</div>`;
    },
  ],
  render: (args) => html`<gov-weather ${spread(args)}></gov-weather>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed page's box: Hà Nội in the sun, rain in Đà Nẵng, a thunderstorm in TP Hồ Chí Minh. */
export const Default: Story = { play: speaks({ vi: 'Thời tiết các vùng', en: 'Weather by region' }) };

/** The toolbar set to English (`globals: { locale: 'en' }`). */
export const English: Story = {
  globals: { locale: 'en' },
  play: speaks({ vi: 'Thời tiết các vùng', en: 'Weather by region' }),
};

/** The element's own `lang` wins over the page's (and the toolbar's). */
export const OwnLang: Story = {
  args: { lang: 'en' },
  play: speaks({ vi: 'Thời tiết các vùng', en: 'Weather by region' }),
};

export const Sunny: Story = { args: { report: SUNNY } };

export const Rain: Story = { args: { report: RAINY } };

export const Thunderstorm: Story = { args: { report: STORMY } };

/** Clear and partly cloudy skies have night icons (from `isDay`): readings at 19:45, seen at 20:00. */
export const Night: Story = { args: { report: NIGHT }, parameters: { now: EVENING } };

/** °F and mph, converted from the metric report. */
export const Imperial: Story = { args: { units: 'imperial' } };

export const Compact: Story = { args: { layout: 'compact' } };

export const Grid: Story = {
  args: { layout: 'grid' },
  decorators: [(story) => html`<div style="inline-size:48rem">${story()}</div>`],
};

/** While loading, one placeholder row a place, the size of the final rows: nothing shifts. */
export const Loading: Story = {
  args: { report: undefined, places: PLACES },
  render: (args) => html`<gov-weather ${spread(args)} .source=${never}></gov-weather>`,
};

/** A failed load: a message and a retry button (the page also hears gov-error). */
export const LoadError: Story = {
  name: 'Error',
  args: { report: undefined },
  render: (args) => html`<gov-weather ${spread(args)} .source=${failing}></gov-weather>`,
};

/** The first load worked, the refresh 3 s later did not: the data stays, with a note and a retry button. */
export const RefreshFailed: Story = {
  args: { report: undefined, refresh: 3 },
  render: (args) => {
    let loads = 0;
    const flaky: WeatherSource = {
      name: 'story',
      // The first load answers; every later one fails.
      load: () => {
        loads++;
        return loads == 1 ? Promise.resolve(MIXED) : failing.load();
      },
    };
    return html`<gov-weather ${spread(args)} .source=${flaky}></gov-weather>`;
  },
};

/** `source="open-meteo"` without the entry that registers the adapter: a clear message. */
export const UnregisteredSource: Story = {
  args: { report: undefined, source: 'open-meteo', places: PLACES },
};

/** Data fetched 4 hours ago (the default limit is 3 hours): "Dữ liệu cũ · cập nhật 4 giờ trước". */
export const Stale: Story = { parameters: { now: '2023-03-15T07:50:00Z' } };

/** A report of the day before: its time and date ("cập nhật 10:50 15/03/2023"), each reading's too. */
export const Yesterday: Story = { parameters: { now: '2023-03-16T04:00:00Z' } };

/**
 * A report made now whose readings are three days old: each says "Số liệu cũ" / "Old reading"
 * beside its condition, and its reading time has its date ("Lúc 10:45 12/03/2023").
 */
export const OldReadings: Story = {
  args: {
    report: {
      ...MIXED,
      places: MIXED.places.map((place) => ({ ...place, observedAt: '2023-03-12T10:45:00+07:00' })),
    },
  },
};

/** Bad values are left out (and reported with gov-error); an unsafe source link is dropped. */
export const BadData: Story = {
  args: {
    report: {
      ...MIXED,
      source: { name: 'Cổng thông tin (proxy)', url: 'javascript:alert(1)' },
      places: [
        { ...MIXED.places[0]!, humidity: 140 },
        { id: 'x', name: 'Huế', weatherCode: 101 },
      ],
    },
  },
};

/** Test only (hidden): Controls match custom-elements.json, and each control sets its attribute. */
export const ControlsCheck: Story = { tags: ['!dev', '!autodocs'], play: checkControls };
