import type { operations } from './generated/api.js';

type Operation = keyof operations;

/** The JSON body of an operation's 200 response. */
export type ResponseOf<O extends Operation> = operations[O]['responses'] extends {
  200: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

type RawQuery<O extends Operation> = NonNullable<operations[O]['parameters']['query']>;

/** A query value as a caller writes it: numbers for numeric strings, booleans for "true"/"false". */
type Param<V> = [V] extends ['true' | 'false'] ? V | boolean : string extends V ? string | number : V;

/** The query parameters of an operation, with every parameter optional. */
export type QueryOf<O extends Operation> = {
  readonly [K in keyof RawQuery<O>]?: Param<NonNullable<RawQuery<O>[K]>>;
};

export type AgreementPage = ResponseOf<'listAgreements'>;
export type AgreementSummary = AgreementPage['items'][number];
export type AgreementResponse = ResponseOf<'getAgreement'>;
export type AgreementDetail = AgreementResponse['agreement'];
export type PartnerList = ResponseOf<'listPartners'>;
export type PartnerSummary = PartnerList['items'][number];
export type PartnerProfile = ResponseOf<'getPartner'>;
export type IndicatorCatalogue = ResponseOf<'listIndicators'>;
export type IndicatorValues = ResponseOf<'getIndicatorValues'>;
export type IndicatorGroup = IndicatorValues['groups'][number];
export type IndicatorCell = IndicatorValues['total'];
export type TallyList = ResponseOf<'listTallies'>;
export type OfficialTally = TallyList['items'][number];
export type ReleaseList = ResponseOf<'listReleases'>;
export type ReleaseDetail = ResponseOf<'getRelease'>;
export type Citation = ResponseOf<'cite'>;
export type ReleaseRef = AgreementPage['release'];

/** JSON pages only: exports and cursors are the client's business. */
export type AgreementsQuery = Omit<QueryOf<'listAgreements'>, 'format' | 'cursor'>;
export type AgreementQuery = QueryOf<'getAgreement'>;
export type PartnersQuery = QueryOf<'listPartners'>;
export type PartnerQuery = QueryOf<'getPartner'>;
export type IndicatorsQuery = QueryOf<'listIndicators'>;
export type IndicatorQuery = QueryOf<'getIndicatorValues'>;
export type TalliesQuery = QueryOf<'listTallies'>;
export type CiteQuery = Omit<QueryOf<'cite'>, 'format'>;
export type CitationFormat = NonNullable<RawQuery<'cite'>['format']>;
export type HardConnectivityPage = ResponseOf<'listHardConnectivity'>;
export type HardConnectivityRow = HardConnectivityPage['items'][number];
export type HardConnectivityQuery = Omit<QueryOf<'listHardConnectivity'>, 'format' | 'cursor'>;
export type SoftHard = ResponseOf<'getSoftHard'>;
export type SoftHardQuery = QueryOf<'getSoftHard'>;
export type Patchwork = ResponseOf<'getPatchwork'>;
export type PatchworkQuery = QueryOf<'getPatchwork'>;
