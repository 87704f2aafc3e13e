// Mistakes the package's types must catch: tsc has to fail on each line with an expect-error
// comment, and on no other line (react/consumer.mjs checks both).
import type {} from 'gov-portal-elements/react';

export const misuse = (
  <>
    <gov-article-card views={{}} /> {/* expect-error: views is a number */}
    <gov-article-card variant="wide" /> {/* expect-error: no such variant */}
    <gov-view-counter ongov-view-count={(e) => e.detail.issues} /> {/* expect-error: a count has no issues */}
    <gov-article-card updated="2023-03-16T08:00:00+07:00" /> {/* expect-error: React would replace updated() */}
  </>
);
