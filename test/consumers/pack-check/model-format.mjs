// Run in the scratch project (twice, TZ=UTC and TZ=America/New_York): the seed page read by the
// model and a date printed by format; prints what came out as JSON.
import { readFileSync } from 'node:fs';
import { parsePortalPage, toNewsArticleJsonLd } from 'gov-portal-elements/model';
import { formatPortalDate } from 'gov-portal-elements/format';

const page = parsePortalPage(readFileSync('seed.txt', 'utf8'));
const article = page.sections[0].articles[0];
const jsonLd = toNewsArticleJsonLd(article, { publisher: { name: 'UBND phường Quang Trung' } });
console.log(
  JSON.stringify({
    places: page.places.join('|'),
    section: page.sections[0].name,
    publishedAt: article.publishedAt,
    views: article.viewCount,
    author: article.authors[0]?.name,
    datePublished: jsonLd.datePublished,
    date: formatPortalDate('2023-03-15T12:52:00Z'),
  }),
);
