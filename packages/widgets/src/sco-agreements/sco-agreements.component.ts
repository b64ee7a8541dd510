import type { AgreementDetail, AgreementSummary, CacheGetOptions, Client, PartnerList } from '@sco/client';
import { html, nothing, type TemplateResult } from 'lit';
import { check, safeHref, type AttributeProblem } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { FilterElement } from '../shared/filter-element.js';
import {
  comparePartialDates,
  formatList,
  formatNumber,
  formatPartialDate,
  formatRange,
  parenthesisAfter,
} from '../shared/format.js';
import { t, type Lang, type MessageKey } from '../shared/i18n.js';
import { scrolling } from '../shared/scrolling.js';
import { typeLabel } from '../shared/vocabulary.js';
import { agreementsStyles } from './sco-agreements.styles.js';

type TitleLabel = 'title_label' | 'title_label_lang';

/** A listed agreement; a response from before `title_label` has only the recorded titles. */
type Item = Omit<AgreementSummary, TitleLabel | 'title_label_basis'> &
  Partial<Pick<AgreementSummary, TitleLabel>>;

interface AgreementsData {
  readonly release: PartnerList['release'];
  readonly items: readonly Item[];
  readonly partners: PartnerList | undefined;
}

type SortKey = 'signed' | 'title' | 'partners' | 'type' | 'verification';
type SourcesState = 'loading' | 'failed' | AgreementDetail['sources'];

const COLUMNS: readonly (readonly [SortKey, MessageKey])[] = [
  ['signed', 'signed'],
  ['title', 'agreement'],
  ['partners', 'partners'],
  ['type', 'type'],
  ['verification', 'verification'],
];

