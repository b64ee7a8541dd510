// The studio, signed in: the brief's choices, its HTML preview, the render followed to its PDF, the recent
// briefs, signing out.
import { call, CallError } from './studio-call.js';

/**
 * @typedef {{ code: string; name: string; agreements: number }} Subject
 * @typedef {{ partners: Subject[]; regions: Subject[]; sectors: Subject[] }} Subjects
 * @typedef {'en' | 'fr' | 'zh'} Lang
 * @typedef {object} StudioData
 * @property {{ id: string; published_at: string | null }} release
 * @property {Record<Lang, Subjects>} subjects
 */

/**
 * A brief job as /v1/briefs gives it (the fields the studio shows).
 * @typedef {object} Job
 * @property {string} id
 * @property {string} href
 * @property {'queued' | 'rendering' | 'done' | 'failed'} status
 * @property {{ template: string; subject: string | null; lang: string; paper: string; length?: string; release: string }} request
 * @property {string | null} step
 * @property {number} progress
 * @property {number | null} queue_position
 * @property {number} attempts
 * @property {{ render_ms: number | null }} timings
 * @property {number | null} pages
 * @property {number | null} bytes
 * @property {string} file_name
 * @property {string | null} pdf
 * @property {{ title: string; detail: string } | null} problem
 */

/** The lists of subjects each template picks from, and what the picker is called. */
const SUBJECT_LISTS = /** @type {const} */ ({
  partner: { list: 'partners', label: 'Partner' },
  region: { list: 'regions', label: 'Region' },
  sector: { list: 'sectors', label: 'Sector (ICS field)' },
});

const TEMPLATE_LABELS = /** @type {Record<string, string>} */ ({
  overview: 'Overview',
  partner: 'Partner',
  region: 'Region',
  sector: 'Sector',
});
const LANGUAGE_LABELS = /** @type {Record<string, string>} */ ({ en: 'English', fr: 'Français', zh: '中文' });
const PAPER_LABELS = /** @type {Record<string, string>} */ ({ a4: 'A4', letter: 'US Letter' });

/** What each step of a render does, in words. */
const STEP_TEXT = /** @type {Record<string, string>} */ ({
  launch: 'Starting the browser',
  load: 'Loading the brief and its data',
  fonts: 'Loading the fonts',
  layout: 'Laying out the pages',
  pdf: 'Printing the PDF',
  'post-process': 'Adding bookmarks and metadata',
});

/**
 * How often a job is asked for: while others are ahead of it in the queue, and once it renders or is next (a
 * render takes one to a few seconds: asked for every quarter second, the bar shows its steps one by one).
 */
const POLL_MS = 1000;
const POLL_RENDERING_MS = 250;
const RECENT = 10;

/**
 * @template {Element} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the studio page has no #${id}`);
  return element;
}

/** @param {number} bytes */
function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** @param {number} count @param {string} noun */
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** @param {number} position 2 → "2nd" */
function ordinal(position) {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[position % 10] ?? 'th');
  return `${position}${suffix}`;
}

