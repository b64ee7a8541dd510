import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import { isDiskFull } from '../http/disk-full.js';
import { briefJobSchema } from './briefs.schemas.js';
import { BriefStore, newJobId, type WriteBytes } from './brief-store.js';
import { BRIEF_HOST, openBriefTestApp, type BriefTestApp } from './test-support/brief-test-app.js';
import { followJob } from './test-support/follow-job.js';

/** ENOSPC, as the file system reports a full disk. */
function noSpace(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
    path: file,
  });
}

/** A disk that fills up in the middle of a PDF: the first half of its bytes land, then ENOSPC. */
const fullForPdfs: WriteBytes = async (file, data) => {
  if (!file.includes('.pdf.')) return writeFile(file, data);
  await writeFile(
    file,
    typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2),
  );
  throw noSpace(file);
};

describe('the brief store on a full disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sco-brief-full-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fails the write with ENOSPC, leaves no part of the new PDF, and keeps the PDF that was there', async () => {
    const folder = path.join(dir, 'briefs');
    const kept = newJobId();
    const before = Buffer.from('%PDF-1.7 the brief rendered before the disk filled up');
    await new BriefStore(folder).savePdf(kept, before);

    const full = new BriefStore(folder, fullForPdfs);
    const failed = newJobId();
    const error: unknown = await full.savePdf(failed, Buffer.alloc(4096, 1)).catch((e: unknown) => e);
    expect(isDiskFull(error)).toBe(true);
    // Overwriting the kept one fails too, and leaves it whole.
    expect(isDiskFull(await full.savePdf(kept, Buffer.alloc(4096, 2)).catch((e: unknown) => e))).toBe(true);

    expect(await readdir(folder)).toEqual([`${kept}.pdf`]);
    expect((await readFile(path.join(folder, `${kept}.pdf`))).equals(before)).toBe(true);
  });
});

const [sqlite] = await testDatabases();

describe('a brief whose PDF meets a full disk', () => {
  let b: BriefTestApp;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite test database');
    b = await openBriefTestApp(sqlite, { writeBytes: fullForPdfs });
  });
  afterAll(async () => {
    await b.dispose();
  });

  it('fails the job with a 507 disk-full problem, answers 409 for its PDF, and leaves no PDF in the state folder', async () => {
    const token = b.keys.communications;
    const brief = { template: 'sector', subject: '35', lang: 'en' };
    const created = briefJobSchema.parse(
      (
        await request(b.t.app)
          .post('/v1/briefs')
          .set('Host', BRIEF_HOST)
          .set(bearer(token))
          .send(brief)
          .expect(202)
      ).body,
    );
    const { job } = await followJob(b.t.app, token, created.id);
    expect(job).toMatchObject({
      status: 'failed',
      pdf: null,
      problem: {
        type: '/docs/problems/disk-full',
        title: 'Disk full',
        status: 507,
        detail: expect.stringMatching(/^The server's disk is full: the brief's PDF could not be written/),
      },
    });
    const pdf = await request(b.t.app).get(`${created.href}/pdf`).set(bearer(token));
    expect(pdf.status).toBe(409);
    expect(pdf.get('content-type')).toMatch(/application\/problem\+json/);
    const files = await readdir(path.join(b.stateDir, 'briefs'));
    expect(files.filter((name) => name.includes('.pdf'))).toEqual([]);
    // The job's record (a small JSON file) was kept, failed: a restart tells the same.
    expect(files).toContain(`${created.id}.json`);
  });
});
