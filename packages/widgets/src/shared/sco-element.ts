import { ApiError, NetworkError, type CacheGetOptions, type Client, type ReleaseRef } from '@sco/client';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { clientFor, SCRIPT_ORIGIN } from './api.js';
import { checkCommon, type AttributeProblem } from './attributes.js';
import { emit } from './events.js';
import { formatDay } from './format.js';
import { isLang, t, type Lang } from './i18n.js';

export type Status = 'loading' | 'ready' | 'error';

/** What a widget read: the responses it renders, with the release they come from. */
export interface Loaded {
  readonly release: ReleaseRef;
}

interface ErrorView {
  readonly message: string;
  readonly detail?: string;
  readonly status?: number;
}

/**
 * The behaviour every widget shares: attributes checked before anything is fetched; data fetched through
 * the page's one request cache (or taken from the `data` property, with no request at all); re-checked every
 * `interval` seconds with conditional requests, re-rendering only when something changed; errors shown as
 * a localised message in the widget; the release named and linked in the footer.
 *
 * @attr api - Base URL of the Observatory API. Default: the origin the script was loaded from.
 * @attr release - Pin a data release (e.g. 1.0.0). Default: the latest.
 * @attr lang - en, fr or zh. Default: the page's language when it is one of these, else en.
 * @attr theme - light, dark or auto (follows prefers-color-scheme). Default: auto.
 * @attr interval - Re-check the data every this many seconds (at least 10); 0 (the default) never.
 * @attr status - Set by the widget (read it, do not set it): loading, ready or error.
 *
 * @event sco-load - Data was rendered: detail `{ release }`.
 * @event sco-error - An error message is shown: detail `{ message, status? }`.
 *
 * @csspart base - The widget's frame.
 * @csspart title - The widget's title.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart footer - The release and the cite / download links.
 *
 * @cssproperty --sco-font-family - Font stack (default: inherited from the page).
 * @cssproperty --sco-color-text - Text colour.
 * @cssproperty --sco-color-muted - Secondary text colour.
 * @cssproperty --sco-color-background - Background.
 * @cssproperty --sco-color-surface - Background of buttons and messages.
 * @cssproperty --sco-color-border - Borders and axes.
 * @cssproperty --sco-color-accent - Data colour (bars, lines, map) and links.
 * @cssproperty --sco-color-highlight - Second data colour (official tallies, hover).
 * @cssproperty --sco-color-error - Error messages.
 * @cssproperty --sco-focus-color - Focus ring.
 * @cssproperty --sco-radius - Corner radius.
 */
export abstract class ScoElement<Data extends Loaded> extends LitElement {
  static override properties = {
    api: {},
    release: {},
    lang: { reflect: true },
    theme: { reflect: true },
    interval: { type: Number },
    data: { attribute: false },
    loaded: { state: true },
    problem: { state: true },
    status: { reflect: true, attribute: 'status' },
    stale: { state: true },
  };

  declare api: string | undefined;
  declare release: string | undefined;
  declare lang: string;
  declare theme: string | undefined;
  declare interval: number;
  /** Inline data (print mode): the API's response, as documented for each widget. Nothing is fetched. */
  declare data: unknown;
  /** loading, ready or error (reflected as the `status` attribute). */
  declare status: Status;
  declare protected loaded: Data | undefined;
  declare protected problem: ErrorView | undefined;
  declare protected stale: boolean;

