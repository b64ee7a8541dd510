import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('sco data sources', () => {
  it('counts the records on weak sources per verification level, naming each', async () => {
    const { code, stdout } = await runCli(['data', 'sources'], {});
    expect(code).toBe(0);
    // Hand-counted in data/sources.csv: agreements whose every source is a mirror, whose every quote is a
    // paraphrase, and that cite a bare IP-address host (http://122.227.57.98:8586/…, a China News Service
    // repost that is the only copy found for two records). caac-rosaviatsia-airworthiness-2019 rests on a page
    // that credits Xinhua and the CAAC website (a repost); it and aqsiq-hungary-laboratory-2013 are quoted
    // verbatim since they were re-read, and msa-singapore-mpa-ecertificates-2020 has a verbatim second source.
    // aqsiq-citma-cuba-2007 (a repost of AIN) rests on reposts only; ccic-son left that list with a Business
    // News page of its own (46). asean-center-myanmar-2022, a
    // repost only, is unverified since its only source stops before what was signed, and it is the one record
    // left quoted only by paraphrase: the other paraphrased quotes were re-read and are now verbatim
    // (cnas-kan-2009 keeps its VIVAnews paraphrase beside a verbatim second source).
    expect(stdout).toContain('resting only on reposts: 46 (verified 0, single_source 27, unverified 19)');
    expect(stdout).toContain('quoted only by paraphrase: 1 (verified 0, single_source 0, unverified 1)');
    expect(stdout).toContain('citing an IP-address host: 2 (verified 0, single_source 0, unverified 2)');
    // Their port (8586) on a bare IP address makes the same two look dead, by syntax alone.
    expect(stdout).toContain('citing a dead-looking URL: 2 (verified 0, single_source 0, unverified 2)');
    expect(stdout).toContain(
      '  sac-kazakhstan-2023 [unverified]\n  sac-russia-oils-fats-mra-2023 [unverified]\n',
    );
  }, 60_000);
});
