import type { CacheGetOptions, Client, Patchwork, PatchworkQuery } from '@sco/client';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { EXPECT, type AttributeProblem } from '../shared/attributes.js';
import { isRegionCode } from '../shared/vocabulary.js';
import { baseStyles } from '../shared/base.styles.js';
import { ChartElement } from '../shared/chart-element.js';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { MeasuredWidth } from '../shared/measured-width.js';
import { nextIndex } from '../shared/roving.js';
import { px } from '../shared/scale.js';
import { networkText, NETWORK_TEXT } from './network-text.js';
import { networkStyles } from './sco-network.styles.js';

interface NetworkData {
  readonly release: Patchwork['release'];
  readonly values: Patchwork;
}

type Node = Patchwork['network']['nodes'][number];
type Edge = Patchwork['network']['edges'][number];

const PERIODS = ['-2012', '2013-2019', '2020-', 'undated'];
const BASES = ['verified', 'verified_single', 'all'];
const REFUSED = ['partner', 'type', 'sector', 'from', 'to'] as const;
/** Bodies labelled on the drawing: the most agreements (every body is named in its focus text and the table). */
const LABELLED = 14;
/** Label text on screen, in CSS pixels at least; below LABEL_ROOM pixels of width the drawing has no labels
 * (they would cover it): the focused node is named under it, every node in the table. */
const LABEL_TEXT = 11;
const LABEL_ROOM = 480;
/** Links of the focused body listed under the drawing; the others are behind a disclosure. */
const SHOWN_LINKS = 5;

/** A label on the drawing: at most 16 characters (the full name is in the focus text and the table). */
const short = (label: string) => (label.length > 16 ? `${label.slice(0, 15)}…` : label);

const radius = (node: Node) => 5 + Math.sqrt(node.agreements) * 3;

/**
 * A scope's line, in the drawing's units (`unit` is one CSS pixel in them), so that no two scopes differ by the
 * page's colours alone: standardisation (the page's accent) solid, conformity assessment (its highlight) dashed,
 * the widget's own four colours dotted. Round caps draw a dash `width` longer and a gap `width` shorter: dashes of
 * 2 × width + 6 px and gaps of width + 4 px; dots as wide as the line, width + 3 px apart.
 */
const dashes = (scope: string, width: number, unit: number) =>
  scope === 'standardisation'
    ? nothing
    : scope === 'conformity_assessment'
      ? `${px(width + 6 * unit)} ${px(2 * width + 4 * unit)}`
      : `0 ${px(2 * width + 3 * unit)}`;

/**
 * Is the Belt and Road's standards work a patchwork? The bipartite network of Chinese signatory bodies and
 * partner bodies: an edge per pair and scope, as thick as the agreements they signed, coloured by scope.
 * The layout is the API's (d3-force run to a fixed number of ticks from a seeded start): the same data
 * always gives the same picture. Focus moves body to body (arrow keys, Home, End); each body announces
 * its links. A data table lists every edge.
 *
 * Inline data: `data` = the response of `GET /v1/indicators/patchwork?period=…&region=…&lang=…`.
 *
 * @summary The network of Chinese bodies and their partner bodies, by scope.
 * @tag sco-network
 * @attr period - Agreements signed in -2012, 2013-2019, 2020- or undated. Default: all periods.
 * @attr basis - Verification basis: verified, verified_single or all. Default: all.
 * @csspart node - Each body.
 * @csspart legend - The colours of the scopes.
 * @cssproperty --sco-color-accent - Standardisation edges, solid (conformity assessment: --sco-color-highlight, dashed).
 */
export class ScoNetwork extends ChartElement<NetworkData> {
  static override styles = [baseStyles, networkStyles];
  static override properties = { ...ChartElement.properties, period: {}, basis: {}, active: { state: true } };

  declare period: string | undefined;
  declare basis: string;
  declare protected active: number;
  /** The drawing's width in CSS pixels, from the widget's (see MeasuredWidth). */
  private readonly width = new MeasuredWidth(this, 900, 200, 4000);

