/** axe-core in the page: fails with the list of violations (rule, target, summary). */
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export async function expectAccessible(
  el: Element,
  options: { disableRules?: string[] } = {},
): Promise<void> {
  const rules = Object.fromEntries((options.disableRules ?? []).map((r) => [r, { enabled: false }]));
  const result = await window.axe.run(el, { rules, resultTypes: ['violations'] });
  if (result.violations.length) {
    const lines = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n  ')}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
