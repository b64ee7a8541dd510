// A seeded synthetic dataset of any size, shaped like the real data package: agreements cloned from real
// templates (type, scope, status, framing, sectors, provisions pattern), partner parties drawn with the real
// partners' skew, multilateral rows as often as in the real data, partial dates at the real mix of
// precisions, one to three sources each, and lineage (renews/implements) to earlier synthetic agreements.
// Institutions, organisations and tallies are the real reference tables. Every synthetic record says so:
// ids start "synthetic-", titles and notes say "Synthetic", sources point at example.invalid. Never
// written into data/: it lives in memory and in the benchmark's own databases.

/** mulberry32: a small seeded PRNG, so that a seed always gives the same dataset. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'standardization',
  'metrology',
  'cooperation',
  'conformity',
  'assessment',
  'railway',
  'electric',
  'vehicles',
  'agriculture',
  'halal',
  'digital',
  'economy',
  'construction',
  'energy',
  'solar',
  'grid',
  'textiles',
  'food',
  'safety',
  'medical',
  'devices',
  'port',
  'logistics',
  'telecommunications',
  'smart',
  'city',
  'hydrogen',
  'ceramics',
  'tea',
  'bamboo',
  'rubber',
  'petroleum',
  'mining',
  'aviation',
  'maritime',
  'traditional',
  'medicine',
  'water',
  'cement',
  'steel',
  '标准化',
  '合作',
  '计量',
  '认证',
  '检验',
  '铁路',
  '数字',
  '能源',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** Draws from `items` with probability proportional to `weights` (the real data's skew). */
