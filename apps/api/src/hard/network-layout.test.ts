import { describe, expect, it } from 'vitest';
import { LAYOUT_SIZE, networkLayout } from './network-layout.js';
import type { Network } from './patchwork-network.js';

const node = (id: string, side: 'chinese' | 'partner') => ({
  id,
  side,
  label: id,
  name: id,
  jurisdiction: side === 'chinese' ? 'CHN' : 'DEU',
  region: null,
  agreements: 1,
});
const edge = (source: string, target: string) => ({
  source,
  target,
  scope: 'standardisation' as const,
  scope_label: 'Standardisation',
  agreements: 1,
  agreement_ids: [`${source}-${target}`],
});

const NETWORK: Network = {
  nodes: [
    node('sac', 'chinese'),
    node('cnca', 'chinese'),
    node('din', 'partner'),
    node('bsi', 'partner'),
    node('afnor', 'partner'),
  ],
  edges: [edge('sac', 'din'), edge('sac', 'bsi'), edge('cnca', 'afnor'), edge('sac', 'afnor')],
};

describe('networkLayout', () => {
  it('gives the same positions for the same network, run after run', () => {
    const first = [...networkLayout(NETWORK)];
    const second = [...networkLayout(structuredClone(NETWORK))];
    expect(second).toEqual(first);
  });

  it('fills the box and keeps Chinese bodies on the left of the partner bodies', () => {
    const layout = networkLayout(NETWORK);
    const xs = [...layout.values()].map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...[...layout.values()].flatMap((p) => [p.x, p.y]))).toBeLessThanOrEqual(LAYOUT_SIZE);
    const x = (id: string) => layout.get(id)?.x ?? Number.NaN;
    expect(Math.max(x('sac'), x('cnca'))).toBeLessThan(Math.min(x('din'), x('bsi'), x('afnor')));
  });

  it('is pinned to d3-force 3.0.0 with its seed: the picture of this network does not drift', () => {
    expect(Object.fromEntries(networkLayout(NETWORK))).toMatchInlineSnapshot(`
      {
        "afnor": {
          "x": 980,
          "y": 420.6,
        },
        "bsi": {
          "x": 882.6,
          "y": 980,
        },
        "cnca": {
          "x": 110.2,
          "y": 443.8,
        },
        "din": {
          "x": 792.4,
          "y": 20,
        },
        "sac": {
          "x": 20,
          "y": 486.7,
        },
      }
    `);
  });
});
