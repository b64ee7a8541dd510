import { deDate, isFrenchRange, onDate, toDate } from './french-prepositions.js';
import type { Messages } from './messages.js';

// French typography: a no-break space before ":" and a narrow no-break space before ";", "?" and "!".
const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** French counts: the singular for 0 and 1. */
const agreementCount = (count: number) => `${count}${NBSP}accord${count > 1 ? 's' : ''}`;

export const fr: Messages = {
  locale: 'fr',
  observatory: 'Observatoire de la connectivité douce',
  briefKind: 'Note de synthèse',

  titles: {
    overview: `Les accords de coopération de la Chine en matière de normes${NBSP}: vue d’ensemble`,
    partner: (partner) => `${partner}${NBSP}: la coopération avec la Chine en matière de normes`,
    region: (region) => `Les accords de coopération de la Chine en matière de normes${NBSP}: ${region}`,
    sector: (sector) =>
      `Les accords de coopération de la Chine en matière de normes dans un secteur${NBSP}: ${sector}`,
  },
  subtitles: {
    overview: `Combien d’accords, avec qui, de quelle nature — et rapprochent-ils les partenaires des normes internationales ou d’un régime centré sur la Chine${NNBSP}?`,
    partner: 'Ses accords, leur filiation, les clauses codées et les sources qui les documentent',
    region: 'Les accords avec les partenaires d’une région, leurs types et leurs secteurs, et les sources',
    sector: 'Les accords qui relèvent d’un domaine de la Classification internationale pour les normes',
  },
  keywords: [
    'normes techniques',
    'normalisation',
    'Chine',
    'Nouvelles routes de la soie',
    'coopération internationale',
  ],

  cover: {
    release: 'Version des données',
    published: 'Publiée le',
    generated: 'Générée le',
    language: 'Langue',
    languageName: 'Français',
    keyFindings: 'Points clés',
    rangeNote:
      'Chaque chiffre est donné sous forme de fourchette, des accords vérifiés par une source officielle ou deux sources indépendantes jusqu’à l’ensemble des accords documentés.',
  },
  contents: 'Sommaire',
  pageOf: { before: 'Page ', middle: ' sur ', after: '' },
  runningRelease: (release) => `Version des données ${release}`,

  sections: {
    headline: 'Chiffres clés',
    timeline: 'Les accords dans le temps et les décomptes officiels',
    overTime: 'Les accords dans le temps',
    geography: 'Où sont les partenaires',
    breakdowns: 'Types, régions et secteurs',
    typesRegions: 'Types et régions',
    typesSectors: 'Types et secteurs',
    convergence: `Convergence ou fragmentation${NNBSP}?`,
    notable: 'Accords marquants',
    profile: 'Profil',
    agreements: 'Accords',
    lineage: 'Filiation',
    provisions: 'Clauses codées',
    partners: 'Partenaires',
    methodology: 'Méthodologie',
    notes: 'Sources et notes',
    about: 'À propos de cette note',
  },

  captions: {
    figure: (n) => `Figure ${n}.`,
    table: (n) => `Tableau ${n}.`,
    source: (release) =>
      `Source${NBSP}: Observatoire de la connectivité douce, version des données ${release}.`,
    sources: (other, release) =>
      `Sources${NBSP}: ${other}${NNBSP}; Observatoire de la connectivité douce, version des données ${release}.`,
    headlineFigures: 'Chiffres clés et leur fourchette selon le degré de vérification',
    headlineTable:
      'Chaque indicateur calculé sur les accords vérifiés, sur les accords vérifiés ou à source unique, et sur l’ensemble des accords',
    timeline: 'Accords signés, en cumul annuel, face aux décomptes officiels',
    timelineAlone: 'Accords signés, en cumul annuel',
    tallies: 'Décomptes officiels cumulés et ce que documente la base de données',
    byType: 'Accords par type',
    byRegion: 'Accords par région du partenaire',
    bySector: 'Accords par secteur (domaine ICS)',
    convergenceByRegion: 'Solde de convergence par région du partenaire',
    notable: 'Accords marquants',
    partnerAgreements: 'Accords, du plus ancien au plus récent',
    partnerIndicators: 'Indicateurs calculés sur les accords avec ce partenaire',
    partnerProfile: 'Profil du partenaire',
    partnerInstitutions: 'Institutions partenaires',
    provisionMatrix: 'Clauses codées dans les accords',
    partners: 'Partenaires et leurs accords',
    agreementsList: 'Accords, du plus ancien au plus récent',
  },

  alt: {
    headlineFigures: (agreements, partners) =>
      `Chiffres clés${NBSP}: ${agreements} accords avec ${partners} partenaires, chacun avec sa fourchette selon le degré de vérification.`,
    timeline: (first, last, total, withTallies) =>
      `Courbe du nombre cumulé d’accords de ${first} à ${last}, jusqu’à ${total}${withTallies ? ', avec les décomptes officiels' : ''}.`,
    breakdown: (dimension, top) =>
      `Diagramme en barres des accords par ${dimension}${NNBSP}; le groupe le plus important est ${top}.`,
    partnerProfile: (partner, agreements) =>
      `Profil du partenaire (${partner})${NBSP}: ${agreementCount(agreements)}.`,
  },

  columns: {
    indicator: 'Indicateur',
    verified: 'Vérifiés',
    verifiedSingle: '+ source unique',
    all: 'Tous',
    range: 'Fourchette',
    date: 'Signature',
    title: 'Accord',
    partners: 'Partenaires',
    partner: 'Partenaire',
    type: 'Type',
    scope: 'Domaine',
    verification: 'Vérification',
    sources: 'Sources',
    asOf: 'À la date du',
    claimant: 'Source du décompte',
    claimedDocuments: 'Documents annoncés',
    claimedPartners: 'Partenaires annoncés',
    documented: 'Documentés ici',
    coverage: 'Couverture',
    provision: 'Clause',
    coded: 'Présente dans',
    region: 'Région',
    count: 'Accords',
    first: 'Premier accord',
    latest: 'Dernier accord',
    institution: 'Institution',
    originalName: 'Nom dans sa langue',
    kind: 'Nature',
  },

  text: {
    labelled: (label, value) => `${label}${NBSP}: ${value}`,
    headlineIntro: (agreements, partners, release) =>
      `La version ${release} des données documente ${agreements} accords de coopération en matière de normes techniques relevant de la normalisation, avec ${partners} partenaires.`,
    rangeExplained: `Chaque chiffre est calculé trois fois${NBSP}: sur les accords vérifiés (une source officielle ou deux sources indépendantes), sur les accords vérifiés ou à source unique, et sur tous les accords documentés. Lorsque les trois diffèrent, la note donne la fourchette.`,
    timelineIntro: (claimant, date, claimed, documented) =>
      `Le dernier décompte officiel, donné par ${claimant} ${onDate(date)}, annonce ${claimed} documents${NNBSP}; la base en documente ${documented}, signés à cette date.`,
    timelineNoTally: 'Aucun décompte officiel cumulé n’est enregistré dans cette version.',
    timelineFiltered: `Les décomptes officiels portent sur l’ensemble des accords, non sur ceux d’une région ou d’un secteur${NBSP}: ils ne sont donc pas mis en regard ici.`,
    geographyIntro: (partners, regions) =>
      regions > 1
        ? `Les accords concernent ${partners} pays et organisations partenaires, répartis dans ${regions} régions.`
        : `Les accords concernent ${partners} pays et organisations partenaires.`,
    breakdownsIntro: `Un accord compte une fois dans chaque groupe auquel il appartient${NBSP}: une initiative multilatérale avec des partenaires de deux régions compte dans les deux.`,
    convergenceIntro: (balance, anchored, recognition) =>
      `Le solde de convergence ${isFrenchRange(balance) ? `va de ${balance}` : `s’établit à ${balance}`}${NBSP}: ${anchored} accords sont ancrés dans les travaux de normalisation internationaux ou régionaux, contre ${recognition} qui se bornent à reconnaître ou à adopter des normes.`,
    convergenceReading:
      'Le solde va de −1 (tous ces accords se bornent à reconnaître ou à adopter des normes, ce qui attire vers un régime centré sur la Chine) à +1 (tous sont ancrés dans les normes internationales, ce qui attire vers la convergence).',
    notableIntro: 'Les accords vérifiés où le plus de clauses sont codées présentes, puis les plus récents.',
    partnerIntro: (partner, count, first, latest) =>
      first === latest
        ? `${partner}${NBSP}: la base documente ${agreementCount(count)} (${first}).`
        : `${partner}${NBSP}: la base documente ${agreementCount(count)}, ${deDate(first)} ${toDate(latest)}.`,
    partnerNoDates: (partner, count) => `${partner}${NBSP}: la base documente ${agreementCount(count)}.`,
    partnerRegion: (region) => `Région${NBSP}: ${region}.`,
    partnerOrganisation: 'Il s’agit d’une organisation régionale ou internationale.',
    partnerAdjacent: (count) =>
      `${count === 1 ? 'L’un d’entre eux relève' : `${count} d’entre eux relèvent`} d’un domaine connexe (métrologie, accréditation, évaluation de la conformité…) et ne sont pas comptés dans les chiffres clés.`,
    lineageIntro: 'Comment les accords se renouvellent, se prolongent, se remplacent ou se mettent en œuvre.',
    lineageNone:
      'Aucun accord avec ce partenaire n’en renouvelle, prolonge, remplace ou met en œuvre un autre.',
    relationNote: `Remarque${NBSP}:`,
    provisionsIntro: `Chaque clause est codée présente ou absente d’après le texte de l’accord ou une source qui le cite${NNBSP}; le passage qui justifie le codage est cité.`,
    provisionsNone: 'Aucune clause n’a encore été codée pour ces accords.',
    provisionPresent: 'présente',
    provisionAbsent: 'absente',
    provisionNotCoded: 'non codée',
    evidence: 'Justification',
    filteredIntro: (subject, agreements, partners) =>
      `${subject}${NBSP}: la base documente ${agreements} accords relevant de la normalisation, avec ${partners} partenaires.`,
    partnersIntro: (count) => `${count} partenaires, selon le nombre d’accords.`,
    noAgreements: 'Aucun accord n’est documenté ici dans cette version.',
    undated: 'non daté',
    inferred: 'déduite',
    titlesNote: `Les titres des accords sont traduits par l’Observatoire (ce ne sont pas des titres officiels), sauf lorsqu’une source donne le titre en français${NNBSP}; le titre original donné par la source figure entre parenthèses.`,
    withOthers: (count) => `avec ${count} autres`,
    andMore: (count) => `et ${count} autres`,
    methodologyData:
      'L’Observatoire recense les accords de coopération en matière de normes techniques conclus par la Chine avec d’autres pays et avec des organisations régionales et internationales, avec pour chacun ses parties, sa date, son type, son domaine, ses secteurs, ses clauses codées, sa filiation et ses sources.',
    methodologyVerification: `Vérifié${NBSP}: attesté par une source officielle ou par deux sources indépendantes. Source unique${NBSP}: une seule source non officielle. Non vérifié${NBSP}: signalé, pas encore confirmé.`,
    methodologyScope: `Les chiffres clés portent sur les accords de normalisation${NNBSP}; les accords de métrologie, d’accréditation, d’évaluation de la conformité, d’inspection et de reconnaissance des certificats de transport sont documentés mais exclus.`,
    methodologyDates: `Les dates gardent la précision de leur source (jour, mois ou année)${NNBSP}; une année n’est jamais convertie en jour. Les accords non datés sont comptés mais ne peuvent être situés dans le temps.`,
    methodologyTallies:
      'Les décomptes officiels sont des annonces datées des autorités chinoises, conservées comme une série distincte et mises en regard de ce que documente la base.',
    methodologyRules: 'Comment les accords et les partenaires sont comptés',
    methodologyIndicators: 'Les indicateurs utilisés dans cette note',
    notesIntro: 'Toutes les sources citées, avec la date de leur dernière consultation.',
    accessed: (date) => `Consulté le ${date}.`,
    aboutRelease: (release, published) =>
      `Établie à partir de la version ${release} des données, publiée le ${published}.`,
    aboutQuery: `La requête qui l’a produite${NBSP}:`,
    aboutGenerated: (date) => `Générée le ${date}.`,
    aboutLicence: 'Données publiées sous licence Creative Commons Attribution 4.0 (CC BY 4.0).',
    aboutCitation: (release, year) =>
      `Citer ainsi${NBSP}: Observatoire de la connectivité douce (${year}), Les accords de coopération de la Chine en matière de normes techniques, version des données ${release}.`,
    chartUnavailable: `Graphique indisponible${NBSP}: les composants graphiques n’ont pas été compilés avec cette copie du logiciel.`,
    findingAgreements: (agreements, partners) =>
      `${agreements} accords relevant de la normalisation, avec ${partners} partenaires, sont documentés.`,
    findingCoverage: (tally, claimed, share) =>
      `Le décompte officiel ${deDate(tally)} annonce ${claimed} documents${NNBSP}; la base en documente ${isFrenchRange(share) ? `de ${share}` : share}.`,
    findingConvergence: (balance) =>
      `Le solde de convergence ${isFrenchRange(balance) ? `va de ${balance}` : `s’établit à ${balance}`} (sur une échelle de −1 à +1).`,
    findingBri: (share) =>
      `${isFrenchRange(share) ? `De ${share}` : share} des accords s’inscrivent dans les Nouvelles routes de la soie.`,
  },
};
