// The callbacks given to the page run in Chromium: they use the DOM's types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { access, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { testDatabases } from '@sco/db/testing';
import type { BrowserContext, HTTPResponse, Page } from 'puppeteer-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestApp, type BriefTestApp } from '../briefs/test-support/brief-test-app.js';
import { pdfInfo, pdfPageImages, pdfPageTexts } from './test-support/pdf-tools.js';
import { launchTestBrowser, type TestBrowser } from './test-support/test-browser.js';

/** Screenshots of the studio, the downloaded PDFs and their page images, kept for a person to look at. */
const outDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'test-results',
  'studio',
);

const RENDER_MS = 180_000;

/** Waits for a file the browser downloads (Chromium writes it under another name, then renames it). */
async function downloaded(file: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await access(file);
      return file;
    } catch {
      if (Date.now() > deadline) throw new Error(`${file} was not downloaded in ${timeoutMs} ms`);
      await delay(100);
    }
  }
}

const sqlite = (await testDatabases()).find((database) => database.dialect === 'sqlite');

describe('the brief studio in Chromium: from sign-in to downloaded PDFs (end to end)', () => {
  let b: BriefTestApp;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  let downloads: string;
  /** What the page reported that it should not have: script errors, refused loads, CSP violations. */
  const complaints: string[] = [];
  /** How to undo what beforeAll did, in the order it was done (undone last first). */
  const cleanups: (() => Promise<unknown>)[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  const text = (selector: string) => page.$eval(selector, (element) => element.textContent.trim());
  const visible = (selector: string) => page.$eval(selector, (element) => !(element as HTMLElement).hidden);

  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite test database');
    await mkdir(outDir, { recursive: true });
    downloads = await mkdtemp(path.join(os.tmpdir(), 'sco-studio-downloads-'));
    cleanups.push(() => rm(downloads, { recursive: true, force: true }));
    // Two briefs a minute per key: the third shows how the studio reports a refusal (429).
    b = await openBriefTestApp(sqlite, {}, { rateLimits: { briefs: 2 } });
    cleanups.push(() => b.dispose());
    const server = await new Promise<Server>((resolve) => {
      const listening = b.t.app.listen(0, '127.0.0.1', () => {
        resolve(listening);
      });
    });
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const chromium: TestBrowser = await launchTestBrowser();
    cleanups.push(() => chromium.close());
    context = await chromium.browser.createBrowserContext({
      downloadBehavior: { policy: 'allow', downloadPath: downloads },
    });
    page = await context.newPage();
    page.on('pageerror', (error) => complaints.push(`page error: ${String(error)}`));
    page.on('console', (message) => {
      // The refusals the tests ask for are logged (a wrong key: 401; one brief too many: 429); anything else
      // the console reports is a fault (the signed-out page itself asks nothing that could answer 401).
      if (message.type() === 'error' && !/status of (401|429) /.test(message.text()))
        complaints.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (failed) => {
      // A download is "aborted" as a page load: Chromium takes it over.
      if (!failed.url().endsWith('/pdf'))
        complaints.push(`failed: ${failed.method()} ${failed.url()} ${failed.failure()?.errorText ?? ''}`);
    });
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Starts the render of what the form says, follows it to done (screenshots on the way) and downloads it. */
  async function renderAndDownload(name: string): Promise<{ file: string; status: string }> {
    // Every value the progress bar takes, as the page sets it.
    await page.evaluate(() => {
      const bar = document.getElementById('job-progress') as HTMLProgressElement;
      const seen: number[] = [];
      (window as { progressSeen?: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        if (bar.hasAttribute('value')) seen.push(bar.value);
      }).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    // Every progress the server reported while rendering, as the page's polls received it.
    const reported: number[] = [];
    const onResponse = (response: HTTPResponse) => {
      if (!/^\/v1\/briefs(\/[^/]+)?$/.test(new URL(response.url()).pathname) || !response.ok()) return;
      response
        .json()
        .then((job: { status?: string; progress?: number }) => {
          if (job.status === 'rendering' && typeof job.progress === 'number') reported.push(job.progress);
        })
        .catch(() => undefined);
    };
    page.on('response', onResponse);
    await page.click('#render-button');
    await page.waitForFunction(
      () =>
        !(document.getElementById('job')?.hidden ?? true) &&
        /…/.test(document.getElementById('job-status')?.textContent ?? ''),
    );
    // The progress appears under the form, below the fold: the page brings it into view.
    await page.waitForFunction(
      () => {
        const box = document.getElementById('job-progress')?.getBoundingClientRect();
        return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      },
      { timeout: 5_000 },
    );
    await shot(`${name}-progress`);
    await page.waitForSelector('#job-download:not([hidden])', { timeout: RENDER_MS });
    await shot(`${name}-done`);
    expect(await page.$eval('#job-progress', (progress) => (progress as HTMLProgressElement).value)).toBe(1);
    // The bar took every step's progress the server reported on the way (how many a poll catches depends on
    // how fast the render is: the steps themselves are brief-progress's tests), and never went back.
    page.off('response', onResponse);
    const seen = await page.evaluate(() => (window as { progressSeen?: number[] }).progressSeen ?? []);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(reported.length, 'the page polled the job while it rendered').toBeGreaterThan(0);
    const between = (values: number[]) => new Set(values.filter((value) => value > 0 && value < 1));
    expect(between(seen), seen.join(' ')).toEqual(between(reported));
    const link = await page.$eval('#job-download', (anchor) => ({
      href: anchor.getAttribute('href') ?? '',
      download: anchor.getAttribute('download') ?? '',
    }));
    expect(link.href).toMatch(/^\/v1\/briefs\/brief-[0-9a-f]{32}\/pdf$/);
    await page.click('#job-download');
    const file = await downloaded(path.join(downloads, link.download));
    await copyFile(file, path.join(outDir, link.download));
    return { file, status: await text('#job-status') };
  }

  it('asks for a key, says what is wrong with a bad one, and signs in with a good one', async () => {
    await page.goto(`${origin}/studio`, { waitUntil: 'networkidle0' });
    await shot('1-signed-out');
    expect(await page.$('#brief-form')).toBeNull();

    await page.type('#api-key', 'sco_not_a_key');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sign-in-error:not([hidden])');
    expect(await text('#sign-in-error')).toBe(
      'Authentication failed. The API key is unknown, wrong or revoked.',
    );
    // The field says it is wrong, and has the focus again to be corrected.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
    expect(await page.$eval('#api-key', (input) => input.getAttribute('aria-invalid'))).toBe('true');
    await shot('2-wrong-key');

    await page.$eval('#api-key', (input) => {
      (input as HTMLInputElement).value = '';
    });
    await page.type('#api-key', b.keys.communications);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.click('#sign-in-form button'),
    ]);
    expect(await text('.studio-who b')).toBe('Communications One');
    const cookies = await context.cookies();
    expect(cookies.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      expect.objectContaining({
        name: 'sco_session',
        path: '/',
        httpOnly: true,
        sameSite: 'Strict',
        session: false,
      }),
      expect.objectContaining({
        name: 'sco_signed_in',
        value: '1',
        path: '/studio',
        httpOnly: true,
        sameSite: 'Lax',
        session: false,
      }),
    ]);
    // The page's script never sees the cookie.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await shot('3-signed-in');

    // Every control has a name a screen reader reads out.
    const tree = await page.accessibility.snapshot({ interestingOnly: true });
    const unnamed: string[] = [];
    const walk = (node: NonNullable<typeof tree>) => {
      if (['radio', 'combobox', 'button', 'textbox', 'link', 'progressbar'].includes(node.role) && !node.name)
        unnamed.push(node.role);
      for (const child of node.children ?? []) walk(child);
    };
    if (tree) walk(tree);
    expect(unnamed).toEqual([]);
  });

  it('opens the studio on arriving from a link on another site, which the session cookie does not follow', async () => {
    // localhost and 127.0.0.1 are two sites: the SameSite=Strict session cookie stays behind on the click, the
    // Lax marker comes, and the sign-in page asks its own server (with the cookie) whether the session is open.
    const other = origin.replace('127.0.0.1', 'localhost');
    await page.goto(`${other}/demo`, { waitUntil: 'load' });
    await page.evaluate((target) => {
      const link = document.createElement('a');
      link.href = target;
      link.id = 'to-studio';
      link.textContent = 'The brief studio';
      document.body.prepend(link);
    }, `${origin}/studio`);
    const answers: string[] = [];
    const listen = (response: HTTPResponse) => answers.push(`${String(response.status())} ${response.url()}`);
    page.on('response', listen);
    try {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#to-studio')]);
      await page.waitForSelector('#brief-form', { timeout: 10_000 });
    } finally {
      page.off('response', listen);
    }
    expect(answers).toContain(`200 ${origin}/v1/briefs?limit=1`);
    expect(await text('.studio-who b')).toBe('Communications One');
  });

  it(
    'renders the overview in Chinese: progress, done, a downloaded PDF in Chinese with the API’s figures',
    async () => {
      expect(await visible('#subject-field')).toBe(false);
      await page.click('input[name="lang"][value="zh"]');
      const { file, status } = await renderAndDownload('4-overview-zh');
      expect(status).toMatch(/^Done: \d+ pages, [\d.]+ (kB|MB), rendered in [\d.]+ s\.$/);
      expect(await text('#job-brief')).toBe('Overview · 中文 · A4 · data release 1.0.0');
      expect(path.basename(file)).toBe('sco-brief-overview-zh-a4-1.0.0.pdf');
      await pdfPageImages(file, path.join(outDir, 'overview-zh-page'));

      const { fields, xmp } = await pdfInfo(file);
      const pages = Number(fields.get('Pages'));
      expect(pages).toBeGreaterThanOrEqual(6);
      expect(status).toContain(`${pages} pages`);
      expect(fields.get('Title')).toBe('中国标准化合作协议：全球概览');
      expect(fields.get('Page size')).toMatch(/\(A4\)$/);
      expect(fields.get('Tagged')).toBe('yes');
      expect(fields.get('DataRelease')).toBe('1.0.0');
      expect(fields.get('BriefQuery')).toBe('template=overview&lang=zh&paper=a4&release=1.0.0');
      expect(xmp).toContain('<rdf:li>zh-CN</rdf:li>');

      const texts = await pdfPageTexts(file);
      expect(texts).toHaveLength(pages);
      expect(texts[0]).toContain('中国标准化合作协议：全球概览');
      expect(texts.at(-1)).toContain(`第 ${pages} 页，共 ${pages} 页`);
      const all = texts.join(' ');
      // In Chinese: the cover, the contents and the headline figures are written in Chinese characters (the
      // agreements' titles and the sources later on are quoted in the language they were published in).
      for (const pageText of texts.slice(0, 3)) {
        const han = pageText.match(/\p{Script=Han}/gu)?.length ?? 0;
        const latin = pageText.match(/\p{Script=Latin}/gu)?.length ?? 0;
        expect(han).toBeGreaterThan(2 * latin);
      }
      // The headline figures are those of the API.
      const indicator = await request(b.t.app).get('/v1/indicators/agreements?lang=zh').expect(200);
      const { values } = indicator.body.total;
      expect(all).toContain(
        [values.verified.formatted, values.verified_single.formatted, values.all.formatted].join(' '),
      );
    },
    RENDER_MS + 60_000,
  );

  it(
    'previews and renders a partner brief in French, the partner picked by name',
    async () => {
      await page.click('input[name="template"][value="partner"]');
      expect(await visible('#subject-field')).toBe(true);
      expect(await text('#subject-label')).toBe('Partner');
      await page.click('input[name="lang"][value="fr"]');
      await page.select('#subject', 'FRA');
      const option = await page.$eval('#subject', (select) => {
        const chosen = (select as HTMLSelectElement).selectedOptions[0];
        return chosen?.textContent ?? '';
      });
      const count = Number(/— (\d+) agreements?$/.exec(option)?.[1]);
      expect(option).toBe(`France (FRA) — ${String(count)} agreements`);

      // The preview: the brief's own page in the sandboxed frame, in French.
      await page.click('#preview-button');
      await page.waitForSelector('#preview-frame:not([hidden])');
      const frame = await (await page.$('#preview-frame'))?.contentFrame();
      if (!frame) throw new Error('the preview frame has no document');
      await frame.waitForSelector('h1');
      expect((await frame.$eval('h1', (h1) => h1.textContent)).replace(/\s+/g, ' ')).toBe(
        'France : la coopération avec la Chine en matière de normes',
      );
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
      // Sandboxed: an opaque origin, without the studio's cookie or its page.
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      await shot('5-preview-partner-fr');

      const { file, status } = await renderAndDownload('6-partner-fr');
      expect(status).toMatch(/^Done: \d+ pages/);
      expect(await text('#job-brief')).toBe('Partner: France (FRA) · Français · A4 · data release 1.0.0');
      expect(path.basename(file)).toBe('sco-brief-partner-FRA-fr-a4-1.0.0.pdf');
      await pdfPageImages(file, path.join(outDir, 'partner-fr-page'));

      const { fields, xmp } = await pdfInfo(file);
      const pages = Number(fields.get('Pages'));
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(fields.get('Title')).toBe('France\u00a0: la coopération avec la Chine en matière de normes');
      expect(fields.get('Tagged')).toBe('yes');
      expect(fields.get('DataRelease')).toBe('1.0.0');
      expect(fields.get('BriefQuery')).toBe('template=partner&subject=FRA&lang=fr&paper=a4&release=1.0.0');
      expect(xmp).toContain('<rdf:li>fr</rdf:li>');

      const texts = await pdfPageTexts(file);
      const all = texts.join(' ');
      expect(texts[0]).toContain('France : la coopération avec la Chine en matière de normes');
      expect(all).toContain(`France : la base documente ${String(count)} accords`);
      expect(texts.at(-1)).toContain(`Page ${String(pages)} sur ${String(pages)}`);
      expect(all).not.toMatch(/\p{Script=Han}{4}/u);
    },
    RENDER_MS + 60_000,
  );

  it('says so when the server refuses a brief: too many a minute (429), when to try again', async () => {
    await page.click('input[name="template"][value="region"]');
    expect(await text('#subject-label')).toBe('Region');
    await page.click('#render-button');
    await page.waitForSelector('#form-error:not([hidden])');
    expect(await text('#form-error')).toMatch(
      /^Too many requests\. At most 2 briefs per 60 s per API key; try again in \d+ s\.$/,
    );
    expect(await page.$eval('#form-error', (error) => error.getAttribute('role'))).toBe('alert');
    await shot('7-too-many-briefs');
    // Changing the choices clears the message.
    await page.click('input[name="template"][value="partner"]');
    expect(await visible('#form-error')).toBe(false);
  });

  it('lists both briefs as recent, with their PDFs, and signs out', async () => {
    await page.waitForFunction(() => document.querySelectorAll('#recent-rows a[download]').length === 2);
    const rows = await page.$$eval('#recent-rows tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
    expect(rows).toEqual([
      ['Partner: France (FRA)', 'Français · A4', '1.0.0', 'done', 'Download PDF'],
      ['Overview', '中文 · A4', '1.0.0', 'done', 'Download PDF'],
    ]);
    // The same list after a reload, rendered by the server.
    await page.reload({ waitUntil: 'networkidle0' });
    const reloaded = await page.$$eval('#recent-rows tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
    expect(reloaded).toEqual(rows);

    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#sign-out')]);
    expect(await page.$('#sign-in-form')).not.toBeNull();
    expect(await context.cookies()).toEqual([]);
    await shot('8-signed-out-again');
    expect(complaints).toEqual([]);
  });
});
