import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfReader } from '../pdf/pdf-reader.js';
import { InvalidBriefRequestError } from '../request/parse-brief-request.js';
import { UnknownSubjectError } from '../templates/unknown-subject-error.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { testRenderer } from '../test-support/renderer.js';
import { BrowserLaunchError } from './browser-launch-error.js';
import { createBriefRenderer } from './create-brief-renderer.js';
import { QueueFullError } from './queue-full-error.js';
import type { BriefProgress } from './steps.js';

const SMALL = { template: 'sector', subject: '35', lang: 'en' } as const;

describe('the brief renderer', () => {
  let fixture: BriefTestData;

  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  it('renders again on a fresh browser when the browser is killed mid-render', async () => {
    const renderer = testRenderer();
    try {
      const events: BriefProgress[] = [];
      let killed = false;
      const brief = await renderer.render(SMALL, fixture.data, {
        onProgress: (event) => {
          events.push(event);
          if (!killed && event.type === 'step' && event.step === 'fonts' && event.state === 'started') {
            const pid = renderer.stats().browserPid;
            if (pid === null) throw new Error('no browser process');
            killed = true;
            process.kill(pid, 'SIGKILL');
          }
        },
      });
      expect(killed).toBe(true);
      expect(brief.attempts).toBe(2);
      expect(events.some((event) => event.type === 'retry' && event.attempt === 2)).toBe(true);
      expect(new PdfReader(brief.pdf).pageCount()).toBe(brief.pages);
      expect(renderer.stats().launches).toBe(2);
      // The fresh browser goes on serving.
      const next = await renderer.render(SMALL, fixture.data);
      expect(next.attempts).toBe(1);
    } finally {
      await renderer.close();
    }
  });

  it('refuses a brief beyond its queue with QueueFullError, and renders the others', async () => {
    const renderer = testRenderer({ concurrency: 1, queueSize: 1 });
    try {
      const positions: number[] = [];
      const first = renderer.render(SMALL, fixture.data);
      const second = renderer.render(SMALL, fixture.data, {
        onProgress: (event) => {
          if (event.type === 'queued') positions.push(event.position);
        },
      });
      const third = renderer.render(SMALL, fixture.data);
      await expect(third).rejects.toBeInstanceOf(QueueFullError);
      const done = await Promise.all([first, second]);
      for (const brief of done) expect(brief.pages).toBeGreaterThan(0);
      expect(positions[0]).toBe(1);
      expect(renderer.stats()).toMatchObject({ running: 0, queued: 0, rendered: 2, launches: 1 });
    } finally {
      await renderer.close();
    }
  });

  it('replaces its browser after the given number of renders', async () => {
    const renderer = testRenderer({ maxRenders: 2 });
    try {
      for (let i = 0; i < 3; i++) await renderer.render(SMALL, fixture.data);
      expect(renderer.stats()).toMatchObject({ rendered: 3, launches: 2 });
    } finally {
      await renderer.close();
    }
  });

  it('refuses an invalid request or an unknown partner before rendering', async () => {
    const renderer = testRenderer();
    try {
      await expect(
        renderer.render({ template: 'overview', lang: 'de' } as never, fixture.data),
      ).rejects.toBeInstanceOf(InvalidBriefRequestError);
      await expect(
        renderer.render({ template: 'partner', subject: 'XYZ', lang: 'en' }, fixture.data),
      ).rejects.toBeInstanceOf(UnknownSubjectError);
      expect(renderer.stats().launches).toBe(0);
    } finally {
      await renderer.close();
    }
  });

  it('fails with BrowserLaunchError when Chromium cannot start', async () => {
    const renderer = createBriefRenderer({ chromiumPath: '/nonexistent/chromium' });
    try {
      await expect(renderer.render(SMALL, fixture.data)).rejects.toBeInstanceOf(BrowserLaunchError);
    } finally {
      await renderer.close();
    }
  });
});
