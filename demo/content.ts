/**
 * The demo's embedded content: the seed page (imported with the library's own importer and
 * checked with its parser), sample weather and an illustrative award decision. No network.
 */
import { readFileSync } from 'node:fs';
import { parsePortalPage, parseArticle, parseAwardDecision, parseWeatherReport } from '../src/model/index.js';
import type { Article, AwardDecision, WeatherReport } from '../src/model/index.js';
import { slugify } from '../src/format/text.js';
import { portalDate } from '../src/format/dates.js';

const read = (name: string) => readFileSync(new URL(`./content/${name}`, import.meta.url), 'utf8');

function must<T>(result: { ok: true; value: T } | { ok: false; issues: unknown }, what: string): T {
  if (!result.ok) throw new Error(`demo content ${what} is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Photos are not part of a text page; the demo shows drawn stand-ins, labelled as illustrative. */
const ILLUSTRATIONS = ['/assets/img/khen-thuong-tap-the.svg', '/assets/img/khen-thuong-ca-nhan.svg'];

export interface DemoContent {
  places: string[];
  sectionName: string;
  sectionSlug: string;
  articles: Article[];
  weather: WeatherReport;
  award: AwardDecision;
}

/**
 * The sample weather, re-stamped to the current quarter hour so the demo shows the normal state
 * (the element would rightly call a 2023 reading out of date), with day or night to match that
 * time: day from 06:00 to 18:00 in Vietnam, near enough to sunrise and sunset for sample data (the
 * sun by day, the moon by night). The values stay sample values and the page says so.
 */
function sampleWeatherNow(report: { places: { observedAt?: string }[]; fetchedAt: string }) {
  const quarter = 15 * 60_000;
  const observed = portalDate(new Date(Math.floor(Date.now() / quarter) * quarter).toISOString());
  const at = observed.ok ? observed.datetime : report.fetchedAt;
  const hour = Number(at.slice(11, 13)); // "2023-03-15T19:45:00+07:00": the hour in Vietnam
  const isDay = hour >= 6 && hour < 18;
  return { ...report, fetchedAt: at, places: report.places.map((p) => ({ ...p, observedAt: at, isDay })) };
}

export function loadContent(): DemoContent {
  const page = parsePortalPage(read('portal-page.txt'), { lang: 'vi' });
  const section = page.sections[0]!;
  const articles = section.articles.map((imported) => {
    const slug = slugify(imported.headline);
    let illustration = 0;
    const withImages: Article = {
      ...imported,
      id: slug,
      slug,
      url: `/tin-tuc/${slug}`,
      section: { name: section.name, href: `/#${slugify(section.name)}` },
      images: [
        {
          src: '/assets/img/hoi-nghi.svg',
          alt: 'Ảnh minh họa: quang cảnh hội nghị',
          width: 800,
          height: 450,
        },
      ],
      body: imported.body.map((block) =>
        block.type === 'image' && !block.image.src && illustration < ILLUSTRATIONS.length
          ? {
              ...block,
              image: { ...block.image, src: ILLUSTRATIONS[illustration++]!, width: 800, height: 450 },
            }
          : block,
      ),
    };
    return must(parseArticle(withImages), 'article');
  });
  const { _note, ...award } = JSON.parse(read('awards-illustrative.json'));
  void _note;
  return {
    places: page.places,
    sectionName: section.name,
    sectionSlug: slugify(section.name),
    articles,
    weather: must(parseWeatherReport(sampleWeatherNow(JSON.parse(read('weather-sample.json')))), 'weather'),
    award: must(parseAwardDecision(award), 'award decision'),
  };
}
