import type { CacheGetOptions, Client, PartnerList, PartnerSummary } from '@sco/client';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { besideScript } from '../shared/api.js';
import { check, isHttpUrl, type AttributeProblem } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { ChartElement } from '../shared/chart-element.js';
import { emit } from '../shared/events.js';
import { formatNumber, formatRange } from '../shared/format.js';
import { plural, t, type Lang } from '../shared/i18n.js';
import { MeasuredWidth } from '../shared/measured-width.js';
import { nextIndex } from '../shared/roving.js';
import { px } from '../shared/scale.js';
import { isRegionCode } from '../shared/vocabulary.js';
import type { Country, WorldMap } from './geometry.js';
import { mapStyles } from './sco-map.styles.js';
import { DRAWN_FILE, drawnWorld } from './world.js';

/** Lower bounds of the colour classes c1…c4 (c0: no agreement). */
const CLASSES = [1, 2, 4, 8] as const;
/**
 * The legend's text size in the world map's units (800 across): at least 7 pt when the map is printed in a
 * brief's column (about 150 mm), as in its styles.
 */
const LEGEND_TEXT = 16;
/** The room under the map for a row of the legend, in the same units. */
const LEGEND_ROOM = 40;
/** The legend's text on screen, in CSS pixels at least: on a phone the map is drawn a third of its size. */
const LEGEND_SCREEN_TEXT = 12;
/** The container width under which the organisations go under the map (the styles' container query). */
const ONE_COLUMN = 560;

interface MapData {
  readonly release: PartnerList['release'];
  readonly partners: PartnerList;
  /** Counts by partner code when filters the partners route does not take are set. */
  readonly counts: ReadonlyMap<string, number> | undefined;
  readonly world: WorldMap;
}

interface Shown {
  readonly map: WorldMap;
  readonly byAlpha3: ReadonlyMap<string, PartnerSummary>;
  /** Countries with agreements that the map draws, west to east (the keyboard order). */
  readonly focusable: readonly Country[];
  readonly organisations: readonly PartnerSummary[];
  /** Partner countries too small for the map's scale (Singapore, Luxembourg…). */
  readonly undrawn: readonly PartnerSummary[];
}

