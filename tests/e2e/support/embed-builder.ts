/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'puppeteer-core';
import { widgetsSettled } from './page-probe.js';

/** The snippet box of the embed builder, as a reader would copy it. */
export function snippetOf(page: Page): Promise<string> {
  return page.$eval('textarea#snippet', (box) => box.value);
}

/** Opens the API's /embed and waits for its live preview. */
export async function openBuilder(page: Page, api: string): Promise<void> {
  await page.goto(`${api}/embed`, { waitUntil: 'load' });
  await widgetsSettled(page);
}

/** Waits until the snippet box holds a snippet of `tag` that differs from `before`. */
export async function snippetChanged(page: Page, before: string, tag: string): Promise<string> {
  await page.waitForFunction(
    (previous, element) => {
      const value = document.querySelector<HTMLTextAreaElement>('textarea#snippet')?.value ?? '';
      return value !== previous && value.includes(`<${element}`);
    },
    { timeout: 5_000 },
    before,
    tag,
  );
  return snippetOf(page);
}

/** The script and preload lines of a snippet (everything but its element). */
export function scriptLines(snippet: string): string {
  return snippet
    .split('\n')
    .filter((line) => /^<(?:script|link)\b/.test(line))
    .join('\n');
}