function assertPage(value: unknown): asserts value is { release: PartnerList['release']; items: Item[] } {
  const candidate = value as { release?: unknown; items?: unknown } | null;
  if (!candidate?.release || !Array.isArray(candidate.items)) throw new TypeError('not a list of agreements');
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The title in the list's language (`title_label`), or the English one where inline data has none. */
const titleOf = (item: Item): string => item.title_label ?? item.title_en;

/**
 * An accessible table of agreements: sort by any column, filter by text, page through, and open each
 * agreement's sources (read from the API when asked for).
 *
 * Inline data: `data` = the response of `GET /v1/agreements?lang=…` (one page, or every item); `partners` =
 * the response of `GET /v1/partners`, for partner names (optional: codes are shown otherwise). Titles are
 * the items' `title_label` in the widget's language (`title_en` in a response that has none), with the
 * source's original title under them.
 *
 * @summary Accessible table of agreements with sort, filter, pages and sources.
 * @tag sco-agreements
 * @attr page-size - Rows per page, 1 to 200. Default: 10.
 * @csspart search - The filter box.
 * @csspart table - The table.
 * @csspart pager - The page buttons and position.
 */
export class ScoAgreements extends FilterElement<AgreementsData> {
  static override styles = [baseStyles, agreementsStyles];
  static override inlineProperties = ['data', 'partners'];
  static override properties = {
    ...FilterElement.properties,
    pageSize: { type: Number, attribute: 'page-size' },
    partners: { attribute: false },
    sort: { state: true },
    query: { state: true },
    page: { state: true },
    sources: { state: true },
  };

  declare pageSize: number;
  /** Inline partner list (print mode), for names. */
  declare partners: PartnerList | undefined;
  declare private sort: { key: SortKey; ascending: boolean };
  declare private query: string;
  declare private page: number;
  declare private sources: ReadonlyMap<string, SourcesState>;

  constructor() {
    super();
    this.pageSize = 10;
    this.sort = { key: 'signed', ascending: false };
    this.query = '';
    this.page = 0;
    this.sources = new Map();
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    const size = this.pageSize;
    return [
      ...super.checkAttributes(),
      check(this, 'page-size', Number.isInteger(size) && size >= 1 && size <= 200, 'number'),
    ];
  }

  protected override fetchKey(): unknown[] {
    return this.filterKey();
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<AgreementsData> {
    const release = this.release ? { release: this.release } : {};
    const lang = this.language;
    const [agreements, partners] = await Promise.all([
      // The attributes were checked: the filters hold values the API accepts. English is the API's default.
      client.listAllAgreements(
        { ...this.agreementFilters(), ...release, ...(lang === 'en' ? {} : { lang }) },
        options,
      ),
      client.listPartners(release, options),
    ]);
    return { release: agreements.release, items: agreements.items, partners };
  }

  protected override inlineData(): AgreementsData {
    const page = this.data;
    assertPage(page);
    return { release: page.release, items: page.items, partners: this.partners };
  }

  protected override fallbackTitle(lang: Lang): string {
    return t(lang, 'agreementsTitle');
  }

  private partnerNames(item: Item, data: AgreementsData, lang: Lang): string {
    const byCode = new Map(data.partners?.items.map((p) => [p.code, p.names[lang] || p.name]) ?? []);
    return formatList(
      lang,
      item.partners.map((code) => byCode.get(code) ?? code),
    );
  }

  private rows(data: AgreementsData, lang: Lang): Item[] {
    const text = fold(this.query.trim());
    const rows = data.items.filter(
      (item) =>
        !text ||
        fold(
          [
            item.title_en,
            titleOf(item),
            item.title_original ?? '',
            this.partnerNames(item, data, lang),
            typeLabel(item.type, lang),
          ].join(' '),
        ).includes(text),
    );
    const { key, ascending } = this.sort;
    // Made when a text is sorted, not for the first render (by date): its data takes some 5 ms to load.
    let collator: Intl.Collator | undefined;
    const value = (item: Item): string => {
      if (key === 'title') return titleOf(item);
      if (key === 'partners') return this.partnerNames(item, data, lang);
      if (key === 'type') return typeLabel(item.type, lang);
      return t(lang, item.verification);
    };
    return rows.sort((a, b) => {
      if (key === 'signed') {
        // Undated agreements stay last in either direction.
        if (a.signed_date === null || b.signed_date === null)
          return comparePartialDates(a.signed_date, b.signed_date);
        return comparePartialDates(a.signed_date, b.signed_date) * (ascending ? 1 : -1);
      }
      return (collator ??= new Intl.Collator(lang)).compare(value(a), value(b)) * (ascending ? 1 : -1);
    });
  }

  private sortBy(key: SortKey): void {
    this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : key !== 'signed' };
    this.page = 0;
  }

  private async toggleSources(item: Item): Promise<void> {
    const sources = new Map(this.sources);
    if (sources.has(item.id)) {
      sources.delete(item.id);
      this.sources = sources;
      return;
    }
    const inline = (item as { sources?: AgreementDetail['sources'] }).sources;
    sources.set(item.id, inline ?? 'loading');
    this.sources = sources;
    if (inline) return;
    let state: SourcesState;
    try {
      const release = this.loaded?.release.id;
      const lang = this.language;
      const query = { ...(release ? { release } : {}), ...(lang === 'en' ? {} : { lang }) };
      state = (await this.client.getAgreement(item.id, query)).agreement.sources;
    } catch {
      state = 'failed';
    }
    if (!this.sources.has(item.id)) return;
    this.sources = new Map(this.sources).set(item.id, state);
  }

  protected override renderData(data: AgreementsData, lang: Lang): TemplateResult {
    const rows = this.rows(data, lang);
    const pages = Math.max(1, Math.ceil(rows.length / this.pageSize));
    const page = Math.min(this.page, pages - 1);
    const shown = rows.slice(page * this.pageSize, (page + 1) * this.pageSize);
    const from = rows.length === 0 ? 0 : page * this.pageSize + 1;
    const to = page * this.pageSize + shown.length;
    return html`
      <div class="controls">
        <input
          type="search"
          part="search"
          aria-label=${t(lang, 'filter')}
          placeholder=${t(lang, 'filter')}
          .value=${this.query}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            this.page = 0;
          }}
        />
      </div>
      ${scrolling(
        t(lang, 'agreementsTitle'),
        html`<table part="table">
          <caption class="sr-only">
            ${t(lang, 'agreementsTitle')}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map(
                ([key, label]) =>
                  html`<th
                    scope="col"
                    aria-sort=${this.sort.key === key ? (this.sort.ascending ? 'ascending' : 'descending') : 'none'}
                  >
                    <button
                      type="button"
                      @click=${() => {
                        this.sortBy(key);
                      }}
                    >
                      ${t(lang, label)}
                    </button>
                  </th>`,
              )}
              <th scope="col">${t(lang, 'sources')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              shown.length === 0
                ? html`<tr>
                    <td colspan="6">${t(lang, 'noMatch')}</td>
                  </tr>`
                : shown.map((item) => this.renderRow(item, data, lang))
            }
          </tbody>
        </table>`,
      )}
      <div class="pager" part="pager">
        <button type="button" class="prev" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>
          <span>${t(lang, 'previous')}</span>
        </button>
        <span role="status"
          >${t(lang, 'showing', { range: formatRange(lang, from, to), total: formatNumber(lang, rows.length) })}</span
        >
        <button
          type="button"
          class="next"
          ?disabled=${page >= pages - 1}
          @click=${() => (this.page = page + 1)}
        >
          <span>${t(lang, 'next')}</span>
        </button>
      </div>
    `;
  }

  private renderRow(item: Item, data: AgreementsData, lang: Lang): TemplateResult {
    const state = this.sources.get(item.id);
    const panel = `sources-${item.id}`;
    // Each cell names its column (data-label): under 600 px the rows are drawn as cards that show the names.
    const [date, title, partners, type, verification] = COLUMNS.map(([, label]) => t(lang, label));
    const label = titleOf(item);
    return html`<tr>
        <td class="date" data-label=${date ?? ''}>
          ${item.signed_date ? html`<time datetime=${item.signed_date}>${formatPartialDate(lang, item.signed_date)}</time>` : t(lang, 'undated')}
        </td>
        <td class="title" data-label=${title ?? ''}>
          <span lang=${item.title_label_lang !== lang ? (item.title_label_lang ?? nothing) : nothing}
            >${label}</span
          >
          ${
            item.title_original && item.title_original !== label
              ? html`<span class="original" lang=${item.title_original_lang ?? nothing}
                  >${item.title_original}</span
                >`
              : nothing
          }
        </td>
        <td data-label=${partners ?? ''}>${this.partnerNames(item, data, lang)}</td>
        <td class="type" data-label=${type ?? ''}>${typeLabel(item.type, lang)}</td>
        <td class="nowrap" data-label=${verification ?? ''}>${t(lang, item.verification)}</td>
        <td>
          <button
            type="button"
            aria-expanded=${state ? 'true' : 'false'}
            aria-controls=${panel}
            aria-label=${t(lang, 'sourcesOf', { title: label })}
            @click=${() => this.toggleSources(item)}
          >
            ${t(lang, 'sources')}
          </button>
        </td>
      </tr>
      ${
        state
          ? html`<tr class="sources" id=${panel}>
              <td colspan="6">${this.renderSources(item, state, lang)}</td>
            </tr>`
          : nothing
      }`;
  }

  private renderSources(item: Item, state: SourcesState, lang: Lang): TemplateResult {
    if (state === 'loading') return html`<span role="status">${t(lang, 'loading')}</span>`;
    if (state === 'failed') return html`<span class="stale" role="alert">${t(lang, 'network')}</span>`;
    const record = this.client.url(`/v1/agreements/${encodeURIComponent(item.id)}`, {
      release: this.loaded?.release.id,
    });
    return html`<ul>
        ${state.map(
          (source) =>
            html`<li>
              ${
                safeHref(source.url)
                  ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
                      >${source.publisher_label}</a
                    >`
                  : source.publisher_label
              }<span class="muted small"
                >${parenthesisAfter(formatPartialDate(lang, source.accessed), lang)}</span
              >
            </li>`,
        )}
      </ul>
      <a class="small" href=${record} target="_blank" rel="noopener">${t(lang, 'record')}</a>`;
  }
}
