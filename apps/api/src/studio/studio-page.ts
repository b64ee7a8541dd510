import type { BriefSubjects } from '@sco/briefs';
import type { Lang } from '@sco/core';
import { jsonForScript, markup as html, trusted, type SafeHtml } from '../pages/html.js';
import { sitePage } from '../pages/site-layout.js';
import type { z } from '../openapi/zod.js';
import type { ReleaseRef } from '../reading/read-context.js';
import type { briefJobSchema } from '../briefs/briefs.schemas.js';

type JobBody = z.output<typeof briefJobSchema>;

/** The files of the studio page. */
export interface StudioAssets {
  readonly siteStyles: string;
  readonly styles: string;
  readonly script: string;
}

/** What the studio's script needs: the release and, per language, what a brief can be about. */
export interface StudioData {
  readonly release: ReleaseRef;
  readonly subjects: Readonly<Record<Lang, BriefSubjects>>;
}

export const TEMPLATES = [
  { id: 'overview', label: 'Overview', hint: 'The global picture: figures, timeline, map, convergence' },
  { id: 'partner', label: 'Partner', hint: 'One country or organisation: its agreements and provisions' },
  { id: 'region', label: 'Region', hint: 'The partners of one UN M49 region' },
  { id: 'sector', label: 'Sector', hint: 'One ICS field of standards' },
] as const;

/** The languages of a brief, each named in itself (and marked so, for screen readers). */
export const LANGUAGES = [
  { id: 'en', label: 'English', lang: 'en' },
  { id: 'fr', label: 'Français', lang: 'fr' },
  { id: 'zh', label: '中文', lang: 'zh-Hans' },
] as const;

export const PAPERS = [
  { id: 'a4', label: 'A4' },
  { id: 'letter', label: 'US Letter' },
] as const;

/** The brief's length: the short policy brief (the default) or the long report with every table. */
export const LENGTHS = [
  { id: 'brief', label: 'Brief (4–8 pages)' },
  { id: 'report', label: 'Report (every table)' },
] as const;

const SUBJECT_LISTS = { partner: 'partners', region: 'regions', sector: 'sectors' } as const;

/** JSON for a data block in a page, escaped so that no text in it can close the element. */
function jsonBlock(value: unknown): SafeHtml {
  return trusted(jsonForScript(value));
}

function page(assets: StudioAssets, main: SafeHtml, head: SafeHtml = html``): SafeHtml {
  return sitePage({
    title: 'Brief studio — Soft Connectivity Observatory',
    description:
      'Produce print-quality PDF policy briefs from the live dataset, in English, French and Chinese.',
    path: '/studio',
    styles: [assets.siteStyles, assets.styles],
    head: html`<script type="module" src="${assets.script}"></script>
      ${head}`,
    main,
  });
}

/**
 * The page asking for an API key. `probeSession`: the browser says it signed in and held its session cookie
 * back (an arrival from another site), so the page's script asks its server whether the session is there.
 */
export function signInPage(assets: StudioAssets, { probeSession = false } = {}): SafeHtml {
  return page(
    assets,
    html`<section class="studio-sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Brief studio</h1>
      <p class="lede">
        Produce print-quality PDF policy briefs from the live dataset, in English, French and Chinese.
      </p>
      <form
        id="sign-in-form"
        class="studio-card"
        novalidate
        ${probeSession ? trusted('data-probe-session') : ''}
      >
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="key"
          type="password"
          autocomplete="off"
          spellcheck="false"
          required
          aria-describedby="api-key-hint sign-in-error"
          placeholder="sco_…"
        />
        <p id="api-key-hint" class="studio-hint">
          A key with the <b>communications</b>, <b>editor</b> or <b>admin</b> role. The studio keeps you
          signed in for a working day with a cookie; the key itself is not stored in the browser.
        </p>
        <button type="submit" class="primary">Sign in</button>
        <p id="sign-in-error" class="studio-error" role="alert" hidden></p>
      </form>
      <p class="studio-hint">No key yet? An administrator creates one:</p>
      <pre
        class="studio-command"
      ><code>pnpm sco keys create --role communications --name "Communications team"</code></pre>
      <noscript><p class="studio-error">The brief studio needs JavaScript.</p></noscript>
    </section>`,
  );
}

