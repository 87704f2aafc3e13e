// Counts passed and failed browser tests and writes them to a JSON file (WTR_SUMMARY) so that
// scripts/test.mjs can print one "N passed, N failed" line for the Node and browser suites.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to import or errors outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      if (process.env.WTR_SUMMARY) writeFileSync(process.env.WTR_SUMMARY, JSON.stringify(totals));
    },
  };
}
