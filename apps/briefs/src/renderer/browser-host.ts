import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BrowserLaunchError } from './browser-launch-error.js';
import type { BriefLogger } from './logger.js';

/**
 * Chromium's flags: headless, no GPU, nothing that phones home, and a host resolver that resolves no name
 * but localhost (the brief's own origin is answered by request interception and never resolved).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
] as const;

/** Removes a browser's profile folder once its process has exited; a failure only leaves a folder behind. */
async function removeProfile(browser: Browser, userDataDir: string): Promise<void> {
  const child = browser.process();
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
    });
  }
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

interface Instance {
  readonly browser: Browser;
  readonly generation: number;
  readonly userDataDir: string;
  renders: number;
  active: number;
  retired: boolean;
  dead: boolean;
}

/** A browser lent to one render; `crashed()` tells whether it died while lent. */
export interface BrowserLease {
  readonly browser: Browser;
  readonly generation: number;
  crashed(): boolean;
  /** Whether the browser still takes new renders (neither dead nor retired). */
  serving(): boolean;
  release(): void;
}

export interface BrowserHostOptions {
  readonly executablePath: () => Promise<string>;
  /** Renders a browser serves before it is replaced by a fresh one. */
  readonly maxRenders: number;
  readonly logger: BriefLogger;
}

/**
 * One long-lived Chromium shared by every render. It is replaced after `maxRenders` renders (the old one
 * closes once its last render is done) and after a crash (a disconnected browser is never lent again).
 */
export class BrowserHost {
  private current: Instance | null = null;
  private launching: Promise<Instance> | null = null;
  private generations = 0;
  private readonly live = new Set<Instance>();
  private closed = false;

  constructor(private readonly options: BrowserHostOptions) {}

  /** The process id of the current browser, if one runs. */
  pid(): number | null {
    return this.current?.browser.process()?.pid ?? null;
  }

  /** How many browsers have been started. */
  launches(): number {
    return this.generations;
  }

  async acquire(): Promise<BrowserLease> {
    if (this.closed) throw new BrowserLaunchError('the browser host is closed');
    let instance = this.current;
    if (!instance || instance.dead || instance.renders >= this.options.maxRenders) {
      if (instance) this.retire(instance);
      instance = await this.launchShared();
    }
    instance.renders++;
    instance.active++;
    const lent = instance;
    let released = false;
    return {
      browser: lent.browser,
      generation: lent.generation,
      crashed: () => lent.dead,
      serving: () => !lent.dead && !lent.retired && lent.renders < this.options.maxRenders,
      release: () => {
        if (released) return;
        released = true;
        lent.active--;
        if (lent.retired && lent.active === 0) void this.shutdown(lent);
      },
    };
  }

  private launchShared(): Promise<Instance> {
    this.launching ??= this.launch().finally(() => {
      this.launching = null;
    });
    return this.launching;
  }

  private async launch(): Promise<Instance> {
    const executablePath = await this.options.executablePath();
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sco-briefs-profile-'));
    let browser: Browser;
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: 'shell',
        pipe: true,
        userDataDir,
        args: [...CHROMIUM_FLAGS],
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      await rm(userDataDir, { recursive: true, force: true });
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new BrowserLaunchError(`Chromium (${executablePath}) could not start: ${reason}`, {
        cause: error,
      });
    }
    const instance: Instance = {
      browser,
      generation: ++this.generations,
      userDataDir,
      renders: 0,
      active: 0,
      retired: false,
      dead: false,
    };
    this.live.add(instance);
    browser.once('disconnected', () => {
      instance.dead = true;
      if (this.current === instance) this.current = null;
      this.live.delete(instance);
      void removeProfile(browser, userDataDir);
      if (!instance.retired) this.options.logger.warn(`brief browser ${instance.generation} disconnected`);
    });
    this.current = instance;
    this.options.logger.info(`brief browser ${instance.generation} started (${await browser.version()})`);
    return instance;
  }

  private retire(instance: Instance): void {
    instance.retired = true;
    if (this.current === instance) this.current = null;
    if (instance.active === 0) void this.shutdown(instance);
  }

  private async shutdown(instance: Instance): Promise<void> {
    instance.retired = true;
    if (instance.dead) return;
    try {
      await instance.browser.close();
    } catch {
      instance.browser.process()?.kill('SIGKILL');
    }
  }

  /** Closes every browser. */
  async close(): Promise<void> {
    this.closed = true;
    await this.launching?.catch(() => undefined);
    await Promise.all([...this.live].map((instance) => this.shutdown(instance)));
    this.current = null;
  }
}