function assertPartnerList(value: unknown): asserts value is PartnerList {
  const candidate = value as Partial<PartnerList> | null;
  if (!candidate?.release || !Array.isArray(candidate.items)) throw new TypeError('not a partner list');
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

function regionName(lang: Lang, alpha2: string): string | undefined {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names.of(alpha2);
}

/**
 * A world choropleth of agreements by partner country, with the regional and international organisations
 * listed beside it. Hover or focus shows a country's count; click, Enter or Space selects it (`sco-select`)
 * and follows `partner-href` when it is set. Arrow keys, Home and End move between partner countries.
 *
 * Naming policy: a partner's name is the API's (ISO 3166 short names, in each language); other countries
 * are named by the browser's Unicode CLDR data (`Intl.DisplayNames`) from their ISO 3166-1 code. Borders,
 * and the few areas without an ISO code (Kosovo, Northern Cyprus, Somaliland), are drawn as Natural Earth
 * draws them and named in English as there; this takes no position on any dispute. Antarctica is left out.
 *
 * Inline data: `data` = the response of `GET /v1/partners`; `geometryData` = the world-atlas
 * countries-110m topology, or the build's geo/countries-110m.drawn.json (otherwise the geometry file is
 * fetched even in print mode). A topology is projected in the page (its code loads then); the drawn file,
 * the default geometry, is already projected.
 *
 * @summary World map of agreements by partner country.
 * @tag sco-map
 * @attr geometry - URL of a world-atlas countries TopoJSON. Default: geo/countries-110m.drawn.json beside the script
 * (the same countries, already projected).
 * @attr partner-href - Link for a selected partner, with {code} for its code (e.g. /partners/{code}).
 * @event sco-select - A partner was chosen: detail `{ code, name, kind }`. Cancel it to stay on the page.
 * @csspart organisations - The list of organisations beside the map.
 * @csspart info - The line that names the country under the pointer or focus.
 */
export class ScoMap extends ChartElement<MapData> {
  static override styles = [baseStyles, mapStyles];
  static override inlineProperties = ['data', 'geometryData'];
  static override properties = {
    ...ChartElement.properties,
    geometry: {},
    partnerHref: { attribute: 'partner-href' },
    geometryData: { attribute: false },
    active: { state: true },
    sideActive: { state: true },
    hover: { state: true },
  };

  declare geometry: string | undefined;
  declare partnerHref: string | undefined;
  /** Inline world-atlas topology (print mode). */
  declare geometryData: unknown;
  declare private active: number;
  /** The organisation (or small country) of the list beside the map that takes the focus (roving). */
  declare private sideActive: number;
  declare private hover: Country | undefined;
  private shown: { data: MapData; shown: Shown } | undefined;
  /** The widget's width in CSS pixels (see MeasuredWidth): the legend keeps its text size on a phone. */
  private readonly width = new MeasuredWidth(this, 800, 200, 4000);

  constructor() {
    super();
    this.active = 0;
    this.sideActive = 0;
  }

  /** What the list beside the map shows, in the exported file too: the organisations, the small partners. */
  protected override exportNotes(): string[] {
    const data = this.loaded;
    if (!data) return [];
    const { organisations, undrawn } = this.prepare(data);
    const lang = this.language;
    const lines = (title: string, partners: readonly PartnerSummary[]) =>
      partners.length === 0
        ? []
        : [
            title,
            ...partners.map((partner) => {
              const count = this.countOf(data, partner);
              // As the line under the map names a country: "ASEAN — 3 agreements", in every language.
              return `• ${this.nameOf(partner, lang)} — ${plural(lang, count, 'agreementsOne', 'agreementsOther', formatNumber(lang, count))}`;
            }),
          ];
    return [...lines(t(lang, 'organisations'), organisations), ...lines(t(lang, 'notOnMap'), undrawn)];
  }

  /** Arrow keys, Home and End move the focus through the list beside the map, as through the countries. */
  private onSideKeyDown(event: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.side li > *')];
    const next = nextIndex(event.key, this.sideActive, items.length);
    if (next === undefined) return;
    event.preventDefault();
    this.sideActive = next;
    items[next]?.focus();
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    const href = this.partnerHref;
    return [
      ...super.checkAttributes(),
      check(
        this,
        'geometry',
        !this.geometry || isHttpUrl(new URL(this.geometry, document.baseURI).href),
        'url',
      ),
      check(
        this,
        'partner-href',
        !href || isHttpUrl(new URL(href.replace('{code}', 'X'), document.baseURI).href),
        'url',
      ),
    ];
  }

  protected override fetchKey(): unknown[] {
    return [this.geometry, ...this.filterKey()];
  }

  private get geometryUrl(): string {
    return this.geometry ? new URL(this.geometry, document.baseURI).href : besideScript(DRAWN_FILE);
  }

  /** Filters the partners route cannot apply: counts then come from the matching agreements. */
  private get countsFromAgreements(): boolean {
    return Boolean(this.partner || this.type || this.sector || this.from || this.to);
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<MapData> {
    const release = this.release ? { release: this.release } : {};
    const [partners, world, agreements] = await Promise.all([
      client.listPartners(
        { ...release, region: isRegionCode(this.region) ? this.region : undefined },
        options,
      ),
      this.geometryData === undefined
        ? client.getJson<unknown>(this.geometryUrl, options).then(drawnWorld)
        : drawnWorld(this.geometryData),
      this.countsFromAgreements
        ? // The attributes were checked: the filters hold values the API accepts.
          client.listAllAgreements({ ...this.agreementFilters(), ...release }, options)
        : undefined,
    ]);
    let counts: Map<string, number> | undefined;
    if (agreements) {
      counts = new Map();
      for (const agreement of agreements.items) {
        for (const code of agreement.partners) counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    return { release: partners.release, partners, counts, world };
  }

  protected override inlineData(): MapData | Promise<MapData> {
    const partners = this.data;
    assertPartnerList(partners);
    const withWorld = (world: WorldMap) => ({
      release: partners.release,
      partners,
      counts: undefined,
      world,
    });
    // Inline data without inline geometry: the geometry file is still fetched (once per page).
    const world =
      this.geometryData === undefined
        ? this.client.getJson<unknown>(this.geometryUrl).then(drawnWorld)
        : drawnWorld(this.geometryData);
    return world instanceof Promise ? world.then(withWorld) : withWorld(world);
  }

  protected override fallbackTitle(lang: Lang): string {
    return t(lang, 'mapTitle');
  }

  private countOf(data: MapData, partner: PartnerSummary): number {
    return data.counts ? (data.counts.get(partner.code) ?? 0) : partner.agreements.headline.count;
  }

  private prepare(data: MapData): Shown {
    if (this.shown?.data === data) return this.shown.shown;
    const map = data.world;
    const withAgreements = data.partners.items.filter((p) => this.countOf(data, p) > 0);
    const byAlpha3 = new Map(withAgreements.filter((p) => p.kind === 'country').map((p) => [p.code, p]));
    const focusable = map.countries
      .filter((c) => c.alpha3 && byAlpha3.has(c.alpha3))
      .sort((a, b) => a.x - b.x);
    const drawnCodes = new Set(focusable.map((c) => c.alpha3));
    const byCount = (a: PartnerSummary, b: PartnerSummary) => this.countOf(data, b) - this.countOf(data, a);
    const shown: Shown = {
      map,
      byAlpha3,
      focusable,
      organisations: withAgreements.filter((p) => p.kind !== 'country').sort(byCount),
      undrawn: withAgreements.filter((p) => p.kind === 'country' && !drawnCodes.has(p.code)).sort(byCount),
    };
    this.shown = { data, shown };
    return shown;
  }

  private nameOf(partner: PartnerSummary, lang: Lang): string {
    return partner.names[lang] || partner.name;
  }

  private countryName(country: Country, partner: PartnerSummary | undefined, lang: Lang): string {
    if (partner) return this.nameOf(partner, lang);
    return (country.alpha2 && regionName(lang, country.alpha2)) || country.name;
  }

  /** Emits `sco-select`; unless a listener cancels it, follows `partner-href`. */
  private select(partner: PartnerSummary, lang: Lang, event?: Event): void {
    const proceed = emit(
      this,
      'sco-select',
      {
        code: partner.code,
        name: this.nameOf(partner, lang),
        kind: partner.kind === 'country' ? 'country' : 'organisation',
      },
      true,
    );
    if (!proceed) {
      event?.preventDefault();
      return;
    }
    if (this.partnerHref && !(event?.currentTarget instanceof HTMLAnchorElement)) {
      window.location.assign(this.hrefOf(partner));
    }
  }

  private hrefOf(partner: PartnerSummary): string {
    return new URL(
      (this.partnerHref ?? '').replace('{code}', encodeURIComponent(partner.code)),
      document.baseURI,
    ).href;
  }

  private onKeyDown(event: KeyboardEvent, shown: Shown, lang: Lang): void {
    const country = shown.focusable[this.active];
    const partner = country?.alpha3 ? shown.byAlpha3.get(country.alpha3) : undefined;
    if ((event.key === 'Enter' || event.key === ' ') && partner) {
      event.preventDefault();
      this.select(partner, lang);
      return;
    }
    const next = nextIndex(event.key, this.active, shown.focusable.length);
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    this.hover = shown.focusable[next];
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGPathElement>(`path[data-focus="${next}"]`)?.focus();
    });
  }

  private describeCountry(country: Country, data: MapData, shown: Shown, lang: Lang): string {
    const partner = country.alpha3 ? shown.byAlpha3.get(country.alpha3) : undefined;
    const name = this.countryName(country, partner, lang);
    const count = partner ? this.countOf(data, partner) : 0;
    return `${name} — ${count > 0 ? plural(lang, count, 'agreementsOne', 'agreementsOther', formatNumber(lang, count)) : t(lang, 'noAgreements')}`;
  }

  /**
   * The part of the map shown: the whole world, or, for one region (the `region` filter), the bounds of its
   * partner countries with a margin, at least a fifth of the world's width.
   */
  private viewOf(shown: Shown): { x: number; y: number; width: number; height: number } {
    const { map } = shown;
    const world = { x: 0, y: 0, width: map.width, height: map.height };
    if (!isRegionCode(this.region) || this.region === 'global' || shown.focusable.length === 0) return world;
    const boxes = shown.focusable.map((country) => country.box);
    const [x0, y0, x1, y1] = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    // The world's proportions, so that a region's map fills the same width as the world's: the bounds with a
    // margin, widened or heightened to them, kept on the map.
    const ratio = map.width / map.height;
    const width = Math.max((x1 - x0) * 1.12, (y1 - y0) * 1.12 * ratio, map.width / 5);
    const height = width / ratio;
    const start = (low: number, high: number, size: number, limit: number) =>
      Math.max(0, Math.min((low + high - size) / 2, limit - size));
    return {
      x: start(x0, x1, width, map.width),
      y: start(y0, y1, height, map.height),
      width: Math.min(width, map.width),
      height: Math.min(height, map.height),
    };
  }

  protected override renderData(data: MapData, lang: Lang): TemplateResult {
    const shown = this.prepare(data);
    const { map } = shown;
    const active = Math.min(this.active, Math.max(shown.focusable.length - 1, 0));
    const view = this.viewOf(shown);
    // The legend keeps its size whatever part of the map is shown: drawn at the world's scale, then scaled;
    // on a narrow screen scaled up so that its text stays LEGEND_SCREEN_TEXT pixels, in as many rows as needed.
    const inner = this.width.value;
    const drawn = inner <= ONE_COLUMN ? inner : Math.min((inner - 16) * 0.75, inner - 16 - 176);
    const legendScale = Math.max(
      view.width / map.width,
      (LEGEND_SCREEN_TEXT * view.width) / (LEGEND_TEXT * Math.max(drawn, 1)),
    );
    const legendY = 18;
    const classOf = (count: number) => `c${CLASSES.filter((bound) => count >= bound).length}`;
    const legend = [
      [0, t(lang, 'noAgreements')],
      [1, formatNumber(lang, 1)],
      [2, formatRange(lang, 2, 3)],
      [4, formatRange(lang, 4, 7)],
      [8, `${formatNumber(lang, 8)}+`],
    ] as const;
    let legendX = 0;
    let legendRow = 0;
    const legendPlaces = legend.map(([, label]) => {
      const width = 30 + label.length * (lang === 'zh' ? LEGEND_TEXT : LEGEND_TEXT * 0.6) + 12;
      if (legendX > 0 && legendX + width - 12 > view.width / legendScale) {
        legendX = 0;
        legendRow += 1;
      }
      legendX += width;
      return { x: legendX - width, y: legendY + legendRow * LEGEND_ROOM * 0.75 };
    });
    const legendRoom = LEGEND_ROOM + legendRow * LEGEND_ROOM * 0.75;
    // The legend's rows lie under the crop, where a region's map has land (Africa under Europe): its group
    // paints them with the background first (a rect past the drawing's edges, which clip it).
    const viewBox = `${px(view.x)} ${px(view.y)} ${px(view.width)} ${px(view.height + legendRoom * legendScale)}`;
    const chart = svg`<svg class="chart" part="chart" viewBox=${viewBox} role="group"
      aria-label=${`${t(lang, 'mapLabel')}. ${t(lang, 'mapHelp')}`}
      @keydown=${(event: KeyboardEvent) => {
        this.onKeyDown(event, shown, lang);
      }}
      @pointerleave=${() => (this.hover = undefined)}>
      ${map.countries.map((country) => {
        const partner = country.alpha3 ? shown.byAlpha3.get(country.alpha3) : undefined;
        const count = partner ? this.countOf(data, partner) : 0;
        const focusIndex = shown.focusable.indexOf(country);
        const cls = `land animated ${classOf(count)}${partner ? ' partner' : ''}`;
        return partner
          ? svg`<path class=${cls} d=${country.d} data-focus=${focusIndex} tabindex=${focusIndex === active ? 0 : -1}
              role="button" aria-label=${this.describeCountry(country, data, shown, lang)}
              @pointerenter=${() => (this.hover = country)}
              @focus=${() => {
                this.active = focusIndex;
                this.hover = country;
              }}
              @click=${() => {
                this.active = focusIndex;
                this.select(partner, lang);
              }}></path>`
          : svg`<path class=${cls} d=${country.d} aria-hidden="true" @pointerenter=${() => (this.hover = country)}></path>`;
      })}
      ${this.hover ? svg`<path class="outline" d=${this.hover.d} aria-hidden="true" data-export="omit"></path>` : null}
      <g class="legend" aria-hidden="true" transform=${`translate(${px(view.x)} ${px(view.y + view.height)}) scale(${legendScale})`}><rect class="bg" width="9999" height="999"></rect>${legend.map(
        ([bound, label], index) => {
          const { x, y } = legendPlaces[index] ?? { x: 0, y: legendY };
          return svg`<rect class=${`land ${classOf(bound)}`} x=${x} y=${y} width="22" height="14"></rect>
            <text x=${x + 28} y=${y + 13}>${label}</text>`;
        },
      )}</g>
    </svg>`;
    const sideCount = shown.organisations.length + shown.undrawn.length;
    const sideActive = Math.min(this.sideActive, Math.max(sideCount - 1, 0));
    let sideIndex = 0;
    const side = (title: string, partners: readonly PartnerSummary[]) =>
      partners.length === 0
        ? nothing
        : html`<h3>${title}</h3>
            <ul>
              ${partners.map((partner) => {
                const index = sideIndex++;
                const tabindex = index === sideActive ? 0 : -1;
                const focus = () => (this.sideActive = index);
                const label = html`<span>${this.nameOf(partner, lang)}</span
                  ><span class="count">${formatNumber(lang, this.countOf(data, partner))}</span>`;
                return html`<li>
                  ${
                    this.partnerHref
                      ? html`<a
                          href=${this.hrefOf(partner)}
                          tabindex=${tabindex}
                          @focus=${focus}
                          @click=${(event: Event) => {
                            this.select(partner, lang, event);
                          }}
                          >${label}</a
                        >`
                      : html`<button
                          type="button"
                          tabindex=${tabindex}
                          @focus=${focus}
                          @click=${() => {
                            this.select(partner, lang);
                          }}
                        >
                          ${label}
                        </button>`
                  }
                </li>`;
              })}
            </ul>`;
    const listed = [...shown.byAlpha3.values(), ...shown.organisations].sort(
      (a, b) => this.countOf(data, b) - this.countOf(data, a),
    );
    const table = html`<table>
      <caption class="sr-only">
        ${t(lang, 'mapTitle')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'partner')}</th>
          <th scope="col">${t(lang, 'type')}</th>
          <th scope="col" class="num">${t(lang, 'agreements')}</th>
        </tr>
      </thead>
      <tbody>
        ${listed.map(
          (partner) =>
            html`<tr>
              <th scope="row">${this.nameOf(partner, lang)}</th>
              <td>${t(lang, partner.kind === 'country' ? 'country' : 'organisation')}</td>
              <td class="num">${formatNumber(lang, this.countOf(data, partner))}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
    return html`<div class="layout">
        <div>
          ${chart}
          <p class="info" part="info" aria-hidden="true">
            ${this.hover ? this.describeCountry(this.hover, data, shown, lang) : html`<span class="muted">${t(lang, 'mapHelp')}</span>`}
          </p>
        </div>
        <div
          class="side"
          part="organisations"
          @keydown=${(event: KeyboardEvent) => {
            this.onSideKeyDown(event);
          }}
        >
          ${side(t(lang, 'organisations'), shown.organisations)} ${side(t(lang, 'notOnMap'), shown.undrawn)}
        </div>
      </div>
      <p class="small muted">${t(lang, 'mapNote')}</p>
      ${this.renderTools(lang, table)}`;
  }
}
