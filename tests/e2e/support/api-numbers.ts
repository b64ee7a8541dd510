/** What the end-to-end suites read from the API itself, to compare with what the widgets show. */

interface Cell {
  readonly value: number | null;
  readonly formatted: string | null;
}

export interface IndicatorBody {
  readonly release: { readonly id: string };
  readonly total: { readonly values: { readonly all: Cell }; readonly range: string };
  readonly groups: readonly { readonly key: string; readonly label: string; readonly range: string }[];
}

export interface PartnerSummary {
  readonly code: string;
  readonly kind: string;
  readonly names: Readonly<Record<string, string>>;
  readonly agreements: { readonly headline: { readonly count: number } };
}

export interface PartnerList {
  readonly items: readonly PartnerSummary[];
}

export interface PartnerProfile {
  readonly partner: PartnerSummary;
}

export interface AgreementPage {
  readonly release: { readonly id: string };
  readonly total: number;
}

/** GET a JSON body from the API (from Node, not the page), failing on any status but 200. */
export async function apiJson<T>(api: string, path: string): Promise<T> {
  const response = await fetch(api + path, { headers: { Accept: 'application/json' } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}
