/**
 * Every string a brief prints, in one language. Data labels (types, regions, sectors, provisions,
 * verification levels, indicator titles and methodology) come from core's vocabularies; these are the
 * brief's own words. Functions take values already formatted for the language.
 */
export interface Messages {
  /** BCP 47 tag of the document (html lang, PDF /Lang). */
  readonly locale: string;
  readonly observatory: string;
  readonly briefKind: string;

  readonly titles: {
    readonly overview: string;
    readonly partner: (partner: string) => string;
    readonly region: (region: string) => string;
    readonly sector: (sector: string) => string;
  };
  readonly subtitles: {
    readonly overview: string;
    readonly partner: string;
    readonly region: string;
    readonly sector: string;
  };
  /** Keywords of the PDF metadata, beside the subject's name. */
  readonly keywords: readonly string[];

  readonly cover: {
    readonly release: string;
    readonly published: string;
    readonly generated: string;
    readonly language: string;
    readonly languageName: string;
    readonly keyFindings: string;
    readonly rangeNote: string;
  };
  readonly contents: string;
  /** The footer's "page X of Y" around the two numbers. */
  readonly pageOf: { readonly before: string; readonly middle: string; readonly after: string };
  readonly runningRelease: (release: string) => string;

  readonly sections: {
    readonly headline: string;
    readonly timeline: string;
    /** The timeline of a region's or sector's brief, without the official tallies. */
    readonly overTime: string;
    readonly geography: string;
    readonly breakdowns: string;
    /** The breakdowns of a sector's brief (by type and by region) and of a region's (by type and by sector). */
    readonly typesRegions: string;
    readonly typesSectors: string;
    readonly convergence: string;
    readonly notable: string;
    readonly profile: string;
    readonly agreements: string;
    readonly lineage: string;
    readonly provisions: string;
    readonly partners: string;
    readonly methodology: string;
    readonly notes: string;
    readonly about: string;
  };

  readonly captions: {
    readonly figure: (n: number) => string;
    readonly table: (n: number) => string;
    readonly source: (release: string) => string;
    /**
     * Under a figure or table that draws on another source too (an investment tracker): both, named as sources.
     * `other` is that source's citation (several are joined by `sourceList`).
     */
    readonly sources: (other: string, release: string) => string;
    readonly headlineFigures: string;
    readonly headlineTable: string;
    readonly timeline: string;
    readonly timelineAlone: string;
    readonly tallies: string;
    readonly byType: string;
    readonly byRegion: string;
    readonly bySector: string;
    readonly convergenceByRegion: string;
    readonly notable: string;
    readonly partnerAgreements: string;
    readonly partnerIndicators: string;
    readonly partnerProfile: string;
    readonly partnerInstitutions: string;
    readonly provisionMatrix: string;
    readonly partners: string;
    readonly agreementsList: string;
  };

  readonly alt: {
    readonly headlineFigures: (agreements: string, partners: string) => string;
    readonly timeline: (first: string, last: string, total: string, withTallies: boolean) => string;
    readonly breakdown: (dimension: string, top: string) => string;
    readonly partnerProfile: (partner: string, agreements: number) => string;
  };

  readonly columns: {
    readonly indicator: string;
    readonly verified: string;
    readonly verifiedSingle: string;
    readonly all: string;
    readonly range: string;
    readonly date: string;
    readonly title: string;
    readonly partners: string;
    readonly partner: string;
    readonly type: string;
    readonly scope: string;
    readonly verification: string;
    readonly sources: string;
    readonly asOf: string;
    readonly claimant: string;
    readonly claimedDocuments: string;
    readonly claimedPartners: string;
    readonly documented: string;
    readonly coverage: string;
    readonly provision: string;
    readonly coded: string;
    readonly region: string;
    readonly count: string;
    readonly first: string;
    readonly latest: string;
    readonly institution: string;
    readonly originalName: string;
    readonly kind: string;
  };

  readonly text: {
    /** A label and its value, e.g. "Depth score: 1.7". */
    readonly labelled: (label: string, value: string) => string;
    readonly headlineIntro: (agreements: string, partners: string, release: string) => string;
    readonly rangeExplained: string;
    /**
     * The latest tally: who gave it (a label that may hold its own parentheses) and its date, written so
     * that no parenthesis opens inside another.
     */
    readonly timelineIntro: (claimant: string, date: string, claimed: string, documented: string) => string;
    readonly timelineNoTally: string;
    /** Why a region's or sector's brief sets no official tally beside its timeline. */
    readonly timelineFiltered: string;
    readonly geographyIntro: (partners: number, regions: number) => string;
    readonly breakdownsIntro: string;
    readonly convergenceIntro: (balance: string, anchored: string, recognition: string) => string;
    readonly convergenceReading: string;
    readonly notableIntro: string;
    readonly partnerIntro: (partner: string, count: number, first: string, latest: string) => string;
    readonly partnerNoDates: (partner: string, count: number) => string;
    readonly partnerRegion: (region: string) => string;
    readonly partnerOrganisation: string;
    readonly partnerAdjacent: (count: number) => string;
    readonly lineageIntro: string;
    readonly lineageNone: string;
    /** The label before a relation's note in the lineage, with its punctuation. */
    readonly relationNote: string;
    readonly provisionsIntro: string;
    readonly provisionsNone: string;
    readonly provisionPresent: string;
    readonly provisionAbsent: string;
    readonly provisionNotCoded: string;
    readonly evidence: string;
    readonly filteredIntro: (subject: string, agreements: string, partners: string) => string;
    readonly partnersIntro: (count: number) => string;
    readonly noAgreements: string;
    readonly undated: string;
    readonly inferred: string;
    /**
     * Whose the agreement titles are, in a brief whose titles are translated (null in English): the
     * Observatory's translations unless a source gives the title in the language; the original in parentheses.
     */
    readonly titlesNote: string | null;
    readonly withOthers: (count: number) => string;
    readonly andMore: (count: number) => string;
    readonly methodologyData: string;
    readonly methodologyVerification: string;
    readonly methodologyScope: string;
    readonly methodologyDates: string;
    readonly methodologyTallies: string;
    /** The heading of the counting rules every indicator shares, stated once. */
    readonly methodologyRules: string;
    /** The heading of the indicators used, each with its own definition and method. */
    readonly methodologyIndicators: string;
    readonly notesIntro: string;
    readonly accessed: (date: string) => string;
    readonly aboutRelease: (release: string, published: string) => string;
    readonly aboutQuery: string;
    readonly aboutGenerated: (date: string) => string;
    readonly aboutLicence: string;
    readonly aboutCitation: (release: string, year: string) => string;
    readonly chartUnavailable: string;
    readonly findingAgreements: (agreements: string, partners: string) => string;
    readonly findingCoverage: (tally: string, claimed: string, share: string) => string;
    readonly findingConvergence: (balance: string) => string;
    readonly findingBri: (share: string) => string;
  };
}