  constructor() {
    super();
    this.basis = 'all';
    this.active = 0;
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    const refuse = (name: string, expected: Readonly<Record<Lang, string>>): AttributeProblem => ({
      name,
      value: this.getAttribute(name),
      expected,
    });
    return [
      ...REFUSED.filter((name) => this[name]).map((name) => refuse(name, NETWORK_TEXT.noFilter)),
      this.period === undefined || PERIODS.includes(this.period)
        ? undefined
        : refuse('period', NETWORK_TEXT.period),
      BASES.includes(this.basis) ? undefined : refuse('basis', NETWORK_TEXT.basis),
      this.region === undefined || isRegionCode(this.region) ? undefined : refuse('region', EXPECT.region),
    ];
  }

  protected override fetchKey(): unknown[] {
    return [this.period, this.region, this.basis];
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<NetworkData> {
    const query = {
      period: this.period,
      region: this.region,
      basis: this.basis,
      lang: this.language,
      release: this.release,
    } as PatchworkQuery;
    const values = await client.getPatchwork(query, options);
    return { release: values.release, values };
  }

  protected override inlineData(): NetworkData {
    const values = this.data as Partial<Patchwork> | null;
    if (!values?.release || !Array.isArray(values.network?.nodes) || !Array.isArray(values.network.edges)) {
      throw new TypeError('not a patchwork response');
    }
    return { release: values.release, values: values as Patchwork };
  }

  protected override fallbackTitle(lang: Lang): string {
    return networkText(lang, 'title');
  }

  protected override citeQuery(): Record<string, string | undefined> {
    return { region: this.region };
  }

  /** A body's links, the most agreements first: "AFNOR 2 (Standardisation)". */
  private links(node: Node, edges: readonly Edge[], names: ReadonlyMap<string, Node>, lang: Lang): string[] {
    return edges
      .filter((edge) => edge.source === node.id || edge.target === node.id)
      .sort((a, b) => b.agreements - a.agreements)
      .map((edge) =>
        networkText(lang, 'link', {
          name: names.get(edge.source === node.id ? edge.target : edge.source)?.label ?? '',
          n: formatNumber(lang, edge.agreements),
          scope: edge.scope_label,
        }),
      );
  }

  private describe(node: Node, lang: Lang, links: readonly string[]): string {
    return networkText(lang, 'node', {
      name: node.name,
      jurisdiction: node.jurisdiction,
      n: formatNumber(lang, node.agreements),
      links: links.join(', '),
    }).trim();
  }

  /**
   * The focused body under the drawing: its name, then its links as a list, the first few shown and the rest
   * behind a disclosure (a body with 40 partners made a paragraph 1,000 px tall on a phone).
   */
  private renderReadout(node: Node, edges: readonly Edge[], names: ReadonlyMap<string, Node>, lang: Lang) {
    const links = this.links(node, edges, names, lang);
    const items = (shown: readonly string[]) =>
      html`<ul class="links">
        ${shown.map((link) => html`<li>${link}</li>`)}
      </ul>`;
    return html`<div class="readout">
      <p>${this.describe(node, lang, [])}</p>
      ${items(links.slice(0, SHOWN_LINKS))}
      ${
        links.length > SHOWN_LINKS
          ? html`<details>
              <summary>
                ${networkText(lang, 'more', { n: formatNumber(lang, links.length - SHOWN_LINKS) })}
              </summary>
              ${items(links.slice(SHOWN_LINKS))}
            </details>`
          : nothing
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Another body's links: a disclosure opened for the last body closes (Lit would keep it, and it open).
    if (changed.has('active')) this.renderRoot.querySelector('.readout details')?.removeAttribute('open');
  }

  private onKeyDown(event: KeyboardEvent, count: number): void {
    const next = nextIndex(event.key, this.active, count);
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGElement>(`[data-focus="${next}"]`)?.focus();
    });
  }

  protected override renderData({ values }: NetworkData, lang: Lang): TemplateResult {
    const { nodes, edges, size } = values.network;
    if (nodes.length === 0)
      return html`<div class="message" role="status">${networkText(lang, 'empty')}</div>`;
    const names = new Map(nodes.map((node) => [node.id, node]));
    const active = Math.min(this.active, nodes.length - 1);
    const focused = nodes[active];
    const box = size ?? 1000;
    const drawn = this.width.value;
    const labelled = new Set(
      [...nodes]
        .sort((a, b) => b.agreements - a.agreements || a.id.localeCompare(b.id))
        .slice(0, drawn < LABEL_ROOM ? 0 : LABELLED)
        .map((node) => node.id),
    );
    // Room each side for the labels (16 characters at most), which grows with their size in the drawing's
    // units, which grows with the room: a few rounds settle both.
    let margin = 150;
    let labelSize = 15;
    for (let round = 0; round < 4 && labelled.size > 0; round++) {
      labelSize = Math.max(15, (LABEL_TEXT * (box + 2 * margin)) / drawn);
      margin = Math.max(150, Math.ceil(labelSize * 0.62 * 16 + 24));
    }
    const at = (node: Node | undefined) => ({ x: node?.x ?? 0, y: node?.y ?? 0 });
    const scopes = [...new Map(edges.map((edge) => [edge.scope, edge.scope_label])).entries()];
    const chart = svg`<svg class="chart" part="chart" viewBox=${`${-margin} -10 ${box + 2 * margin} ${box + 20}`} role="group"
      aria-label=${networkText(lang, 'label')}
      @keydown=${(event: KeyboardEvent) => {
        this.onKeyDown(event, nodes.length);
      }}>
      <g aria-hidden="true">
        ${edges.map((edge) => {
          const a = at(names.get(edge.source));
          const b = at(names.get(edge.target));
          const touches = focused && (edge.source === focused.id || edge.target === focused.id);
          const width = 1.5 + Math.sqrt(edge.agreements) * 2;
          return svg`<line class=${`edge ${edge.scope}${focused && !touches ? ' dim' : ''}`} x1=${px(a.x)} y1=${px(a.y)}
            x2=${px(b.x)} y2=${px(b.y)} stroke-width=${px(width)}
            stroke-dasharray=${dashes(edge.scope, width, (box + 2 * margin) / drawn)}></line>`;
        })}
      </g>
      ${nodes.map((node, index) => {
        const label = this.describe(node, lang, this.links(node, edges, names, lang));
        return svg`<circle part="node" class=${`node ${node.side}${index === active ? ' active' : ''}`}
          cx=${px(node.x ?? 0)} cy=${px(node.y ?? 0)} r=${px(radius(node))} data-focus=${index}
          tabindex=${index === active ? 0 : -1} role="img" aria-label=${label}
          @pointerenter=${() => (this.active = index)} @focus=${() => (this.active = index)}><title>${label}</title></circle>`;
      })}
      <g aria-hidden="true">
        ${nodes
          .filter((node) => labelled.has(node.id))
          .map(
            (node) =>
              svg`<text class="label" font-size=${px(labelSize)} text-anchor=${node.side === 'chinese' ? 'end' : 'start'}
                x=${px((node.x ?? 0) + (radius(node) + 4) * (node.side === 'chinese' ? -1 : 1))}
                y=${px((node.y ?? 0) + 5)}>${short(node.label)}</text>`,
          )}
      </g>
    </svg>`;
    return html`<ul class="legend" part="legend">
        ${scopes.map(
          ([scope, label]) =>
            html`<li>
              <svg aria-hidden="true" viewBox="0 0 40 8">
                <line
                  class=${`edge ${scope}`}
                  x1="2"
                  y1="4"
                  x2="38"
                  y2="4"
                  stroke-width="4"
                  stroke-dasharray=${dashes(scope, 4, 1)}
                ></line>
              </svg>
              ${label}
            </li>`,
        )}
      </ul>
      ${chart} ${focused ? this.renderReadout(focused, edges, names, lang) : nothing}
      ${this.renderTools(lang, this.renderTable(edges, names, lang))}`;
  }

  private renderTable(edges: readonly Edge[], names: ReadonlyMap<string, Node>, lang: Lang): TemplateResult {
    const rows = [...edges].sort((a, b) => b.agreements - a.agreements);
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${networkText(lang, 'chinese')}</th>
          <th scope="col">${networkText(lang, 'partner')}</th>
          <th scope="col">${networkText(lang, 'scope')}</th>
          <th scope="col" class="num">${networkText(lang, 'agreements')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (edge) =>
            html`<tr>
              <td>${names.get(edge.source)?.name ?? edge.source}</td>
              <td>${names.get(edge.target)?.name ?? edge.target}</td>
              <td>${edge.scope_label}</td>
              <td class="num">${formatNumber(lang, edge.agreements)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
