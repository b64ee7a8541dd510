import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import atlas from 'world-atlas/countries-110m.json';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, stage, text } from '../test-support/mount.js';
import { worldMap } from './geometry.js';
import { cutAtAntimeridian, pathOf, projectRing } from './projection.js';
import { drawnWorld } from './world.js';
import './sco-map.js';

/** The world-atlas file as the dev server serves it (the build copies it to dist/geo/). */
const GEOMETRY = '/node_modules/world-atlas/countries-110m.json';

const partnerPaths = (element: Element) => [
  ...shadow(element).querySelectorAll<SVGPathElement>('path.partner'),
];

describe('sco-map', () => {
  it('colours partner countries by their count and names them with it', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    const labels = partnerPaths(element).map((path) => path.getAttribute('aria-label'));
    expect(labels).toContain('Russian Federation — 8 agreements');
    expect(labels).toContain('Brazil — 2 agreements');
    const russia = partnerPaths(element).find((path) =>
      path.getAttribute('aria-label')?.startsWith('Russian'),
    );
    expect(russia?.getAttribute('class')).toContain('c4');
    expect(shadow(element).querySelectorAll('path[aria-hidden="true"]').length).toBeGreaterThan(100);
  });

  it('crops a region’s map to its partners, the legend at the same size as on the world map', async () => {
    const europe = {
      ...fixtures.partners,
      items: fixtures.partners.items.filter((partner) => partner.region === '150'),
    };
    expect(europe.items.length).toBeGreaterThan(3);
    const world = await mount('sco-map', {}, { data: europe, geometryData: atlas });
    const region = await mount('sco-map', { region: '150' }, { data: europe, geometryData: atlas });
    const viewBox = (element: Element) =>
      (shadow(element).querySelector('svg.chart')?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const [x, y, width, height] = viewBox(region);
    const [, , worldWidth] = viewBox(world);
    expect(width).toBeLessThan((worldWidth ?? 0) / 2);
    const inside = (box: DOMRect) =>
      box.x + box.width > (x ?? 0) && box.x < (x ?? 0) + (width ?? 0) && box.y < (y ?? 0) + (height ?? 0);
    // Every European partner is in view; Australia and Brazil are not.
    for (const path of partnerPaths(region))
      expect(inside(path.getBBox()), path.getAttribute('aria-label') ?? '').toBe(true);
    const outlines = new Set(
      worldMap(atlas)
        .countries.filter((country) => country.alpha3 === 'AUS' || country.alpha3 === 'BRA')
        .map((country) => country.d),
    );
    const far = [...shadow(region).querySelectorAll<SVGPathElement>('path.land')].filter((path) =>
      outlines.has(path.getAttribute('d') ?? ''),
    );
    expect(far).toHaveLength(2);
    for (const path of far) expect(inside(path.getBBox())).toBe(false);
    // The legend's text is as large on the page in both.
    const size = (element: Element) =>
      shadow(element).querySelector('g.legend text')?.getBoundingClientRect().height ?? 0;
    expect(size(region)).toBeCloseTo(size(world), 0);
    // Across the legend's row, the land south of the crop (Africa's, Arabia's) is not drawn.
    region.scrollIntoView({ block: 'end' });
    const chart = shadow(region).querySelector('svg.chart')?.getBoundingClientRect();
    const hits: (Element | null)[] = [];
    for (let x = (chart?.left ?? 0) + 2; x < (chart?.right ?? 0); x += 4)
      for (const dy of [3, 8]) hits.push(shadow(region).elementFromPoint(x, (chart?.bottom ?? 0) - dy));
    expect(hits.length).toBeGreaterThan(20);
    for (const hit of hits) expect(hit?.closest('svg.chart')).toBeTruthy();
    expect(hits.filter((hit) => hit?.tagName === 'path')).toEqual([]);
  });

  it('lists the organisations beside the map, and partners too small for it', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    const side = shadow(element).querySelector('[part="organisations"]')?.textContent ?? '';
    expect(side).toContain('Regional and international organisations');
    expect(side).toContain('International Organization for Standardization');
    expect(side).toMatch(/Too small for the map\s*Singapore\s*4/);
  });

  it('names countries in the language of the widget (API names for partners, CLDR for others)', async () => {
    const element = await mount('sco-map', { lang: 'zh' }, { data: fixtures.partners, geometryData: atlas });
    const labels = partnerPaths(element).map((path) => path.getAttribute('aria-label'));
    expect(labels).toContain('俄罗斯 — 8 项协议');
    const greenland = [...shadow(element).querySelectorAll('path[aria-hidden="true"]')].find(
      (path) =>
        path.getAttribute('d') ===
        shadow(element).querySelector('path[aria-hidden="true"]')?.getAttribute('d'),
    );
    greenland?.dispatchEvent(new PointerEvent('pointerenter'));
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="info"]')?.textContent).toMatch(/— 无协议/);
  });

  it('shows the count of the country under the pointer', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    const brazil = partnerPaths(element).find((path) =>
      path.getAttribute('aria-label')?.startsWith('Brazil'),
    );
    brazil?.dispatchEvent(new PointerEvent('pointerenter'));
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="info"]')?.textContent.trim()).toBe('Brazil — 2 agreements');
  });

  it('moves between partners with the arrow keys and selects with Enter (sco-select, bubbling, composed)', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    const selected: { code: string; name: string; kind: string }[] = [];
    stage().addEventListener('sco-select', (event) => selected.push(event.detail));
    const paths = partnerPaths(element);
    expect(paths.filter((path) => path.getAttribute('tabindex') === '0')).toHaveLength(1);
    paths.find((path) => path.getAttribute('tabindex') === '0')?.focus();
    const first = shadow(element).activeElement;
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => shadow(element).activeElement).not.toBe(first);
    const second = shadow(element).activeElement;
    expect(second?.getAttribute('tabindex')).toBe('0');
    expect(first?.getAttribute('tabindex')).toBe('-1');
    await userEvent.keyboard('{Enter}');
    expect(selected).toHaveLength(1);
    expect(second?.getAttribute('aria-label')).toContain(selected[0]?.name ?? '?');
    expect(selected[0]?.kind).toBe('country');
    await userEvent.keyboard('{End}');
    expect(shadow(element).activeElement).toBe(
      paths.find((path) => path.dataset['focus'] === String(paths.length - 1)),
    );
  });

  it('selects an organisation by click; a cancelled sco-select keeps the page where it is', async () => {
    const element = await mount(
      'sco-map',
      { 'partner-href': '/partners/{code}' },
      { data: fixtures.partners, geometryData: atlas },
    );
    const link = [...shadow(element).querySelectorAll('a')].find((a) =>
      a.textContent.includes('International Organization for Standardization'),
    );
    expect(link?.getAttribute('href')).toBe(new URL('/partners/ISO', document.baseURI).href);
    const codes: string[] = [];
    element.addEventListener('sco-select', (event) => {
      codes.push(event.detail.code);
      event.preventDefault();
    });
    const before = location.href;
    link?.click();
    expect(codes).toEqual(['ISO']);
    expect(location.href).toBe(before);
  });

  it('fetches the partners and the geometry once, however many maps', async () => {
    const api = fakeApi();
    const geometry = new URL(GEOMETRY, location.href).href;
    for (let i = 0; i < 3; i++) {
      const map = document.createElement('sco-map');
      map.setAttribute('api', API);
      map.setAttribute('geometry', GEOMETRY);
      stage().append(map);
    }
    await expect
      .poll(() => [...stage().children].every((map) => map.getAttribute('status') === 'ready'), {
        timeout: 8000,
      })
      .toBe(true);
    expect(api.count(`${API}/v1/partners`)).toBe(1);
    expect(api.count(geometry)).toBe(1);
  });

  it('counts from the matching agreements when filtered by type or years', async () => {
    const api = fakeApi();
    const element = await mount('sco-map', { api: API, geometry: GEOMETRY, type: 'mou', from: '2015' });
    expect(api.calls).toContain(`${API}/v1/agreements?from=2015&limit=200&type=mou`);
    const counts = new Map<string, number>();
    for (const item of fixtures.agreements.items)
      for (const code of item.partners) counts.set(code, (counts.get(code) ?? 0) + 1);
    const labels = partnerPaths(element).map((path) => path.getAttribute('aria-label'));
    const russia = counts.get('RUS') ?? 0;
    expect(labels).toContain(`Russian Federation — ${russia} agreement${russia === 1 ? '' : 's'}`);
  });

  it('cuts outlines at the antimeridian instead of drawing them across the map', () => {
    const pieces = cutAtAntimeridian([
      [170, 60],
      [-170, 62],
      [-170, 66],
      [170, 64],
      [170, 60],
    ]);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) {
      const signs = new Set(piece.map(([lon = 0]) => Math.sign(lon)));
      expect(signs.size).toBe(1);
    }
  });

  it('projects with Equal Earth (points computed by hand from the published formula)', () => {
    // (0°, 0°) → (0, 0); (180°, 0°) → π / (√3/2 × 1.340264) = 2.70663. At the poles θ = asin(√3/2) = π/3:
    // y = θ (1.340264 − 0.081106 θ² + θ⁶ (0.000893 + 0.003796 θ²)) = 1.31736 (upwards: y grows downwards),
    // and the pole is a line: x = −π cos θ / (√3/2 (1.340264 − 3 × 0.081106 θ² + θ⁶ (7 × 0.000893 +
    // 9 × 0.003796 θ²))) = −1.60359 at −180°.
    const ring = projectRing([
      [0, 0],
      [180, 0],
      [0, 90],
      [-180, -90],
    ]);
    const expected = [0, 0, 2.70663, 0, 0, -1.31736, -1.60359, 1.31736];
    expect([...ring].map((value) => Math.round(value * 1e5) / 1e5 + 0)).toEqual(expected);
  });

  it('writes each ring as its first point and its steps in tenths, the points rounded as absolute ones', () => {
    // Absolute tenths: (0, 0), (10, 5), the same again (dropped), (5, −3), (15, 0); then a ring of one point.
    const rings = [
      new Float64Array([0, 0, 1.04, 0.5, 1.04, 0.5, 0.5, -0.26, 1.53, 0]),
      new Float64Array([2, 3]),
    ];
    expect(pathOf(rings, 1, [0, 0])).toBe('M0,0l1,.5-.5-.8 1,.3zM2,3z');
    // Scaled and moved: 10 × (1.04, 0.5) − (0.4, −1) = (10, 6).
    expect(pathOf([new Float64Array([0, 0, 1.04, 0.5])], 10, [0.4, -1])).toBe('M-.4,1l10.4,5z');
  });

  it('draws the build’s drawn world (taken as it is) exactly as it draws the topology', async () => {
    const drawn = JSON.parse(JSON.stringify(worldMap(atlas))) as unknown;
    expect(drawnWorld(drawn)).toBe(drawn);
    const outlines = (element: Element) => [
      shadow(element).querySelector('svg.chart')?.getAttribute('viewBox'),
      ...[...shadow(element).querySelectorAll('path.land')].map((path) =>
        ['d', 'class', 'aria-label', 'tabindex'].map((name) => path.getAttribute(name)).join(' '),
      ),
    ];
    for (const region of [undefined, '150']) {
      const attributes: Record<string, string> = region ? { region } : {};
      const fromTopology = await mount('sco-map', attributes, {
        data: fixtures.partners,
        geometryData: atlas,
      });
      const fromDrawn = await mount('sco-map', attributes, { data: fixtures.partners, geometryData: drawn });
      expect(outlines(fromDrawn).length).toBeGreaterThan(170);
      expect(outlines(fromDrawn)).toEqual(outlines(fromTopology));
    }
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(
      await mount('sco-map', { 'show-table': '' }, { data: fixtures.partners, geometryData: atlas }),
    );
  });

  it('writes the legend’s classes as ranges in the widget’s language (en "2–3", fr "2 à 3", zh "2～3")', async () => {
    const legend = async (lang: string) => {
      const element = await mount('sco-map', { lang }, { data: fixtures.partners, geometryData: atlas });
      return [...shadow(element).querySelectorAll('g.legend text')].map((label) => label.textContent.trim());
    };
    expect(await legend('en')).toEqual(expect.arrayContaining(['2–3', '4–7', '8+']));
    expect(await legend('fr')).toEqual(expect.arrayContaining(['2\u00a0à 3', '4\u00a0à 7']));
    expect(await legend('zh')).toEqual(expect.arrayContaining(['2～3', '4～7']));
  });

  it('shows the map note on naming and disputed areas', async () => {
    const element = await mount('sco-map', { lang: 'fr' }, { data: fixtures.partners, geometryData: atlas });
    expect(text(element)).toContain('Frontières et zones contestées telles que les trace Natural Earth');
  });

  it('moves through the organisations beside the map with the arrow keys, one of them in the tab order', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    const items = [...shadow(element).querySelectorAll<HTMLElement>('.side li > button')];
    expect(items.length).toBeGreaterThan(3);
    expect(items.filter((item) => item.tabIndex === 0)).toEqual([items[0]]);
    items[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(element).activeElement).toBe(items[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(element).activeElement).toBe(items[2]);
    await userEvent.keyboard('{ArrowUp}');
    expect(shadow(element).activeElement).toBe(items[1]);
    await expect.poll(() => items[1]?.tabIndex).toBe(0);
    expect(items[0]?.tabIndex).toBe(-1);
    await userEvent.keyboard('{End}');
    expect(shadow(element).activeElement).toBe(items.at(-1));
  });

  it('exports the organisations and the small partners with the map, and no hover or focus outline', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    // A country focused from the keyboard: its outline and focus ring are on the screen.
    partnerPaths(element)
      .find((path) => path.getAttribute('tabindex') === '0')
      ?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => shadow(element).querySelector('path.outline')).not.toBeNull();
    const files: Promise<string>[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push(fetch(this.href).then((response) => response.text()));
    });
    await element.exportChart('svg');
    expect(files).toHaveLength(1);
    const file = await files[0];
    const parsed = new DOMParser().parseFromString(file ?? '', 'image/svg+xml');
    const lines = [...parsed.querySelectorAll('svg > text')].map((node) => node.textContent);
    expect(lines).toContain('Regional and international organisations');
    // As the line under the map names a country, with no colon to set in each language's way.
    expect(lines).toContain('• International Organization for Standardization — 2 agreements');
    expect(lines).toContain('Too small for the map');
    expect(lines).toContain('• Singapore — 4 agreements');
    // No outline path (fill none) and no country stroked with the focus colour.
    expect(parsed.querySelectorAll('path[fill="none"]')).toHaveLength(0);
    const focus = getComputedStyle(element).getPropertyValue('--sco-focus-color').trim() || '#1f5fbf';
    expect(parsed.querySelectorAll(`path[stroke="${focus}"]`)).toHaveLength(0);
  });
});
