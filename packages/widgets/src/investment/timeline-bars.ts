import type { CacheGetOptions, Client, HardConnectivityPage, HardConnectivityQuery } from '@sco/client';
import { html, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { fromPages, loadPages } from './investment-series.js';
import { investmentText } from './investment-text.js';
import { InvestmentView, type PanelPlace } from './investment-view.js';

/** What the timeline draws of the investment: the panel, the lines under the chart and the table's column. */
export interface TimelineInvestment {
  /** Years with deals, oldest first (the time axis spans them). */
  readonly years: readonly number[];
  panel(place: PanelPlace): { readonly template: SVGTemplateResult; readonly bottom: number };
  /** The focused bar in words, the tracker's citation and what the bars are not filtered by. */
  readonly below: TemplateResult;
  /** The table's column heading and a year's cell (— for no deal, and for the undated row). */
  readonly head: TemplateResult;
  cell(year: number): TemplateResult;
  /** Whole rows for the years with deals before the agreements' first year (none signed then). */
  lead(firstYear: number | undefined): TemplateResult[];
  /** Lines written under an exported chart. */
  readonly notes: string[];
}

type Host = ReactiveControllerHost & HTMLElement;

/** The timeline's investment bars (`show-investment`): loading and drawing, kept out of the timeline's module. */
export class TimelineBars {
  private readonly view: InvestmentView;

  constructor(host: Host) {
    this.view = new InvestmentView(host);
  }

  /**
   * The investment for the timeline's filters (partner, region, years: the data has no agreement type or
   * sector). An organisation (not a country code) has none: nothing is asked for.
   */
  load(
    client: Client,
    filters: Readonly<Record<string, string | undefined>>,
    release: string | undefined,
    options: CacheGetOptions,
  ): Promise<readonly HardConnectivityPage[]> {
    const { partner, region, year_from: from, year_to: to } = filters;
    if (partner && !/^[A-Z]{3}$/.test(partner)) return Promise.resolve([]);
    // The attributes were checked: the filters hold values the API accepts.
    const query = { partner, region, from, to, release } as HardConnectivityQuery;
    return loadPages(client, query, options);
  }

  /** Inline investment (print mode): one page or several. */
  inline(hard: unknown): readonly HardConnectivityPage[] {
    const pages = (Array.isArray(hard) ? hard : hard === undefined ? [] : [hard]) as unknown[];
    const isPage = (page: unknown): page is HardConnectivityPage => {
      const candidate = page as Partial<HardConnectivityPage> | null;
      return Array.isArray(candidate?.items) && Array.isArray(candidate.sources);
    };
    if (!pages.every(isPage)) {
      throw new TypeError('not pages of hard connectivity');
    }
    return pages;
  }

  of(
    pages: readonly HardConnectivityPage[],
    lang: Lang,
    filters: Readonly<Record<string, string | undefined>>,
  ): TimelineInvestment {
    const investment = fromPages(pages);
    const view = this.view;
    const { partner, type, sector } = filters;
    const organisation = partner !== undefined && !/^[A-Z]{3}$/.test(partner);
    const shown = organisation ? { ...investment, note: 'organisation' as const } : investment;
    const unfiltered = type || sector ? [investmentText(lang, 'unfiltered')] : [];
    const cell = (year: number) => html`<td class="num">${view.cell(investment, year, lang)}</td>`;
    return {
      years: investment.years.map((y) => y.year),
      panel: (place) => view.panel(investment, place),
      below: html`${view.readout(investment, lang)} ${view.source(shown, lang, unfiltered)}`,
      head: html`<th scope="col" class="num">${view.heading(lang)}</th>`,
      cell,
      lead: (firstYear) =>
        investment.years
          .filter((y) => firstYear === undefined || y.year < firstYear)
          .map(
            (y) =>
              html`<tr>
                <th scope="row">${y.year}</th>
                <td class="num">${formatNumber(lang, 0)}</td>
                <td class="num">${formatNumber(lang, 0)}</td>
                ${cell(y.year)}
              </tr>`,
          ),
      notes: [...view.sourceLines(investment, lang), ...unfiltered],
    };
  }
}
