import { checkFilters, type AttributeProblem } from './attributes.js';
import { ScoElement, type Loaded } from './sco-element.js';

/**
 * A widget that counts agreements, with the API's filters as attributes.
 *
 * @attr partner - Only agreements with this partner (ISO 3166-1 alpha-3 or organisation code, e.g. RUS, ASEAN).
 * @attr region - Only partners in this UN M49 region: 002, 019, 142, 150, 009 or global.
 * @attr type - Only agreements of this type (mou, cooperation_agreement, joint_initiative, mutual_recognition…).
 * @attr sector - Only agreements in this ICS field (two digits, e.g. 35).
 * @attr from - Only agreements signed in or after this year (undated ones are then left out).
 * @attr to - Only agreements signed in or before this year (undated ones are then left out).
 */
export abstract class FilterElement<Data extends Loaded> extends ScoElement<Data> {
  static override properties = {
    ...ScoElement.properties,
    partner: {},
    region: {},
    type: {},
    sector: {},
    from: {},
    to: {},
  };

  declare partner: string | undefined;
  declare region: string | undefined;
  declare type: string | undefined;
  declare sector: string | undefined;
  declare from: string | undefined;
  declare to: string | undefined;

  /** Some filter is set. */
  protected get filtered(): boolean {
    return [this.partner, this.region, this.type, this.sector, this.from, this.to].some(Boolean);
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    return checkFilters(this, this);
  }

  /** The filters as the indicator routes name them. */
  protected indicatorFilters(): Record<string, string | undefined> {
    return {
      partner: this.partner,
      region: this.region,
      type: this.type,
      sector: this.sector,
      year_from: this.from,
      year_to: this.to,
    };
  }

  /** The filters as the agreements and cite routes name them. */
  protected agreementFilters(): Record<string, string | undefined> {
    return {
      partner: this.partner,
      region: this.region,
      type: this.type,
      sector: this.sector,
      from: this.from,
      to: this.to,
    };
  }

  protected override citeQuery(): Record<string, string | undefined> {
    return this.agreementFilters();
  }

  protected filterKey(): unknown[] {
    return [this.partner, this.region, this.type, this.sector, this.from, this.to];
  }
}
