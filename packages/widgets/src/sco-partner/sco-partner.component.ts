import type { CacheGetOptions, Client, PartnerProfile } from '@sco/client';
import { html, nothing, type TemplateResult } from 'lit';
import { check, PATTERNS, type AttributeProblem } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { COLON, formatNumber, formatPartialDate, parenthesisAfter } from '../shared/format.js';
import { plural, t, type Lang } from '../shared/i18n.js';
import { rangeText } from '../shared/indicator.js';
import { ScoElement } from '../shared/sco-element.js';
import type { PartnerInvestment } from '../investment/investment.js';
import { partnerStyles } from './sco-partner.styles.js';

interface PartnerData {
  readonly release: PartnerProfile['release'];
  readonly profile: PartnerProfile;
  /** The investment bars (`show-investment`): their code, loaded apart. */
  readonly bars: PartnerInvestment | undefined;
}

type AgreementRef = NonNullable<PartnerProfile['first_agreement']>;

function assertProfile(value: unknown): asserts value is PartnerProfile {
  const candidate = value as Partial<PartnerProfile> | null;
  if (!candidate?.release || !candidate.partner || !Array.isArray(candidate.agreements)) {
    throw new TypeError('not a partner profile');
  }
}

/**
 * A partner's profile card: name, region, agreements (with adjacent fields apart), first and latest
 * agreement, agreements by type, its institutions, its indicators and the list of its agreements.
 *
 * Inline data (`data`): the response of `GET /v1/partners/{partner}?lang=…`.
 *
 * @summary Profile card of one partner country or organisation.
 * @tag sco-partner
 * @attr partner - Required: ISO 3166-1 alpha-3 code or organisation code (RUS, ASEAN, CEN-CENELEC…).
 * @attr show-investment - Draw Chinese investment and construction per year (USD million, from the China Global
 * Investment Tracker) as bars under a mark per agreement, on one time axis, with a data table and export. Its code
 * loads only then; the data is in the profile already. Default: off.
 * @attr show-table - Open the chart's data table at first (with `show-investment`; print briefs set it), as on the
 * charts. Default: closed.
 * @csspart count - The number of agreements.
 * @csspart agreements - The list of agreements with its heading (hide it to show the card alone).
 * @csspart institutions - The partner's institutions with their heading (hide it where a table lists them).
 * @csspart chart - The agreements and investment chart (`show-investment`).
 * @csspart investment - The investment bars' panel (`show-investment`).
 * @cssproperty --sco-color-investment - Colour of the investment bars.
 */
export class ScoPartner extends ScoElement<PartnerData> {
  static override styles = [baseStyles, partnerStyles];
  static override properties = {
    ...ScoElement.properties,
    partner: {},
    showInvestment: { type: Boolean, attribute: 'show-investment' },
    showTable: { type: Boolean, attribute: 'show-table' },
  };

  declare partner: string | undefined;
  declare showInvestment: boolean;
  declare showTable: boolean;
  private bars: Promise<PartnerInvestment> | undefined;

  constructor() {
    super();
    this.showInvestment = false;
    this.showTable = false;
  }

  /** The investment bars' code (fetched once, when first asked for), or nothing without `show-investment`. */
  private loadBars(): Promise<PartnerInvestment | undefined> {
    if (!this.showInvestment) return Promise.resolve(undefined);
    return (this.bars ??= import('../investment/investment.js').then(
      (lib) => new lib.PartnerInvestment(this),
    ));
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    return [check(this, 'partner', PATTERNS.partner.test(this.partner ?? ''), 'partner')];
  }

  protected override fetchKey(): unknown[] {
    return [this.partner, this.showInvestment];
  }

  protected override citeQuery(): Record<string, string | undefined> {
    return { partner: this.partner };
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<PartnerData> {
    const query = { lang: this.language, ...(this.release ? { release: this.release } : {}) };
    const [profile, bars] = await Promise.all([
      client.getPartner(this.partner ?? '', query, options),
      this.loadBars(),
    ]);
    return { release: profile.release, profile, bars };
  }

  protected override inlineData(): PartnerData | Promise<PartnerData> {
    const profile = this.data;
    assertProfile(profile);
    if (!this.showInvestment) return { release: profile.release, profile, bars: undefined };
    return this.loadBars().then((bars) => ({ release: profile.release, profile, bars }));
  }

  protected override fallbackTitle(lang: Lang): string {
    return t(lang, 'partner');
  }

  protected override titleOf({ profile }: PartnerData, lang: Lang): string {
    return profile.partner.names[lang] || profile.partner.name;
  }

  protected override renderData({ profile, bars }: PartnerData, lang: Lang): TemplateResult {
    const { partner } = profile;
    const headline = partner.agreements.headline.count;
    const adjacent = partner.agreements.with_adjacent.count;
    const number = (n: number) => formatNumber(lang, n);
    const agreement = (ref: AgreementRef | null) =>
      ref
        ? html`<time datetime=${ref.signed_date ?? nothing}>${formatPartialDate(lang, ref.signed_date)}</time>
            · ${ref.title_label}`
        : '—';
    return html`
      <p class="subtitle muted">
        ${t(lang, partner.kind === 'country' ? 'country' : 'organisation')}${
          partner.region_name ? ` · ${partner.region_name}` : nothing
        }
      </p>
      <div class="count" part="count">
        ${plural(lang, headline, 'agreementsOne', 'agreementsOther', number(headline))}
      </div>
      ${adjacent > headline ? html`<div class="small muted">${t(lang, 'withAdjacent', { n: number(adjacent) })}</div>` : nothing}
      ${bars ? bars.render(profile, lang, this.showTable) : nothing}
      <div class="grid">
        <section>
          <dl>
            <dt>${t(lang, 'firstAgreement')}</dt>
            <dd>${agreement(profile.first_agreement)}</dd>
            <dt>${t(lang, 'latestAgreement')}</dt>
            <dd>${agreement(profile.latest_agreement)}</dd>
          </dl>
          <h3>${t(lang, 'byType')}</h3>
          <ul>
            ${profile.by_type.map((type) => html`<li>${type.label}${COLON[lang]}${number(type.count)}</li>`)}
          </ul>
          <div part="institutions">
            <h3>${t(lang, 'institutions')}</h3>
            <ul>
              ${profile.institutions.map(
                (institution) =>
                  html`<li>
                    ${institution.acronym ? `${institution.acronym} — ` : ''}${institution.name_label}<span
                      class="muted"
                      >${parenthesisAfter(institution.kind_label, lang)}</span
                    >
                  </li>`,
              )}
            </ul>
          </div>
        </section>
        <section>
          <h3>${t(lang, 'indicators')}</h3>
          <dl>
            ${profile.indicators.map(
              (indicator) =>
                html`<dt>${indicator.title}</dt>
                  <dd>${rangeText(indicator, { unit: indicator.unit, lang, dataLang: profile.lang })}</dd>`,
            )}
          </dl>
        </section>
      </div>
      <section part="agreements">
        <h3>${t(lang, 'agreementsTitle')}</h3>
        <ul>
          ${profile.agreements.map(
            (item) =>
              html`<li>
                <time datetime=${item.signed_date ?? nothing}
                  >${formatPartialDate(lang, item.signed_date)}</time
                >
                · ${item.title_label}<span class="muted">${parenthesisAfter(item.type_label, lang)}</span>
              </li>`,
          )}
        </ul>
      </section>
    `;
  }
}
