import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core (injected into the test page) on a widget and fails with every violation found. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? ''}): ${violation.help}\n  ${violation.nodes
        .map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
        .join('\n  ')}`,
  );
  expect(found, found.join('\n')).toEqual([]);
}
