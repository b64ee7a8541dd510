import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bufferedDestination, LOG_BUFFER_BYTES, type LogDestination } from './logger.js';

describe('bufferedDestination (the API server’s log)', () => {
  let dir: string;
  let file: string;
  let destination: LogDestination;
  let ended = false;
  /** The process's exit handlers before the destination was made. */
  let exitHandlers: unknown[];
  const written = () => readFile(file, 'utf8');
  /** What the file holds now, read without giving the event loop (and the flush's timer) a turn. */
  const writtenNow = () => readFileSync(file, 'utf8');

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sco-log-'));
    file = path.join(dir, 'log');
    exitHandlers = process.listeners('exit');
    ended = false;
    destination = bufferedDestination(openSync(file, 'a'));
  });
  afterEach(async () => {
    if (!ended) destination.end();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds short lines, then writes them within its flush interval', async () => {
    const logger = pino({ base: null }, destination);
    logger.info('one');
    logger.info('two');
    expect(writtenNow()).toBe('');
    await vi.waitFor(
      async () => {
        expect((await written()).split('\n').filter(Boolean)).toHaveLength(2);
      },
      { timeout: 2000, interval: 20 },
    );
  });

  it('writes at once, in order, once a buffer’s worth has gathered', () => {
    const logger = pino({ base: null }, destination);
    const lines = Math.ceil(LOG_BUFFER_BYTES / 40) + 1;
    for (let i = 0; i < lines; i++) logger.info(`line ${i}`);
    const text = writtenNow();
    const seen = text
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => `line ${i}`));
  });

  it('writes out what it holds when the process exits, and stops listening once closed', async () => {
    const logger = pino({ base: null }, destination);
    logger.info('last words');
    expect(writtenNow()).toBe('');
    // What `process.exit` (after a graceful stop) or an uncaught exception runs before the process ends.
    const added = process.listeners('exit').filter((listener) => !exitHandlers.includes(listener));
    expect(added).toHaveLength(1);
    added[0]?.call(process, 0);
    expect(writtenNow()).toContain('"msg":"last words"');
    destination.end();
    ended = true;
    await vi.waitFor(() => {
      expect(process.listeners('exit')).not.toContain(added[0]);
    });
  });
});
