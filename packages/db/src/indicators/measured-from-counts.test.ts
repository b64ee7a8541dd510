import { countedIndicator, countNeeds, getIndicator, indicatorFilterSchema, type GroupBy } from '@sco/core';
import type { IndicatorFilterInput } from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { readCountRows } from './read-count-rows.js';

/** verified / verified + single-source / all, as [verified, verified_single, all]; null as -1. */
type Bases = [number, number, number];

// The fixture's ten agreements of standardisation scope, by hand (v: verified, s: single-source,
// u: unverified) with their partners: din 2006 v (DEU), din 2016 s (DEU; renews din 2006), afnor 2015 v
// (FRA), kebs 2017 v (KEN), multi 2017 u (DEU, FRA, KEN), asean 2019 v (ASEAN), iso undated s (ISO, an
// international body; signed no later than 2011-07-20), kebs 2020 v (KEN), din 2020 v (DEU), afnor 2021 v
// (FRA). Sectors: din 2006 01 and 29, din 2016 35, afnor 2015 91, kebs 2017 93, multi 35 and 93, the others
// none. Only din 2006 is coded: information exchange present, mutual recognition absent. The latest
// cumulative tally is of 2023-12: 108 documents, 65 partners. So 7, 9 and 10 agreements at the three bases.
describe.each(databases)(
  'indicators from count rows on $dialect, against the fixture by hand',
  (database) => {
    const testDb = useTestDb(database);
    beforeEach(async () => {
      const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
      expect(imported.ok).toBe(true);
    });

    async function figures(id: string, input: IndicatorFilterInput, groupBy: GroupBy | null) {
      const filter = indicatorFilterSchema.parse(input);
      const rows = await readCountRows(testDb().db, FIXTURE.version, filter, groupBy, countNeeds(id));
      const result = countedIndicator(id, getIndicator(id).unit, filter, groupBy, rows);
      const bases = (values: (typeof result)['total']['values']): Bases => [
        values.verified.value ?? -1,
        values.verified_single.value ?? -1,
        values.all.value ?? -1,
      ];
      return {
        total: bases(result.total.values),
        n: [result.total.values.verified.n, result.total.values.verified_single.n, result.total.values.all.n],
        parts: Object.fromEntries(result.total.parts.map((part) => [part.key, bases(part.values)])),
        groups: Object.fromEntries(result.groups.map((group) => [group.key, bases(group.values)])),
        keys: result.groups.map((group) => group.key),
        excluded_undated: result.excluded_undated,
        tally: result.tally?.id ?? null,
      };
    }

    it('partners and their concentrations, from the counts per partner', async () => {
      const partners = await figures('partners', {}, null);
      expect(partners.total).toEqual([4, 5, 5]);
      expect(partners.n).toEqual([7, 9, 10]);
      // Pairs: verified DEU 2, FRA 2, KEN 2, ASEAN 1; + din 2016 (DEU) and ISO; + multi (DEU, FRA, KEN).
      const hhi = await figures('hhi_partners', {}, null);
      expect(hhi.total[0]).toBeCloseTo(13 / 49, 12);
      expect(hhi.total[1]).toBeCloseTo(19 / 81, 12);
      expect(hhi.total[2]).toBeCloseTo(36 / 144, 12);
      // Regions: 150 = DEU + FRA, 002 = KEN, 142 = ASEAN, global = ISO: 4/2/1, 5/2/1/1, 7/3/1/1.
      const regions = await figures('hhi_regions', {}, null);
      expect(regions.total[0]).toBeCloseTo(21 / 49, 12);
      expect(regions.total[1]).toBeCloseTo(31 / 81, 12);
      expect(regions.total[2]).toBeCloseTo(60 / 144, 12);
      // Only the partners that pass the filter: DEU 2006, 2016, 2020 and multi; KEN 2017, 2020 and multi.
      const filtered = await figures('hhi_partners', { partner: ['DEU', 'KEN'] }, null);
      expect(filtered.total[0]).toBeCloseTo(8 / 16, 12);
      expect(filtered.total[2]).toBeCloseTo(25 / 49, 12);
      expect((await figures('partners', { partner: ['DEU', 'KEN'] }, 'type')).groups).toEqual({
        mou: [2, 2, 2],
        joint_initiative: [0, 1, 2],
        action_plan: [2, 2, 2],
      });
    });

    it('partners and their concentration by region: each agreement narrowed to its partners in the region', async () => {
      // 150: din 2006 v, din 2016 s, afnor 2015 v, multi u (DEU, FRA), din 2020 v, afnor 2021 v; 002: kebs
      // 2017 v, multi u, kebs 2020 v (KEN); 142: asean 2019 v; global: iso s (undated).
      const partners = await figures('partners', {}, 'region');
      expect(partners.groups).toEqual({
        '150': [2, 2, 2],
        '002': [1, 1, 1],
        '142': [1, 1, 1],
        global: [0, 1, 1],
      });
      // 150's pairs: verified DEU 2, FRA 2; + din 2016 (DEU 3); + multi (DEU 4, FRA 3).
      const hhi = await figures('hhi_partners', {}, 'region');
      expect(hhi.groups['150']?.[0]).toBeCloseTo(8 / 16, 12);
      expect(hhi.groups['150']?.[1]).toBeCloseTo(13 / 25, 12);
      expect(hhi.groups['150']?.[2]).toBeCloseTo(25 / 49, 12);
      expect(hhi.groups['002']).toEqual([1, 1, 1]);
      expect(hhi.groups['142']).toEqual([1, 1, 1]);
      // No verified agreement with ISO: no pairs at that basis.
      expect(hhi.groups['global']).toEqual([-1, 1, 1]);
      // Under a partner filter, only the partners that pass it: DEU in 150, KEN in 002.
      expect((await figures('partners', { partner: ['DEU', 'KEN'] }, 'region')).groups).toEqual({
        '150': [1, 1, 1],
        '002': [1, 1, 1],
      });
    });

    it('partners and their concentrations by partner kind: each agreement narrowed to its parties of the kind', async () => {
      // Kinds: din, afnor, kebs national standards bodies (multi has all three); ASEAN's ACCSQ a regional
      // standards organisation; ISO/CS an international organisation.
      const partners = await figures('partners', {}, 'partner_kind');
      expect(partners.groups).toEqual({
        national_standards_body: [3, 3, 3],
        regional_standards_organisation: [1, 1, 1],
        international_organisation: [0, 1, 1],
      });
      // National standards bodies' pairs: verified DEU 2 (din 2006, 2020), FRA 2 (afnor 2015, 2021), KEN 2
      // (kebs 2017, 2020) → (2² + 2² + 2²)/6² = 12/36; + din 2016 → (3² + 2² + 2²)/7² = 17/49; + multi →
      // DEU 4, FRA 3, KEN 3: (4² + 3² + 3²)/10² = 34/100.
      const hhi = await figures('hhi_partners', {}, 'partner_kind');
      expect(hhi.groups['national_standards_body']?.[0]).toBeCloseTo(12 / 36, 12);
      expect(hhi.groups['national_standards_body']?.[1]).toBeCloseTo(17 / 49, 12);
      expect(hhi.groups['national_standards_body']?.[2]).toBeCloseTo(34 / 100, 12);
      expect(hhi.groups['international_organisation']).toEqual([-1, 1, 1]);
      // Their regions: 150 = DEU + FRA 4, 002 = KEN 2 → (4² + 2²)/6² = 20/36; 150 5, 002 2 → (5² + 2²)/7² =
      // 29/49; 150 7, 002 3 → (7² + 3²)/10² = 58/100.
      const regions = await figures('hhi_regions', {}, 'partner_kind');
      expect(regions.groups['national_standards_body']?.[0]).toBeCloseTo(20 / 36, 12);
      expect(regions.groups['national_standards_body']?.[1]).toBeCloseTo(29 / 49, 12);
      expect(regions.groups['national_standards_body']?.[2]).toBeCloseTo(58 / 100, 12);
      expect(regions.groups['regional_standards_organisation']).toEqual([1, 1, 1]);
      // Under a partner filter, only DEU and KEN: verified 2 and 2 → (2² + 2²)/4² = 8/16; all DEU 4, KEN 3
      // → (4² + 3²)/7² = 25/49.
      const filtered = await figures('hhi_partners', { partner: ['DEU', 'KEN'] }, 'partner_kind');
      expect(filtered.keys).toEqual(['national_standards_body']);
      expect(filtered.groups['national_standards_body']?.[0]).toBeCloseTo(8 / 16, 12);
      expect(filtered.groups['national_standards_body']?.[2]).toBeCloseTo(25 / 49, 12);
    });

    it('partners and their concentrations by sector: the partners of the agreements with the sector', async () => {
      // 01 and 29: din 2006 v (DEU); 35: din 2016 s (DEU), multi u (DEU, FRA, KEN); 91: afnor 2015 v (FRA);
      // 93: kebs 2017 v (KEN), multi u; none: asean 2019 v, iso s, kebs 2020 v, din 2020 v, afnor 2021 v.
      const partners = await figures('partners', {}, 'sector');
      expect(partners.keys).toEqual(['01', '29', '35', '91', '93', 'none']);
      expect(partners.groups).toEqual({
        '01': [1, 1, 1],
        '29': [1, 1, 1],
        '35': [0, 1, 3],
        '91': [1, 1, 1],
        '93': [1, 1, 3],
        none: [4, 5, 5],
      });
      // 35: no verified agreement, no pairs; DEU 1 → 1² / 1² = 1; DEU 2, FRA 1, KEN 1 → (2² + 1 + 1)/4² =
      // 6/16. 93: KEN 1 → 1; KEN 2, DEU 1, FRA 1 → 6/16.
      const hhi = await figures('hhi_partners', {}, 'sector');
      expect(hhi.groups['35']?.slice(0, 2)).toEqual([-1, 1]);
      expect(hhi.groups['35']?.[2]).toBeCloseTo(6 / 16, 12);
      expect(hhi.groups['93']?.slice(0, 2)).toEqual([1, 1]);
      expect(hhi.groups['93']?.[2]).toBeCloseTo(6 / 16, 12);
      // Regions of 35: 150 (DEU) 1 → 1; 150 (DEU twice, FRA) 3, 002 (KEN) 1 → (3² + 1²)/4² = 10/16. Of 93:
      // 002 1 → 1; 002 2, 150 2 → (2² + 2²)/4² = 8/16.
      const regions = await figures('hhi_regions', {}, 'sector');
      expect(regions.groups['35']?.slice(0, 2)).toEqual([-1, 1]);
      expect(regions.groups['35']?.[2]).toBeCloseTo(10 / 16, 12);
      expect(regions.groups['93']?.slice(0, 2)).toEqual([1, 1]);
      expect(regions.groups['93']?.[2]).toBeCloseTo(8 / 16, 12);
      // Under a sector filter, only the sectors asked for.
      const some = await figures('hhi_partners', { sector: ['35'] }, 'sector');
      expect(some.keys).toEqual(['35']);
      expect(some.groups['35']?.[2]).toBeCloseTo(6 / 16, 12);
    });

    it('sector concentration by region and partner kind: the sectors of the agreements in each group', async () => {
      // 150: din 2006 v (01, 29), afnor 2015 v (91), din 2020 and afnor 2021 v (none), din 2016 s (35),
      // multi u (35, 93). Verified 01, 29, 91 one each → 3/3² = 3/9; + 35 → 4/4² = 4/16; + multi: 35 2,
      // 93 1 → (1 + 1 + 1 + 2² + 1)/6² = 8/36.
      const byRegion = await figures('hhi_sectors', {}, 'region');
      expect(byRegion.groups['150']?.[0]).toBeCloseTo(3 / 9, 12);
      expect(byRegion.groups['150']?.[1]).toBeCloseTo(4 / 16, 12);
      expect(byRegion.groups['150']?.[2]).toBeCloseTo(8 / 36, 12);
      // 002: kebs 2017 v (93), kebs 2020 v (none), multi u (35, 93): 93 → 1; 93 2, 35 1 → (2² + 1²)/3² = 5/9.
      expect(byRegion.groups['002']?.slice(0, 2)).toEqual([1, 1]);
      expect(byRegion.groups['002']?.[2]).toBeCloseTo(5 / 9, 12);
      // ASEAN and ISO name no sector: nothing to share out.
      expect(byRegion.groups['142']).toEqual([-1, -1, -1]);
      expect(byRegion.groups['global']).toEqual([-1, -1, -1]);
      // National standards bodies: verified 01, 29, 91, 93 → 4/4² = 4/16; + 35 → 5/25; + multi: 35 2, 93 2
      // → (1 + 1 + 1 + 2² + 2²)/7² = 11/49.
      const byKind = await figures('hhi_sectors', {}, 'partner_kind');
      expect(byKind.groups['national_standards_body']?.[0]).toBeCloseTo(4 / 16, 12);
      expect(byKind.groups['national_standards_body']?.[1]).toBeCloseTo(5 / 25, 12);
      expect(byKind.groups['national_standards_body']?.[2]).toBeCloseTo(11 / 49, 12);
      expect(byKind.groups['regional_standards_organisation']).toEqual([-1, -1, -1]);
    });

    it('partners cumulative: first year of each partner, and the partners known only undated', async () => {
      const series = await figures('partners_cumulative', {}, 'year');
      expect(series.keys.slice(0, 2)).toEqual(['2006', '2007']);
      expect(series.groups['2006']).toEqual([1, 1, 1]);
      expect(series.groups['2016']).toEqual([2, 2, 2]);
      expect(series.groups['2017']).toEqual([3, 3, 3]);
      expect(series.groups['2021']).toEqual([4, 4, 4]);
      expect(series.groups['undated']).toEqual([0, 1, 1]);
      const ranged = await figures('partners_cumulative', { year_from: 2017 }, 'year');
      expect(ranged.keys).toEqual(['2017', '2018', '2019', '2020', '2021']);
      expect(ranged.groups['2017']).toEqual([1, 1, 3]);
      expect(ranged.groups['2020']).toEqual([3, 3, 4]);
      expect(ranged.excluded_undated).toEqual({ verified: 0, verified_single: 1, all: 1 });
    });

    it('sector concentration over the sectors that pass the filter', async () => {
      const hhi = await figures('hhi_sectors', {}, null);
      expect(hhi.total[0]).toBeCloseTo(4 / 16, 12);
      expect(hhi.total[1]).toBeCloseTo(5 / 25, 12);
      expect(hhi.total[2]).toBeCloseTo(11 / 49, 12);
      expect(hhi.n).toEqual([3, 4, 5]);
      // With sector 35 or 93 only: kebs 2017 (93), din 2016 (35), multi (35, 93).
      const some = await figures('hhi_sectors', { sector: ['35', '93'] }, null);
      expect(some.total).toEqual([1, 0.5, 0.5]);
    });

    it('traits: renewals, anchoring, convergence, depth and provision prevalence', async () => {
      expect((await figures('renewals', {}, null)).total).toEqual([0, 1, 1]);
      expect((await figures('renewal_share', {}, null)).total).toEqual([0, 1 / 9, 1 / 10]);
      expect((await figures('renewals', {}, 'year')).groups['2016']).toEqual([0, 1, 1]);
      expect((await figures('international_anchoring_share', {}, null)).total).toEqual([0, 1 / 9, 1 / 10]);
      expect((await figures('mutual_recognition_share', {}, null)).total).toEqual([0, 0, 0]);
      const balance = await figures('convergence_balance', {}, null);
      expect(balance.total).toEqual([-1, 1, 1]);
      expect(balance.parts).toEqual({ anchored: [0, 1, 1], recognition_only: [0, 0, 0] });
      expect((await figures('depth_score', {}, null)).total).toEqual([1, 1, 1]);
      expect((await figures('depth_score', { partner: ['FRA'] }, null)).total).toEqual([-1, -1, -1]);
      const prevalence = await figures('provision_prevalence', {}, 'provision');
      expect(prevalence.total).toEqual([1 / 8, 1 / 8, 1 / 8]);
      expect(prevalence.groups['information_exchange']).toEqual([1, 1, 1]);
      expect(prevalence.groups['mutual_recognition']).toEqual([0, 0, 0]);
      expect(prevalence.keys).toHaveLength(8);
    });

    it('traits by region and sector, from the keyed groups that carry them', async () => {
      // din 2016 (DEU, 150) renews; multi 2017 counts once in 150 though it has two partners there.
      const renewals = await figures('renewal_share', {}, 'region');
      expect(renewals.keys).toEqual(['002', '142', '150', 'global']);
      expect(renewals.groups['150']).toEqual([0, 1 / 5, 1 / 6]);
      expect(renewals.groups['002']).toEqual([0, 0, 0]);
      // ISO (global) is the only anchor: no verified agreement there.
      const anchoring = await figures('international_anchoring_share', {}, 'region');
      expect(anchoring.groups['global']).toEqual([-1, 1, 1]);
      expect(anchoring.groups['150']).toEqual([0, 0, 0]);
      // din 2006, coded with one provision present, is in sectors 01 and 29.
      const depth = await figures('depth_score', {}, 'sector');
      expect(depth.groups['01']).toEqual([1, 1, 1]);
      expect(depth.groups['29']).toEqual([1, 1, 1]);
      expect(depth.groups['35']).toEqual([-1, -1, -1]);
    });

    it('coverage of the latest cumulative tally, the undated agreement placed by its bound', async () => {
      const coverage = await figures('coverage', {}, null);
      expect(coverage.tally).toBe('tally-2023-12-cumulative');
      expect(coverage.total).toEqual([7 / 108, 9 / 108, 10 / 108]);
      expect(coverage.parts).toEqual({
        partners: [4 / 65, 5 / 65, 5 / 65],
        undated: [0, 0, 0],
        later: [0, 0, 0],
      });
      const ranged = await figures('coverage', { year_from: 2017 }, null);
      expect(ranged.total).toEqual([5 / 108, 5 / 108, 6 / 108]);
      expect(ranged.parts['partners']).toEqual([4 / 65, 4 / 65, 4 / 65]);
    });
  },
);
