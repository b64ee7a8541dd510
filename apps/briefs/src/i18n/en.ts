import type { Messages } from './messages.js';

const agreementCount = (count: number) => `${count} agreement${count === 1 ? '' : 's'}`;

export const en: Messages = {
  locale: 'en',
  observatory: 'Soft Connectivity Observatory',
  briefKind: 'Policy brief',

  titles: {
    overview: 'China’s standards cooperation agreements: the global picture',
    partner: (partner) => `${partner}: standards cooperation with China`,
    region: (region) => `China’s standards cooperation agreements: ${region}`,
    sector: (sector) => `China’s standards cooperation agreements in one sector: ${sector}`,
  },
  subtitles: {
    overview:
      'How many agreements, with whom, of what kind — and do they pull partners towards international standards or towards a Chinese-centred regime?',
    partner: 'Its agreements, their lineage, the provisions coded in them and the sources that document them',
    region: 'The agreements with the partners of one region, their kinds and sectors, and the sources',
    sector: 'The agreements that name one field of the International Classification for Standards',
  },
  keywords: ['technical standards', 'standardisation', 'China', 'Belt and Road', 'international cooperation'],

  cover: {
    release: 'Data release',
    published: 'Published',
    generated: 'Generated',
    language: 'Language',
    languageName: 'English',
    keyFindings: 'Key findings',
    rangeNote:
      'Each figure is given as a range: from agreements verified by official or two independent sources, to every agreement documented.',
  },
  contents: 'Contents',
  pageOf: { before: 'Page ', middle: ' of ', after: '' },
  runningRelease: (release) => `Data release ${release}`,

  sections: {
    headline: 'Headline figures',
    timeline: 'Agreements over time and the official tallies',
    overTime: 'Agreements over time',
    geography: 'Where the partners are',
    breakdowns: 'Types, regions and sectors',
    typesRegions: 'Types and regions',
    typesSectors: 'Types and sectors',
    convergence: 'Convergence or fragmentation?',
    notable: 'Notable agreements',
    profile: 'Profile',
    agreements: 'Agreements',
    lineage: 'Lineage',
    provisions: 'Coded provisions',
    partners: 'Partners',
    methodology: 'Methodology',
    notes: 'Sources and notes',
    about: 'About this brief',
  },

  captions: {
    figure: (n) => `Figure ${n}.`,
    table: (n) => `Table ${n}.`,
    source: (release) => `Source: Soft Connectivity Observatory, data release ${release}.`,
    sources: (other, release) => `Sources: ${other}; Soft Connectivity Observatory, data release ${release}.`,
    headlineFigures: 'Headline figures, with their range across verification levels',
    headlineTable:
      'Each indicator on verified agreements, on verified and single-source agreements, and on all agreements',
    timeline: 'Agreements signed, cumulative by year, against the official tallies',
    timelineAlone: 'Agreements signed, cumulative by year',
    tallies: 'Official cumulative tallies and what the dataset documents beside them',
    byType: 'Agreements by type',
    byRegion: 'Agreements by partner region',
    bySector: 'Agreements by sector (ICS field)',
    convergenceByRegion: 'Convergence balance by partner region',
    notable: 'Notable agreements',
    partnerAgreements: 'Agreements, oldest first',
    partnerIndicators: 'Indicators over the agreements with this partner',
    partnerProfile: 'Partner profile',
    partnerInstitutions: 'Partner institutions',
    provisionMatrix: 'Provisions coded in the agreements',
    partners: 'Partners and their agreements',
    agreementsList: 'Agreements, oldest first',
  },

  alt: {
    headlineFigures: (agreements, partners) =>
      `Headline figures: ${agreements} agreements with ${partners} partners, each with its range across verification levels.`,
    timeline: (first, last, total, withTallies) =>
      `Line chart of the cumulative number of agreements from ${first} to ${last}, reaching ${total}${withTallies ? ', with the official tallies marked' : ''}.`,
    breakdown: (dimension, top) =>
      `Bar chart of the agreements by ${dimension}; the largest group is ${top}.`,
    partnerProfile: (partner, agreements) => `Profile of ${partner}: ${agreementCount(agreements)}.`,
  },

  columns: {
    indicator: 'Indicator',
    verified: 'Verified',
    verifiedSingle: '+ single source',
    all: 'All',
    range: 'Range',
    date: 'Signed',
    title: 'Agreement',
    partners: 'Partners',
    partner: 'Partner',
    type: 'Type',
    scope: 'Scope',
    verification: 'Verification',
    sources: 'Sources',
    asOf: 'As of',
    claimant: 'Claimed by',
    claimedDocuments: 'Documents claimed',
    claimedPartners: 'Partners claimed',
    documented: 'Documented here',
    coverage: 'Coverage',
    provision: 'Provision',
    coded: 'Present in',
    region: 'Region',
    count: 'Agreements',
    first: 'First',
    latest: 'Latest',
    institution: 'Institution',
    originalName: 'Name in its own language',
    kind: 'Kind',
  },

  text: {
    labelled: (label, value) => `${label}: ${value}`,
    headlineIntro: (agreements, partners, release) =>
      `Data release ${release} documents ${agreements} technical-standards cooperation agreements of standardisation scope, with ${partners} partners.`,
    rangeExplained:
      'Every figure is computed three times: on verified agreements (an official source or two independent ones), on verified and single-source agreements, and on all agreements documented. Where the three differ, the brief gives the range.',
    timelineIntro: (claimant, date, claimed, documented) =>
      `The latest official tally, given by ${claimant} ${/^\d/.test(date) ? 'on' : 'in'} ${date}, claims ${claimed} documents; the dataset documents ${documented} of them, signed by that date.`,
    timelineNoTally: 'No official cumulative tally is recorded in this release.',
    timelineFiltered:
      'The official tallies count every agreement, not those of one region or sector, so none is set beside these.',
    geographyIntro: (partners, regions) =>
      regions > 1
        ? `The agreements involve ${partners} partner countries and organisations across ${regions} regions.`
        : `The agreements involve ${partners} partner countries and organisations.`,
    breakdownsIntro:
      'An agreement counts once in each group it belongs to: a multilateral initiative with partners in two regions counts in both.',
    convergenceIntro: (balance, anchored, recognition) =>
      `The convergence balance is ${balance}: ${anchored} agreements are anchored in international or regional standards work, against ${recognition} that only recognise or adopt standards.`,
    convergenceReading:
      'The balance runs from −1 (every such agreement only recognises or adopts standards, a pull towards a Chinese-centred regime) to +1 (every one is anchored in international standards, a pull towards convergence).',
    notableIntro:
      'Agreements with the most provisions coded present among the verified ones, then the most recent.',
    partnerIntro: (partner, count, first, latest) =>
      first === latest
        ? `${partner}: the dataset documents ${agreementCount(count)} (${first}).`
        : `${partner}: the dataset documents ${agreementCount(count)}, from ${first} to ${latest}.`,
    partnerNoDates: (partner, count) => `${partner}: the dataset documents ${agreementCount(count)}.`,
    partnerRegion: (region) => `Region: ${region}.`,
    partnerOrganisation: 'A regional or international organisation.',
    partnerAdjacent: (count) =>
      `${count === 1 ? 'One of them is' : `${count} of them are`} of an adjacent scope (metrology, accreditation, conformity assessment…) and are left out of the headline figures.`,
    lineageIntro: 'How the agreements renew, extend, replace or implement one another.',
    lineageNone: 'No agreement with this partner renews, extends, replaces or implements another.',
    relationNote: 'Note:',
    provisionsIntro:
      'Each provision is coded present or absent from the text of an agreement or a source quoting it; the passage that justifies the code is cited.',
    provisionsNone: 'No provision has been coded for these agreements yet.',
    provisionPresent: 'present',
    provisionAbsent: 'absent',
    provisionNotCoded: 'not coded',
    evidence: 'Evidence',
    filteredIntro: (subject, agreements, partners) =>
      `${subject}: the dataset documents ${agreements} agreements of standardisation scope with ${partners} partners.`,
    partnersIntro: (count) => `${count} partners, by number of agreements.`,
    noAgreements: 'No agreement is documented here in this release.',
    undated: 'undated',
    inferred: 'inferred',
    titlesNote: null,
    withOthers: (count) => `with ${count} others`,
    andMore: (count) => `and ${count} more`,
    methodologyData:
      'The Observatory curates China’s technical-standards cooperation agreements with other countries and with regional and international organisations, each with its parties, date, type, scope, sectors, coded provisions, lineage and sources.',
    methodologyVerification:
      'Verified: stated by an official source or by two independent sources. Single source: one non-official source. Unverified: reported, not yet confirmed.',
    methodologyScope:
      'Headline figures count agreements of standardisation scope; agreements on metrology, accreditation, conformity assessment, inspection and transport certificates are documented but left out.',
    methodologyDates:
      'Dates keep the precision of their source (day, month or year); a year is never turned into a day. Undated agreements are counted but cannot be placed in time.',
    methodologyTallies:
      'Official tallies are dated claims by Chinese authorities, kept as their own series and set beside what the dataset documents.',
    methodologyRules: 'How agreements and partners are counted',
    methodologyIndicators: 'The indicators used in this brief',
    notesIntro: 'Every source cited, with the date it was last checked.',
    accessed: (date) => `Accessed ${date}.`,
    aboutRelease: (release, published) => `Built from data release ${release}, published ${published}.`,
    aboutQuery: 'The query that produced it:',
    aboutGenerated: (date) => `Generated ${date}.`,
    aboutLicence: 'Data licensed under Creative Commons Attribution 4.0 (CC BY 4.0).',
    aboutCitation: (release, year) =>
      `Cite as: Soft Connectivity Observatory (${year}), China’s technical-standards cooperation agreements, data release ${release}.`,
    chartUnavailable: 'Chart unavailable: the widgets bundle was not built with this copy of the software.',
    findingAgreements: (agreements, partners) =>
      `${agreements} agreements of standardisation scope with ${partners} partners are documented.`,
    findingCoverage: (tally, claimed, share) =>
      `The official tally of ${tally} claims ${claimed} documents; the dataset documents ${share} of them.`,
    findingConvergence: (balance) => `The convergence balance stands at ${balance} (−1 to +1).`,
    findingBri: (share) => `${share} of the agreements are framed by the Belt and Road Initiative.`,
  },
};