function radios(
  name: string,
  options: readonly { id: string; label: string; hint?: string; lang?: string }[],
  checked: string,
) {
  return options.map(
    (option) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="${name}"
          value="${option.id}"
          ${option.id === checked ? trusted('checked') : ''}
        />
        <span class="choice-label" ${option.lang === undefined ? '' : html`lang="${option.lang}"`}
          >${option.label}</span
        >${option.hint === undefined ? '' : html`<span class="choice-hint">${option.hint}</span>`}</label
      >`,
  );
}

/** What a brief is, in words: "Overview", "Partner: France (FRA)", "Region: Asia". */
export function briefLabel(request: JobBody['request'], subjects: BriefSubjects): string {
  const template = TEMPLATES.find((entry) => entry.id === request.template)?.label ?? request.template;
  if (request.template === 'overview' || request.subject === null) return template;
  const list = subjects[SUBJECT_LISTS[request.template]];
  const name = list.find((subject) => subject.code === request.subject)?.name;
  const subject =
    request.template === 'partner'
      ? `${name ?? request.subject} (${request.subject})`
      : (name ?? request.subject);
  return `${template}: ${subject}`;
}

function statusText(job: JobBody): string {
  return job.status === 'failed' ? `failed: ${job.problem?.title ?? ''}` : job.status;
}

/** The rows of the recent briefs (the script keeps them up to date, the same way). */
export function recentRows(jobs: readonly JobBody[], subjects: BriefSubjects): SafeHtml {
  if (jobs.length === 0) {
    return html`<tr class="empty">
      <td colspan="5">No briefs yet: the ones you render appear here.</td>
    </tr>`;
  }
  return html`${jobs.map((job) => {
    const language = LANGUAGES.find((entry) => entry.id === job.request.lang)?.label ?? job.request.lang;
    const paper = PAPERS.find((entry) => entry.id === job.request.paper)?.label ?? job.request.paper;
    return html`<tr>
      <td>${briefLabel(job.request, subjects)}</td>
      <td>${language} · ${paper}</td>
      <td>${job.request.release}</td>
      <td class="status-${job.status}">${statusText(job)}</td>
      <td>
        ${job.pdf === null ? '' : html`<a href="${job.pdf}" download="${job.file_name}">Download PDF</a>`}
      </td>
    </tr>`;
  })}`;
}

/** The studio itself, for a signed-in member of the communications team. */
export function studioPage(
  assets: StudioAssets,
  who: { readonly name: string; readonly role: string },
  data: StudioData,
  recent: readonly JobBody[],
): SafeHtml {
  const published = data.release.published_at?.slice(0, 10) ?? 'unpublished';
  return page(
    assets,
    html`<div class="studio">
      <div class="studio-head">
        <div>
          <h1>Brief studio</h1>
          <p class="studio-release">
            Every figure comes from data release <b>${data.release.id}</b>, published ${published}.
          </p>
        </div>
        <p class="studio-who">
          <span>Signed in as <b>${who.name}</b> (${who.role})</span>
          <button type="button" id="sign-out" class="secondary">Sign out</button>
        </p>
      </div>
      <p id="session-error" class="studio-error" role="alert" hidden></p>
      <div class="studio-grid">
        <section class="studio-card studio-controls" aria-labelledby="new-brief">
          <h2 id="new-brief">New brief</h2>
          <form id="brief-form" novalidate>
            <fieldset>
              <legend>Template</legend>
              ${radios('template', TEMPLATES, 'overview')}
            </fieldset>
            <div id="subject-field" class="field" hidden>
              <label for="subject" id="subject-label">Partner</label>
              <select id="subject" name="subject" aria-describedby="subject-hint"></select>
              <small id="subject-hint">Agreements of standardisation scope in this release.</small>
            </div>
            <fieldset class="inline">
              <legend>Language</legend>
              ${radios('lang', LANGUAGES, 'en')}
            </fieldset>
            <fieldset class="inline">
              <legend>Paper</legend>
              ${radios('paper', PAPERS, 'a4')}
            </fieldset>
            <fieldset class="inline">
              <legend>Length</legend>
              ${radios('length', LENGTHS, 'brief')}
            </fieldset>
            <div class="actions">
              <button type="button" id="preview-button" class="secondary">Preview</button>
              <button type="submit" id="render-button" class="primary">Render PDF</button>
            </div>
            <p id="form-error" class="studio-error" role="alert" hidden></p>
          </form>
          <section id="job" class="studio-job" aria-labelledby="job-title" hidden>
            <h2 id="job-title">Render</h2>
            <p id="job-brief" class="studio-job-brief"></p>
            <progress id="job-progress" max="1" value="0" aria-labelledby="job-title"></progress>
            <p id="job-status" role="status" aria-live="polite"></p>
            <p id="job-error" class="studio-error" role="alert" hidden></p>
            <p>
              <a id="job-download" class="button primary" aria-describedby="job-file" hidden>Download PDF</a>
            </p>
            <p id="job-file" class="studio-hint" hidden></p>
          </section>
        </section>
        <section class="studio-card studio-preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Preview</h2>
          <p id="preview-hint" class="studio-hint" aria-live="polite">
            Press Preview to see the brief as a web page, charts included, before rendering the PDF.
          </p>
          <iframe id="preview-frame" title="Preview of the brief" sandbox="allow-scripts" hidden></iframe>
        </section>
      </div>
      <section class="studio-card studio-recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent briefs</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Table of recent briefs">
          <table>
            <thead>
              <tr>
                <th scope="col">Brief</th>
                <th scope="col">Language · paper</th>
                <th scope="col">Release</th>
                <th scope="col">Status</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody id="recent-rows">
              ${recentRows(recent, data.subjects.en)}
            </tbody>
          </table>
        </div>
      </section>
    </div>`,
    html`<script type="application/json" id="studio-data">
      ${jsonBlock(data)}
    </script>`,
  );
}