  private requestKey = '';
  private generation = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.interval = 0;
    this.status = 'loading';
    this.stale = false;
  }

  /** The language in use: a valid `lang`, else the page's language, else English. */
  get language(): Lang {
    if (isLang(this.lang)) return this.lang;
    const page = document.documentElement.lang.slice(0, 2).toLowerCase();
    return isLang(page) ? page : 'en';
  }

  /** The API's base URL. */
  protected get apiBase(): string {
    return this.api || SCRIPT_ORIGIN;
  }

  protected get client(): Client {
    return clientFor(this.apiBase);
  }

  /** Problems with the widget's own attributes (the common ones are checked by the base). */
  protected checkAttributes(): (AttributeProblem | undefined)[] {
    return [];
  }

  /** Everything a fetch depends on; a change re-fetches. */
  protected abstract fetchKey(): unknown[];

  /** Reads the data through the client (the page's shared cache). */
  protected abstract fetchData(client: Client, options: CacheGetOptions): Promise<Data>;

  /**
   * The data given inline (`data` is set), checked: throws when it is unusable. A promise when something
   * that is not API data must still be fetched (the map's geometry).
   */
  protected abstract inlineData(): Data | Promise<Data>;

  /** Properties holding inline data: setting one re-renders from it. */
  static inlineProperties: readonly string[] = ['data'];

  protected abstract renderData(data: Data, lang: Lang): TemplateResult;

  /** The widget's title before its data has come (and after an error). */
  protected abstract fallbackTitle(lang: Lang): string;

  /** Its title once the data has come. */
  protected titleOf(_data: Data, lang: Lang): string {
    return this.fallbackTitle(lang);
  }

  /** The query a citation of the widget's data names (its filters). */
  protected citeQuery(): Record<string, string | undefined> {
    return {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restartTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = JSON.stringify([this.apiBase, this.release ?? '', this.language, ...this.fetchKey()]);
    const inline = (this.constructor as typeof ScoElement).inlineProperties;
    if (key !== this.requestKey || inline.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) {
      this.requestKey = key;
      this.load(false);
    }
    if (changed.has('interval')) this.restartTimer();
  }

  private restartTimer(): void {
    this.stopTimer();
    if (!this.isConnected || !(this.interval >= 10)) return;
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'hidden' && this.data === undefined) this.load(true);
    }, this.interval * 1000);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Checks the attributes, then takes the inline data or fetches; a later call wins over an earlier one. */
  private load(refresh: boolean): void {
    const generation = ++this.generation;
    const lang = this.language;
    const problems = [...checkCommon(this, this), ...this.checkAttributes()].filter(
      (problem): problem is AttributeProblem => problem !== undefined,
    );
    const first = problems[0];
    if (first) {
      this.fail({
        message: t(lang, first.value === null ? 'missingAttribute' : 'badAttribute', {
          name: first.name,
          value: first.value ?? '',
          expected: first.expected[lang],
        }),
      });
      return;
    }
    let pending: Promise<Data>;
    if (this.data !== undefined) {
      try {
        const inline = this.inlineData();
        if (!(inline instanceof Promise)) {
          this.show(inline);
          return;
        }
        pending = inline;
      } catch {
        this.fail({ message: t(lang, 'badData') });
        return;
      }
    } else {
      pending = this.fetchData(this.client, refresh ? { maxAge: (this.interval * 1000) / 2 } : {});
    }
    if (!refresh && !this.loaded) this.status = 'loading';
    pending.then(
      (data) => {
        if (generation === this.generation) this.show(data);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        if (refresh && this.loaded) this.stale = true;
        else this.fail(this.errorView(error, lang));
      },
    );
  }

  /** Renders data, unless it is the very data on screen (a 304 keeps every response object as it was). */
  private show(data: Data): void {
    this.stale = false;
    const previous = this.loaded;
    const same =
      previous !== undefined &&
      this.status === 'ready' &&
      Object.keys(data).every(
        (key) => (data as Record<string, unknown>)[key] === (previous as Record<string, unknown>)[key],
      );
    if (same) return;
    this.loaded = data;
    this.problem = undefined;
    this.status = 'ready';
    void this.updateComplete.then(() => {
      if (this.loaded === data) emit(this, 'sco-load', { release: data.release.id });
    });
  }

  private fail(problem: ErrorView): void {
    this.loaded = undefined;
    this.problem = problem;
    this.status = 'error';
    void this.updateComplete.then(() => {
      if (this.problem === problem) {
        emit(this, 'sco-error', {
          message: problem.message,
          ...(problem.status === undefined ? {} : { status: problem.status }),
        });
      }
    });
  }

  private errorView(error: unknown, lang: Lang): ErrorView {
    if (error instanceof ApiError) {
      const status = error.status;
      const key = status === 404 ? 'notFound' : status < 500 ? 'refused' : 'failed';
      const detail = [error.detail, ...error.errors.map((e) => `${e.name}: ${e.reason}`)]
        .filter(Boolean)
        .join(' · ');
      return { message: t(lang, key, { status }), status, ...(detail ? { detail } : {}) };
    }
    if (error instanceof NetworkError) return { message: t(lang, 'network'), status: 0 };
    return { message: t(lang, 'badData') };
  }

  override render(): TemplateResult {
    const lang = this.language;
    const data = this.status === 'ready' ? this.loaded : undefined;
    let body: TemplateResult;
    let title = this.fallbackTitle(lang);
    if (data) {
      try {
        title = this.titleOf(data, lang);
        body = this.renderData(data, lang);
      } catch {
        body = this.renderError({ message: t(lang, 'badData') });
      }
    } else if (this.status === 'error' && this.problem) {
      body = this.renderError(this.problem);
    } else {
      body = html`<div class="message" part="loading" role="status">${t(lang, 'loading')}</div>`;
    }
    return html`<div
      class="frame"
      part="base"
      role="group"
      lang=${lang}
      aria-labelledby="title"
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}
    >
      <div class="title" id="title" part="title">${title}</div>
      ${body} ${data ? this.renderFooter(data, lang) : nothing}
    </div>`;
  }

  private renderError(problem: ErrorView): TemplateResult {
    return html`<div class="message error" part="error" role="alert">
      ${problem.message}${problem.detail ? html`<span class="detail" lang="en">${problem.detail}</span>` : nothing}
    </div>`;
  }

  private renderFooter(data: Data, lang: Lang): TemplateResult {
    const { release } = data;
    const client = this.client;
    return html`<div class="footer" part="footer">
      <span title=${formatDay(lang, release.published_at)}>${t(lang, 'release', { id: release.id })}</span>
      <a
        part="cite-link"
        href=${client.url('/v1/cite', { ...this.citeQuery(), release: release.id })}
        target="_blank"
        rel="noopener"
        >${t(lang, 'cite')}</a
      >
      <a part="download-link" href=${client.dataPackageUrl(release.id)} download>${t(lang, 'download')}</a>
      ${this.stale ? html`<span class="stale" role="status">${t(lang, 'stale')}</span>` : nothing}
    </div>`;
  }
}
