import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefJob } from './brief-job.js';
import { BriefStore, INTERRUPTED, newJobId } from './brief-store.js';

function jobOf(changes: Partial<BriefJob>): BriefJob {
  return {
    id: newJobId(),
    key: '0123456789abcdef0123456789abcdef',
    request: {
      template: 'partner',
      subject: 'RUS',
      lang: 'fr',
      paper: 'a4',
      length: 'brief',
      release: '1.0.0',
    },
    requesters: { k1: '2026-11-28T12:00:00.000Z' },
    status: 'done',
    step: null,
    progress: 1,
    queuePosition: null,
    attempts: 1,
    createdAt: '2026-11-28T12:00:00.000Z',
    startedAt: '2026-11-28T12:00:01.000Z',
    finishedAt: '2026-11-28T12:00:03.000Z',
    steps: { launch: 200, pdf: 900 },
    pages: 9,
    bytes: 4,
    etag: '"abc"',
    problem: null,
    ...changes,
  };
}

describe('the brief store', () => {
  let dir: string;
  let store: BriefStore;
  const now = new Date('2026-11-28T13:00:00Z');

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sco-brief-store-'));
    store = new BriefStore(path.join(dir, 'briefs'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('holds nothing before its folder exists', async () => {
    expect(await store.load(now)).toEqual({ jobs: [], unreadable: [] });
  });

  it('gives back the jobs kept, oldest first, with their PDFs, and no partial file', async () => {
    const older = jobOf({ createdAt: '2026-11-28T11:00:00.000Z' });
    const done = jobOf({});
    await store.savePdf(done.id, Buffer.from('%PDF'));
    await store.saveJob(done);
    await store.savePdf(older.id, Buffer.from('%PDF'));
    await store.saveJob(older);
    expect(await store.load(now)).toEqual({ jobs: [older, done], unreadable: [] });
    expect((await store.readPdf(done.id)).toString('latin1')).toBe('%PDF');
    expect((await readdir(store.dir)).filter((name) => name.includes('.partial'))).toEqual([]);
    await store.remove(done.id);
    expect((await store.load(now)).jobs).toEqual([older]);
  });

  it('fails a job the process stopped during, on disk too, and skips what it cannot read', async () => {
    const rendering = jobOf({
      status: 'rendering',
      step: 'pdf',
      progress: 0.6,
      finishedAt: null,
      pages: null,
      bytes: null,
      etag: null,
    });
    const queued = jobOf({
      status: 'queued',
      queuePosition: 2,
      createdAt: '2026-11-28T12:00:05.000Z',
      startedAt: null,
      finishedAt: null,
    });
    const pdfLost = jobOf({});
    await store.saveJob(rendering);
    await store.saveJob(queued);
    await store.saveJob(pdfLost);
    await writeFile(path.join(store.dir, `${newJobId()}.json`), '{"id": "brief-');
    await writeFile(path.join(store.dir, 'notes.json'), JSON.stringify({ hello: 'world' }));

    const { jobs, unreadable } = await store.load(now);
    const interrupted = {
      status: 'failed',
      step: null,
      queuePosition: null,
      finishedAt: now.toISOString(),
      problem: INTERRUPTED,
    };
    expect(jobs).toEqual([
      { ...rendering, ...interrupted },
      { ...queued, ...interrupted },
    ]);
    expect(unreadable).toHaveLength(3);
    expect(unreadable).toContain(`${pdfLost.id}.json`);
    expect(unreadable).toContain('notes.json');
    const kept = JSON.parse(await readFile(path.join(store.dir, `${rendering.id}.json`), 'utf8')) as unknown;
    expect(kept).toMatchObject(interrupted);
  });

  it('reads and writes only the files of job ids', async () => {
    await expect(store.readPdf('../../etc/passwd')).rejects.toThrow(/not a brief job id/);
    await expect(store.saveJob(jobOf({ id: 'brief-../x' }))).rejects.toThrow(/not a brief job id/);
  });
});
