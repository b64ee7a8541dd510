import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, text } from '../test-support/mount.js';
import './sco-network.js';

const data = fixtures.patchwork20132019En;
const { nodes, edges } = data.network;

const positions = (element: Element) =>
  [...shadow(element).querySelectorAll('[part="node"]')].map((node) => [
    node.getAttribute('cx'),
    node.getAttribute('cy'),
  ]);

describe('sco-network', () => {
  it("draws every body at the API's layout position and every edge between its two bodies", async () => {
    const element = await mount('sco-network', {}, { data });
    const circles = shadow(element).querySelectorAll('[part="node"]');
    expect(circles).toHaveLength(nodes.length);
    expect(positions(element)).toEqual(nodes.map((node) => [String(node.x), String(node.y)]));
    const lines = shadow(element).querySelectorAll('svg.chart line.edge');
    expect(lines).toHaveLength(edges.length);
    const first = edges[0];
    const source = nodes.find((node) => node.id === first?.source);
    expect(lines[0]?.getAttribute('x1')).toBe(String(source?.x));
    expect(lines[0]?.classList.contains(first?.scope ?? '—')).toBe(true);
  });

  it('gives the same picture for the same data, every time', async () => {
    const one = positions(await mount('sco-network', {}, { data }));
    const two = positions(await mount('sco-network', {}, { data: structuredClone(data) }));
    expect(two).toEqual(one);
  });

  it('moves focus body to body, each announcing its links with their weights and scopes', async () => {
    const element = await mount('sco-network', {}, { data });
    shadow(element).querySelector<SVGElement>('[data-focus="0"]')?.focus();
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    const focused = shadow(element).activeElement;
    expect(focused?.getAttribute('data-focus')).toBe('1');
    const node = nodes[1];
    const own = edges.filter((edge) => edge.source === node?.id || edge.target === node?.id);
    const label = focused?.getAttribute('aria-label') ?? '';
    expect(label).toContain(`${node?.name} (${node?.jurisdiction}), ${node?.agreements} agreements, with: `);
    expect(label.split('), ').length).toBeGreaterThanOrEqual(own.length);
    expect(label).toContain(own[0]?.scope_label ?? '—');
  });

  it('lists every edge in the data table and every scope in the legend', async () => {
    const element = await mount('sco-network', { 'show-table': '' }, { data });
    expect(shadow(element).querySelectorAll('tbody tr')).toHaveLength(edges.length);
    const legend = shadow(element).querySelector('[part="legend"]')?.textContent ?? '';
    for (const edge of edges) expect(legend).toContain(edge.scope_label);
  });

  it('fetches the patchwork at its period, region, basis, language and release', async () => {
    const api = fakeApi();
    api.override('/v1/indicators/patchwork', data);
    await mount('sco-network', {
      api: API,
      period: '2013-2019',
      region: '002',
      lang: 'fr',
      release: '1.0.0',
    });
    expect(api.calls).toEqual([
      `${API}/v1/indicators/patchwork?basis=all&lang=fr&period=2013-2019&region=002&release=1.0.0`,
    ]);
  });

  it('refuses an unknown period and the agreement filters, without fetching', async () => {
    const api = fakeApi();
    const bad = await mount('sco-network', { api: API, period: '1990s' });
    expect(text(bad)).toContain('Invalid value for “period”: “1990s”');
    const filtered = await mount('sco-network', { api: API, type: 'mou' });
    expect(filtered.status).toBe('error');
    expect(api.calls).toEqual([]);
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(await mount('sco-network', {}, { data }));
  });
});
