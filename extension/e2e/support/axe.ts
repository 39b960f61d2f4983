// axe-core (WCAG 2.x A/AA, plus label-content-name-mismatch) injected into a page under test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_CODE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * The violations on the page; with `ownUiOnly`, only those inside Stagewijzer's own UI on a page
 * (the fixture pages' own markup is not ours to judge).
 */
export async function axeViolations(page: Page | Frame, options: { ownUiOnly?: boolean } = {}): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: extension pages allow no inline scripts (CSP script-src 'self').
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_CODE);
  const raw = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  if (!options.ownUiOnly) return raw;
  return raw.map((v) => ({ ...v, targets: v.targets.filter((t) => /stagewijzer-/.test(t)) })).filter((v) => v.targets.length > 0);
}
