import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir, runCli } from './test-support/run-cli.js';

describe('sco indicators with hard connectivity', () => {
  it('prints the correlations, sequence, quadrants, patchwork and caveats with the tracker citation', async () => {
    const { code, stdout } = await runCli(['indicators', '--dir', path.join(rootDir, 'data')], {});
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Soft vs hard connectivity — China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition February 2020',
    );
    // every partner of the shipped table (153) is in the all-partners correlation of agreement counts
    expect(stdout).toMatch(
      /Spearman agreements vs investment, all_partners, all: ρ -?\d\.\d\d \[.*\] p \d\.\d{3} n 153/,
    );
    expect(stdout).toMatch(/Quadrants \(all rows; high = above the median/);
    expect(stdout).toMatch(/Patchwork \(all rows, \d+ agreements\): SAC \d+/);
    expect(stdout).toContain('! Correlation is not causation');
  });
});
