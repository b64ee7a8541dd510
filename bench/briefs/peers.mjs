// What the renderer is compared with, each printing the same final static HTML (static-brief.mjs) to PDF:
// a bare page.pdf in a warm Chromium (the limit), Chromium started for one PDF (`--print-to-pdf`, and the same
// through Puppeteer), WeasyPrint (its command, and warm in one Python process) and wkhtmltopdf. Each returns
// the PDF's path and its time in milliseconds, or how it failed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS } from '@sco/briefs';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The renderer's page.pdf options (apps/briefs, render-page.ts): tagged, with an outline. */
export const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
};

/** The Debian packages that install each peer (`apt-get install …`). */
export const DEBIAN_PACKAGES = {
  weasyprint: 'weasyprint',
  wkhtmltopdf: 'wkhtmltopdf',
  'chromium --print-to-pdf': 'chromium, or CHROMIUM_PATH',
};

/** Starts Chromium as the renderer does (headless shell, over a pipe, a fresh profile). */
export async function launchChromium(executablePath) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-profile-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: 'shell',
    pipe: true,
    userDataDir,
    args: [...CHROMIUM_FLAGS],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Loads the file in a page of its own, waits for its fonts and prints it. */
async function printFile(browser, html, out) {
  const context = await browser.createBrowserContext();
  let printMs;
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const started = performance.now();
    await writeFile(out, await page.pdf(PDF_OPTIONS));
    printMs = performance.now() - started;
  } finally {
    await context.close();
  }
  return printMs;
}

/**
 * The limit: in a warm Chromium, a fresh browser context and page, the static file loaded, its fonts ready,
 * one page.pdf with the renderer's options, the context closed. `printMs` is page.pdf alone.
 */
export async function barePdf(browser, html, out) {
  const started = performance.now();
  const printMs = await printFile(browser, html, out);
  return { ok: true, out, ms: performance.now() - started, printMs };
}

/** What `chromium --print-to-pdf` does, through Puppeteer: start Chromium, load, print, stop. */
export async function coldChromiumPdf(executablePath, html, out) {
  const started = performance.now();
  const chromium = await launchChromium(executablePath);
  try {
    await printFile(chromium.browser, html, out);
  } finally {
    await chromium.close();
  }
  return { ok: true, out, ms: performance.now() - started };
}

/**
 * Runs a command to completion (or kills it after `timeoutMs`); returns its time, exit code or signal, and
 * the end of its standard error.
 */
async function command(file, args, timeoutMs) {
  const started = performance.now();
  const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const failed = once(child, 'error').then(([error]) => error);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-16_000_000);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  // once(child, 'close') rejects with the spawn error (ENOENT: not installed) too: both mean "could not start".
  const result = await Promise.race([once(child, 'close'), failed]).catch((error) => error);
  clearTimeout(timer);
  if (result instanceof Error) return { ms: 0, code: null, timedOut, stderr: result.message, missing: true };
  const [code, signal] = result;
  return { ms: performance.now() - started, code, signal, timedOut, stderr, missing: false };
}

async function nonEmpty(file) {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

/** The outcome of a command that should have written `out`. */
async function outcome(name, run, out, timeoutMs) {
  if (run.missing) {
    const why = /ENOENT/.test(run.stderr)
      ? `not installed (Debian: ${DEBIAN_PACKAGES[name] ?? name})`
      : run.stderr;
    return { ok: false, missing: true, failure: `${name}: ${why}` };
  }
  if (run.timedOut) {
    return { ok: false, failure: `${name} wrote no PDF in ${timeoutMs / 1000} s and was killed`, ms: run.ms };
  }
  if (run.code !== 0 || !(await nonEmpty(out))) {
    const last = run.stderr.trim().split('\n').slice(-3).join(' / ');
    return { ok: false, failure: `${name} exited with ${run.code ?? run.signal}: ${last}`, ms: run.ms };
  }
  return { ok: true, out, ms: run.ms, stderr: run.stderr };
}

/** `chromium --headless --print-to-pdf` on the file, with the renderer's flags and a fresh profile. */
export async function chromiumCli(executablePath, html, out, timeoutMs) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-profile-'));
  try {
    const args = [
      '--headless',
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      pathToFileURL(html).href,
    ];
    return await outcome(
      'chromium --print-to-pdf',
      await command(executablePath, args, timeoutMs),
      out,
      timeoutMs,
    );
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Counts WeasyPrint's warnings by kind (its message, with the property or descriptor it names). */
function warningKinds(stderr) {
  const kinds = new Map();
  for (const line of stderr.split('\n')) {
    const match = /^WARNING: (.*)$/.exec(line.trim());
    if (!match) continue;
    const kind = match[1]
      .replace(/`([\w-]+)[^`]*`/g, '`$1`')
      .replace(/ at \d+:\d+/g, '')
      .slice(0, 90);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [...kinds].sort((a, b) => b[1] - a[1]);
}

/** `weasyprint <html> <pdf>`: a Python process per PDF. */
export async function weasyprintCli(html, out, timeoutMs) {
  const result = await outcome(
    'weasyprint',
    await command('weasyprint', [html, out], timeoutMs),
    out,
    timeoutMs,
  );
  return result.ok ? { ...result, warnings: warningKinds(result.stderr) } : result;
}

/** The Python that runs the `weasyprint` command (its first line), to use WeasyPrint as a library. */
async function weasyprintPython() {
  const found = await new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'command -v weasyprint'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (code) => resolve(code === 0 ? stdout.trim() : null));
    child.on('error', () => resolve(null));
  });
  if (found === null) return null;
  const handle = await open(found);
  try {
    const { buffer } = await handle.read(Buffer.alloc(200), 0, 200, 0);
    return /^#!\s*(\S+)/.exec(buffer.toString('utf8'))?.[1] ?? null;
  } finally {
    await handle.close();
  }
}

/**
 * WeasyPrint warm: one Python process (weasyprint-warm.py) that renders a file whenever `render` asks, timed
 * in that process. Resolves to null when WeasyPrint is not installed.
 */
export async function startWeasyprint() {
  const python = await weasyprintPython();
  if (python === null) return null;
  const child = spawn(python, [path.join(here, 'weasyprint-warm.py')], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const lines = createInterface({ input: child.stdout });
  const answers = lines[Symbol.asyncIterator]();
  const exited = once(child, 'exit');
  return {
    async render(html, out) {
      child.stdin.write(`${html}\t${out}\n`);
      const answer = await Promise.race([answers.next(), exited.then(() => ({ done: true }))]);
      if (answer.done) {
        const last = stderr.trim().split('\n').slice(-3).join(' / ');
        return { ok: false, failure: `WeasyPrint (warm) stopped: ${last}` };
      }
      return { ok: true, out, ms: Number(answer.value) };
    },
    async close() {
      child.stdin.end();
      lines.close();
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}

/** `wkhtmltopdf` on the file (local files allowed: its fonts and stylesheets are beside it). */
export async function wkhtmltopdf(html, out, timeoutMs) {
  const args = ['--quiet', '--enable-local-file-access', html, out];
  return outcome('wkhtmltopdf', await command('wkhtmltopdf', args, timeoutMs), out, timeoutMs);
}