function weighted(items, weights) {
  const cumulative = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

function partialDate(random, template) {
  if (template.signed_date === null && random() < 0.7) return null;
  const year = 1990 + Math.floor(random() * 36);
  const precision = template.signed_date?.length ?? 4;
  if (precision === 4) return String(year);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  if (precision === 7) return `${year}-${month}`;
  return `${year}-${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
}

/** Agreements per slice of `generateSlices` by default. */
export const SLICE_SIZE = 10_000;

/**
 * A synthetic dataset of `count` agreements built from the real dataset `real` with `seed`, in slices of
 * `size` agreements (each with its parties, sources, provisions and relations), as `importDatasetSlices`
 * takes them: the first slice also holds the real reference tables (organisations, institutions, tallies
 * and their sources). A slice is built when the previous one has been consumed; what is kept between slices
 * is the signature year of each agreement generated so far (two bytes each, for lineage), so memory does
 * not grow with the agreements' records. Its version is `version` (a release id).
 */
export function* generateSlices(real, { count, seed = 1, version = '9.0.0', size = SLICE_SIZE }) {
  const random = prng(seed);
  const t = real.tables;
  const institutions = new Map(t.institutions.map((i) => [i.id, i]));
  const chinese = [];
  const partnerUses = new Map();
  const partnerCounts = [];
  const partiesOf = new Map();
  for (const party of t.parties) {
    const list = partiesOf.get(party.agreement_id) ?? [];
    list.push(party);
    partiesOf.set(party.agreement_id, list);
    if (party.side === 'chinese') chinese.push(party.institution_id);
    else partnerUses.set(party.institution_id, (partnerUses.get(party.institution_id) ?? 0) + 1);
  }
  for (const list of partiesOf.values()) partnerCounts.push(list.filter((p) => p.side === 'partner').length);
  const partner = weighted([...partnerUses.keys()], [...partnerUses.values()]);
  const provisionsOf = new Map();
  for (const provision of t.provisions) {
    const list = provisionsOf.get(provision.agreement_id) ?? [];
    list.push(provision);
    provisionsOf.set(provision.agreement_id, list);
  }
  const templates = t.agreements;
  const width = String(count).length;
  const idOf = (n) => `synthetic-${String(n + 1).padStart(width, '0')}`;
  // The signature year of each agreement generated so far, 0 when undated: lineage points back to one.
  const years = new Int16Array(count);
  let agreements = [];
  let parties = [];
  let sources = t.sources.filter((source) => source.subject_type === 'tally');
  let provisions = [];
  let relations = [];
  let first = true;
  const slice = () => {
    const tables = {
      organisations: first ? t.organisations : [],
      institutions: first ? t.institutions : [],
      agreements,
      parties,
      sources,
      provisions,
      relations,
      official_tallies: first ? t.official_tallies : [],
      curation_log: [],
      // No synthetic investment: the hard-connectivity table stays empty at every size.
      hard_connectivity: [],
    };
    first = false;
    agreements = [];
    parties = [];
    sources = [];
    provisions = [];
    relations = [];
    return { version, tables };
  };
  for (let n = 0; n < count; n += 1) {
    const template = pick(random, templates);
    const id = idOf(n);
    const words = Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(random, WORDS)).join(' ');
    const signed_date = partialDate(random, template);
    years[n] = signed_date === null ? 0 : Number(signed_date.slice(0, 4));
    agreements.push({
      ...template,
      id,
      title_en: `Synthetic ${template.type.replaceAll('_', ' ')} on ${words} no. ${n + 1}`,
      title_original: template.title_original === null ? null : `合成 ${words}`,
      signed_date,
      signed_date_basis: signed_date === null ? null : (template.signed_date_basis ?? 'stated'),
      // A bound on an undated record, as the real data has; a dated synthetic record needs none.
      signed_no_later_than: signed_date === null ? (template.signed_no_later_than ?? null) : null,
      // Lineage is drawn at random, so no synthetic record is superseded (data/README.md, "Status").
      status: template.status === 'superseded' ? 'unknown' : template.status,
      tags: [...new Set(['synthetic', ...template.tags])],
      notes: `Synthetic benchmark record (seed ${seed}), modelled on ${template.id}; not a real agreement`,
    });
    parties.push({ agreement_id: id, institution_id: pick(random, chinese), side: 'chinese' });
    const wanted = pick(random, partnerCounts);
    const chosen = new Set();
    for (let tries = 0; chosen.size < Math.max(1, wanted) && tries < wanted * 4 + 4; tries += 1) {
      chosen.add(partner(random));
    }
    for (const institution_id of chosen) {
      if (!institutions.has(institution_id)) continue;
      parties.push({ agreement_id: id, institution_id, side: 'partner' });
    }
    const kinds =
      template.verification === 'verified'
        ? ['official', 'partner_official']
        : template.verification === 'single_source'
          ? ['official']
          : ['media'];
    if (random() < 0.2) kinds.push('mirror');
    kinds.forEach((kind, index) => {
      sources.push({
        id: `src-${id}-${index + 1}`,
        subject_type: 'agreement',
        subject_id: id,
        url: `https://example.invalid/synthetic/${id}/${index + 1}`,
        publisher: `Synthetic publisher ${1 + Math.floor(random() * 40)}`,
        kind,
        accessed: '2026-11-28',
        quote: `Synthetic quote about ${words}`,
      });
    });
    for (const provision of provisionsOf.get(template.id) ?? []) {
      provisions.push({
        agreement_id: id,
        provision: provision.provision,
        status: provision.status,
        evidence: `Synthetic evidence: ${words}`,
        source_id: provision.source_id === null ? null : `src-${id}-1`,
      });
    }
    if (n > 0 && signed_date !== null && random() < 0.08) {
      // Lineage points back in time: a target signed in an earlier year.
      const target = Math.floor(random() * n);
      if (years[target] !== 0 && years[target] < years[n]) {
        const relation = random() < 0.7 ? 'renews' : 'implements';
        relations.push({ agreement_id: id, relation, target_id: idOf(target), note: 'Synthetic lineage' });
      }
    }
    if (agreements.length === size) yield slice();
  }
  if (first || agreements.length > 0) yield slice();
}

/**
 * A synthetic dataset of `count` agreements built from the real dataset `real` with `seed`, whole: the
 * slices of `generateSlices` put together (the same records in the same order). Its version is `version`.
 */
export function generateDataset(real, { count, seed = 1, version = '9.0.0' }) {
  const tables = {};
  for (const { tables: slice } of generateSlices(real, { count, seed, version })) {
    for (const [name, rows] of Object.entries(slice)) {
      const into = (tables[name] ??= []);
      for (const row of rows) into.push(row);
    }
  }
  return { version, tables };
}
