import { useState } from 'react';
// Once, anywhere: types the four tags in React.JSX (attributes, properties, events).
import type {} from 'gov-portal-elements/react';
import 'gov-portal-elements/article-card';
import 'gov-portal-elements/view-counter';
import 'gov-portal-elements/award-list';
import 'gov-portal-elements/weather';
import type { Issue } from 'gov-portal-elements/model';
import { article, brokenArticle, decision, report } from './content';

export function App() {
  const [issues, setIssues] = useState<Issue[]>([]);
  const [count, setCount] = useState<number>();
  const issueLine = issues.map((issue) => `${issue.path} (${issue.code})`).join(', ');
  return (
    <main>
      {/* Attributes only, as a CMS writes them. */}
      <gov-article-card
        headline="Phường Quang Trung ra quân làm sạch đường phố"
        href="/tin-tuc/ra-quan"
        published="2023-03-12T07:30:00+07:00"
        views={120}
        variant="compact"
        heading-level={2}
      />
      {/* React 19 sets `article`, `decision` and `report` as properties: the elements have them. */}
      <gov-article-card article={article} variant="featured" heading-level={2} />
      <gov-article-card article={brokenArticle} ongov-error={(e) => setIssues(e.detail.issues)} />
      <p id="issues">{issues.length ? `Bài lỗi: ${issueLine}` : 'Không có lỗi'}</p>
      <gov-view-counter
        src="/api/views/quang-trung-so-ket.json"
        ongov-view-count={(e) => setCount(e.detail.count)}
      />
      <p id="count">{count === undefined ? 'Chưa đọc số lượt xem' : `Máy chủ báo ${count} lượt xem`}</p>
      <gov-award-list decision={decision} />
      <gov-weather report={report} layout="grid" />
    </main>
  );
}