export function startStudio() {
  const data = /** @type {StudioData} */ (JSON.parse(byId('studio-data', HTMLScriptElement).text));
  const form = byId('brief-form', HTMLFormElement);
  const subjectField = byId('subject-field', HTMLElement);
  const subjectLabel = byId('subject-label', HTMLLabelElement);
  const subjectSelect = byId('subject', HTMLSelectElement);
  const previewButton = byId('preview-button', HTMLButtonElement);
  const renderButton = byId('render-button', HTMLButtonElement);
  const formError = byId('form-error', HTMLElement);
  const jobSection = byId('job', HTMLElement);
  const jobBrief = byId('job-brief', HTMLElement);
  const jobProgress = byId('job-progress', HTMLProgressElement);
  const jobStatus = byId('job-status', HTMLElement);
  const jobError = byId('job-error', HTMLElement);
  const jobDownload = byId('job-download', HTMLAnchorElement);
  const jobFile = byId('job-file', HTMLElement);
  const previewFrame = byId('preview-frame', HTMLIFrameElement);
  const previewHint = byId('preview-hint', HTMLElement);
  const recentRows = byId('recent-rows', HTMLTableSectionElement);
  const signOut = byId('sign-out', HTMLButtonElement);
  const sessionError = byId('session-error', HTMLElement);

  /** @param {string} name */
  const chosen = (name) => {
    const input = form.querySelector(`input[name="${name}"]:checked`);
    return input instanceof HTMLInputElement ? input.value : '';
  };
  const lang = () => /** @type {Lang} */ (chosen('lang') || 'en');
  const template = () => chosen('template') || 'overview';

  /**
   * What a brief is about, in words: "Overview", "Partner: France (FRA)", "Region: Asia".
   * @param {{ template: string; subject: string | null }} request
   */
  const briefLabel = (request) => {
    const templateLabel = TEMPLATE_LABELS[request.template] ?? request.template;
    const kind = SUBJECT_LISTS[/** @type {keyof typeof SUBJECT_LISTS} */ (request.template)];
    if (request.subject === null || !kind) return templateLabel;
    const name = data.subjects.en[kind.list].find((subject) => subject.code === request.subject)?.name;
    const subject =
      request.template === 'partner'
        ? `${name ?? request.subject} (${request.subject})`
        : (name ?? request.subject);
    return `${templateLabel}: ${subject}`;
  };

  /** @param {{ lang: string; paper: string; length?: string }} request */
  const edition = (request) =>
    `${LANGUAGE_LABELS[request.lang] ?? request.lang} · ${PAPER_LABELS[request.paper] ?? request.paper}` +
    (request.length === 'report' ? ' · report' : '');

  // --- the choices ---------------------------------------------------------------------------------------

  /** Fills the subject picker for the template, names in English and in the brief's language. */
  const updateSubjects = () => {
    const kind = SUBJECT_LISTS[/** @type {keyof typeof SUBJECT_LISTS} */ (template())];
    subjectField.hidden = !kind;
    if (!kind) return;
    const previous = subjectSelect.value;
    const local = new Map(data.subjects[lang()][kind.list].map((subject) => [subject.code, subject.name]));
    subjectLabel.textContent = kind.label;
    subjectSelect.replaceChildren(
      ...data.subjects.en[kind.list].map((subject) => {
        const option = document.createElement('option');
        option.value = subject.code;
        const name = local.get(subject.code) ?? subject.name;
        const names = name === subject.name ? subject.name : `${subject.name} · ${name}`;
        const code = kind.list === 'partners' ? ` (${subject.code})` : '';
        option.textContent = `${names}${code} — ${plural(subject.agreements, 'agreement')}`;
        return option;
      }),
    );
    if ([...subjectSelect.options].some((option) => option.value === previous))
      subjectSelect.value = previous;
  };

  /** The body of POST /v1/briefs and POST /studio/previews for the choices made. */
  const request = () => {
    const kind = template();
    /** @type {Record<string, string>} */
    const body = {
      template: kind,
      lang: lang(),
      paper: chosen('paper') || 'a4',
      length: chosen('length') || 'brief',
      release: data.release.id,
    };
    if (kind !== 'overview') body['subject'] = subjectSelect.value;
    return body;
  };

  /** @param {HTMLElement} element @param {string} message */
  const showError = (element, message) => {
    element.textContent = message;
    element.hidden = message === '';
  };

  /**
   * Shows a failed call where it belongs; an ended session says how to sign in again.
   * @param {HTMLElement} element
   * @param {unknown} failure
   */
  const showFailure = (element, failure) => {
    if (failure instanceof CallError && failure.status === 401) {
      showError(sessionError, 'Your session has ended: reload the page to sign in again.');
      return;
    }
    showError(element, failure instanceof CallError ? failure.message : String(failure));
  };

  let previewShown = '';
  const markPreview = () => {
    if (previewShown === '' || previewFrame.hidden) return;
    previewHint.textContent =
      previewShown === JSON.stringify(request())
        ? 'The brief as a web page: the PDF has the same content, laid out on pages.'
        : 'The preview shows your previous choices: press Preview again to update it.';
  };

  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && ['template', 'lang'].includes(event.target.name)) {
      updateSubjects();
    }
    showError(formError, '');
    markPreview();
  });

  // --- busy buttons: one call at a time, and the button says what it does meanwhile ---------------------

  /**
   * @param {HTMLButtonElement} button
   * @param {string} busyText
   * @param {() => Promise<void>} work
   */
  const whileBusy = async (button, busyText, work) => {
    if (form.getAttribute('aria-busy') === 'true') return;
    const text = button.textContent;
    form.setAttribute('aria-busy', 'true');
    button.textContent = busyText;
    try {
      await work();
    } finally {
      form.removeAttribute('aria-busy');
      button.textContent = text;
    }
  };

  // --- the preview ---------------------------------------------------------------------------------------

  previewButton.addEventListener('click', () => {
    void whileBusy(previewButton, 'Preparing…', async () => {
      showError(formError, '');
      const body = request();
      try {
        const preview = /** @type {{ href: string }} */ (await call('POST', '/studio/previews', body));
        previewFrame.src = preview.href;
        previewFrame.title = `Preview of the brief: ${briefLabel({ template: body['template'] ?? '', subject: body['subject'] ?? null })}`;
        previewFrame.hidden = false;
        previewShown = JSON.stringify(body);
        markPreview();
      } catch (failure) {
        showFailure(formError, failure);
      }
    });
  });

  // --- the render ----------------------------------------------------------------------------------------

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let polling;
  let following = '';
  let lastStatus = '';

  /** @param {string} text */
  const announce = (text) => {
    // Only a change is announced: the progress bar moves, the status line speaks when the step changes.
    if (text !== lastStatus) jobStatus.textContent = text;
    lastStatus = text;
  };

  /** @param {Job} job */
  const showJob = (job) => {
    jobSection.hidden = false;
    jobBrief.textContent = `${briefLabel(job.request)} · ${edition(job.request)} · data release ${job.request.release}`;
    showError(jobError, '');
    jobDownload.hidden = job.status !== 'done' || job.pdf === null;
    jobFile.hidden = jobDownload.hidden;
    jobProgress.hidden = job.status === 'failed';
    switch (job.status) {
      case 'queued':
        jobProgress.removeAttribute('value');
        announce(
          job.queue_position === null
            ? 'Waiting for the renderer…'
            : `Waiting for the renderer: ${job.queue_position === 1 ? 'next' : ordinal(job.queue_position)} in the queue.`,
        );
        break;
      case 'rendering': {
        jobProgress.value = job.progress;
        const step = job.step === null ? 'Rendering' : (STEP_TEXT[job.step] ?? job.step);
        announce(`${step}…${job.attempts > 1 ? ' (again, after the browser restarted)' : ''}`);
        break;
      }
      case 'done': {
        jobProgress.value = 1;
        const facts = [
          job.pages === null ? null : plural(job.pages, 'page'),
          job.bytes === null ? null : size(job.bytes),
          job.timings.render_ms === null
            ? null
            : `rendered in ${(job.timings.render_ms / 1000).toFixed(1)} s`,
        ].filter((fact) => fact !== null);
        announce(`Done${facts.length > 0 ? `: ${facts.join(', ')}` : ''}.`);
        if (job.pdf !== null) {
          jobDownload.href = job.pdf;
          jobDownload.download = job.file_name;
          jobFile.textContent = job.file_name;
        }
        break;
      }
      case 'failed':
        announce('The render failed.');
        showError(jobError, [job.problem?.title, job.problem?.detail].filter(Boolean).join(': '));
        break;
    }
  };

  /** @param {Job} job */
  const pollEvery = (job) =>
    job.status === 'rendering' || (job.queue_position ?? 1) <= 1 ? POLL_RENDERING_MS : POLL_MS;

  /** @param {Job} job */
  const finished = (job) => job.status === 'done' || job.status === 'failed';

  /** @param {string} href @param {number} failures @param {number} every */
  const poll = (href, failures = 0, every = POLL_MS) => {
    clearTimeout(polling);
    polling = setTimeout(
      async () => {
        if (following !== href) return;
        try {
          const job = /** @type {Job} */ (await call('GET', href));
          if (following !== href) return;
          showJob(job);
          if (finished(job)) void refreshRecent();
          else poll(href, 0, pollEvery(job));
        } catch (failure) {
          if (following !== href) return;
          // A lost connection is tried again, more slowly; a refusal (the session ended, the job is gone) stops.
          if (failure instanceof CallError && failure.status === 0 && failures < 10) poll(href, failures + 1);
          else showFailure(jobError, failure);
        }
      },
      failures === 0 ? every : POLL_MS * (failures + 1),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(renderButton, 'Starting…', async () => {
      showError(formError, '');
      try {
        const job = /** @type {Job} */ (await call('POST', '/v1/briefs', request()));
        following = job.href;
        lastStatus = '';
        showJob(job);
        // The progress appears under the form: bring it into view (on a phone it is below the fold).
        const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        jobSection.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
        void refreshRecent();
        if (!finished(job)) poll(job.href, 0, pollEvery(job));
      } catch (failure) {
        showFailure(formError, failure);
      }
    });
  });

  // --- the recent briefs ---------------------------------------------------------------------------------

  /** @param {Job} job */
  const recentRow = (job) => {
    const row = document.createElement('tr');
    /** @param {string | Node} content @param {string} [className] */
    const cell = (content, className) => {
      const td = document.createElement('td');
      if (className) td.className = className;
      td.append(content);
      row.append(td);
    };
    cell(briefLabel(job.request));
    cell(edition(job.request));
    cell(job.request.release);
    cell(
      job.status === 'failed' ? `failed: ${job.problem?.title ?? ''}` : job.status,
      `status-${job.status}`,
    );
    if (job.pdf === null) {
      cell('');
    } else {
      const link = document.createElement('a');
      link.href = job.pdf;
      link.download = job.file_name;
      link.textContent = 'Download PDF';
      cell(link);
    }
    return row;
  };

  const refreshRecent = async () => {
    try {
      const list = /** @type {{ items: Job[] }} */ (await call('GET', `/v1/briefs?limit=${RECENT}`));
      if (list.items.length > 0) recentRows.replaceChildren(...list.items.map(recentRow));
    } catch (failure) {
      showFailure(sessionError, failure);
    }
  };

  // --- signing out ---------------------------------------------------------------------------------------

  signOut.addEventListener('click', async () => {
    try {
      await call('DELETE', '/studio/session');
      window.location.assign('/studio');
    } catch (failure) {
      showFailure(sessionError, failure);
    }
  });

  updateSubjects();
}
