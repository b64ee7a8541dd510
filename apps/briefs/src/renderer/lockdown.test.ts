import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '@sco/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../assets/fonts.js';
import { findWidgetsBundle, WIDGETS_PATH } from '../assets/widgets-bundle.js';
import { loadWorldGeometry } from '../assets/world-geometry.js';
import { buildBriefPage } from '../templates/build-brief.js';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { loadRealData, openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { flat, pdfInfo, pdfPages, pdfTool, writePdf } from '../test-support/poppler.js';
import { testRenderer } from '../test-support/renderer.js';
import { testChromiumPath } from '../test-support/test-env.js';
import { BrowserHost } from './browser-host.js';
import { BriefSite } from './brief-site.js';
import { packagedChromium } from './chromium-executable.js';
import { SILENT_LOGGER } from './logger.js';
import { openFreshPage } from './fresh-page.js';
import { renderPage } from './render-page.js';
import { DEFAULT_STEP_TIMEOUTS } from './steps.js';
import { TocCache } from './toc-cache.js';

/** A server that records every request it receives; the page must never reach it. */
async function canary(host: string): Promise<{ server: Server; port: number; hits: string[] } | null> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('canary');
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, resolve);
    });
  } catch {
    return null;
  }
  return { server, port: (server.address() as AddressInfo).port, hits };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('a brief loads nothing but its own files', () => {
  let v4: NonNullable<Awaited<ReturnType<typeof canary>>>;
  let v6: Awaited<ReturnType<typeof canary>>;
  let hostile: string[];
  let fixture: BriefTestData;
  let dir: string;
  const renderer = testRenderer();

  beforeAll(async () => {
    const server = await canary('127.0.0.2');
    if (!server) throw new Error('cannot listen on 127.0.0.2');
    v4 = server;
    v6 = await canary('::1');
    const v6Port = v6?.port ?? v4.port;
    hostile = [
      `<iframe src="file:///etc/passwd"></iframe>`,
      `<img src="http://127.0.0.2:${v4.port}/img">`,
      `<IMG SRC="HTTP://127.0.0.2:${v4.port}/upper">`,
      `<img src="http://canary-host.invalid/img">`,
      `<img src="http://[::1]:${v6Port}/v6">`,
      `<style>@import url("http://127.0.0.2:${v4.port}/import");</style>`,
      `<script>fetch("http://127.0.0.2:${v4.port}/script")</script>`,
      `<link rel="stylesheet" href="HTTP://127.0.0.2:${v4.port}/link">`,
      `"><svg onload="fetch('http://127.0.0.2:${v4.port}/svg')">`,
    ];
    const real = await loadRealData();
    const text = hostile.join(' ');
    const dataset: Dataset = {
      ...real,
      tables: {
        ...real.tables,
        agreements: real.tables.agreements.map((agreement) =>
          agreement.id === 'sac-bsi-2004'
            ? {
                ...agreement,
                title_en: `SAC-BSI ${text}`,
                title_original: hostile[0] ?? null,
                title_original_lang: 'en',
              }
            : agreement,
        ),
        sources: real.tables.sources.map((source) =>
          source.subject_type === 'agreement' && source.subject_id === 'sac-bsi-2004'
            ? { ...source, quote: text }
            : source,
        ),
        provisions: real.tables.provisions.map((provision) =>
          provision.agreement_id === 'sac-bsi-2004' ? { ...provision, evidence: text } : provision,
        ),
        organisations: real.tables.organisations.map((organisation) =>
          organisation.code === 'ASEAN'
            ? {
                ...organisation,
                name_en: `ASEAN "</style><script>x()</script>\\" @import 'http://127.0.0.2:${v4.port}/css'`,
              }
            : organisation,
        ),
      },
    };
    fixture = await openBriefTestData(dataset);
    dir = await mkdtemp(path.join(os.tmpdir(), 'sco-briefs-lockdown-'));
  });

  afterAll(async () => {
    await renderer.close();
    await fixture.dispose();
    v4.server.close();
    v6?.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints hostile agreement texts as text, and requests nothing', async () => {
    const brief = await renderer.render({ template: 'partner', subject: 'GBR', lang: 'en' }, fixture.data);
    const file = await writePdf(path.join(dir, 'gbr.pdf'), brief.pdf);
    const text = squeeze((await pdfPages(file)).join(''));
    for (const snippet of hostile) expect(text, snippet).toContain(squeeze(snippet));
    expect(brief.blocked).toEqual([]);
    expect(v4.hits).toEqual([]);
    expect(v6?.hits ?? []).toEqual([]);
  });

  it('keeps a hostile partner name inside the title, the running head and the metadata', async () => {
    const brief = await renderer.render({ template: 'partner', subject: 'ASEAN', lang: 'en' }, fixture.data);
    const file = await writePdf(path.join(dir, 'asean.pdf'), brief.pdf);
    await pdfTool('qpdf', ['--check', file]);
    const name = `ASEAN "</style><script>x()</script>\\" @import 'http://127.0.0.2:${v4.port}/css'`;
    expect((await pdfInfo(file)).get('Title')).toContain(name);
    const pages = await pdfPages(file);
    // The running head of page 3 names the partner, as text.
    expect(squeeze(pages[2] ?? '')).toContain(squeeze(`Soft Connectivity Observatory · ${name}`));
    expect(brief.blocked).toEqual([]);
    expect(v4.hits).toEqual([]);
  });

  it('answers only the files of the brief', async () => {
    const [fonts, widgets] = await Promise.all([loadFonts(), findWidgetsBundle()]);
    const page = buildBriefPage(
      parseBriefRequest({ template: 'sector', subject: '35', lang: 'en' }),
      fixture.data,
      {
        generatedAt: new Date(),
        widgetsUrl: null,
        mapGeometry: null,
      },
    );
    const site = new BriefSite(page, fonts, widgets);
    expect((await site.respond('https://brief.invalid/'))?.status).toBe(200);
    expect((await site.respond(`https://brief.invalid${fonts.faces[0]?.url ?? ''}`))?.contentType).toBe(
      'font/woff2',
    );
    for (const url of [
      `http://127.0.0.2:${v4.port}/`,
      `HTTP://127.0.0.2:${v4.port}/`,
      'file:///etc/passwd',
      `http://[::1]:${v4.port}/`,
      'http://brief.invalid/',
      'https://brief.invalid:8443/',
      'https://brief.invalid/fonts/../../../../etc/passwd',
      'https://brief.invalid/widgets/../../../../../etc/passwd',
      'https://brief.invalid/widgets/%2e%2e/%2e%2e/package.json',
      'https://brief.invalid/?x=1',
      'data:text/html,hello',
    ]) {
      expect(await site.respond(url), url).toBeNull();
    }
  });

  it('blocks what a page asks for outside its origin, even markup that was not escaped', async () => {
    const [fonts, widgets, geometry] = await Promise.all([
      loadFonts(),
      findWidgetsBundle(),
      loadWorldGeometry(),
    ]);
    const page = buildBriefPage(
      parseBriefRequest({ template: 'sector', subject: '35', lang: 'en' }),
      fixture.data,
      {
        generatedAt: new Date(),
        widgetsUrl: widgets === null ? null : `${WIDGETS_PATH}${widgets.entry}`,
        mapGeometry: geometry,
      },
    );
    const raw = hostile.join('\n');
    // Right after the opening body tag, whatever its attributes.
    const injected = { ...page, html: page.html.replace(/<body[^>]*>/u, (tag) => `${tag}${raw}`) };
    expect(injected.html).toContain(raw);
    const host = new BrowserHost({
      executablePath: () =>
        testChromiumPath === null ? packagedChromium() : Promise.resolve(testChromiumPath),
      maxRenders: 1,
      logger: SILENT_LOGGER,
    });
    const lease = await host.acquire();
    try {
      // Without its Content-Security-Policy, so that the request allow-list alone is tested.
      class NoPolicySite extends BriefSite {
        override async respond(url: string) {
          const response = await super.respond(url);
          return response && { ...response, headers: {} };
        }
      }
      const result = await renderPage(
        await openFreshPage(lease.browser),
        new NoPolicySite(injected, fonts, widgets),
        {
          timeouts: DEFAULT_STEP_TIMEOUTS,
          onProgress: () => undefined,
          timings: {},
          attempt: 1,
          tocCache: new TocCache(),
          paper: 'a4',
        },
      );
      expect(result.pages).toBeGreaterThan(0);
      const blocked = result.blocked.join('\n');
      expect(blocked).toContain(`127.0.0.2:${v4.port}/img`);
      expect(blocked).toContain(`127.0.0.2:${v4.port}/upper`);
      expect(blocked).toContain('canary-host.invalid');
      expect(blocked).toContain(`127.0.0.2:${v4.port}/import`);
      expect(blocked).toContain(`127.0.0.2:${v4.port}/link`);
      expect(blocked).toContain(`127.0.0.2:${v4.port}/script`);
      const file = await writePdf(path.join(dir, 'raw.pdf'), result.pdf);
      expect(flat((await pdfPages(file)).join(' '))).not.toContain('root:x:0:0');
    } finally {
      lease.release();
      await host.close();
    }
    expect(v4.hits).toEqual([]);
    expect(v6?.hits ?? []).toEqual([]);
  });
});
