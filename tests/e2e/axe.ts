import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/serve.mjs';

/** axe-core's source, evaluated into a page over the DevTools protocol or WebDriver BiDi (an extension page's CSP, rightly, refuses inline scripts). */
export const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs in the page once `AXE_SOURCE` is in: axe-core's violations (open shadow roots
 * included) under `selector`, or the whole document, one line each.
 */
export async function axeViolations(selector: string | null): Promise<string[]> {
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const result = await axe.run(selector ? { include: [[selector]] } : document);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
