import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import atlas from 'world-atlas/countries-110m.json';
import { contrastRatio, plainColor } from './shared/color.js';
import { fixtures } from './test-support/fixtures.js';
import { hardPage, partnerRusWithHard } from './test-support/hard-fixtures.js';
import { mount, shadow, stage } from './test-support/mount.js';
import './index.js';
import './sco-network/sco-network.js';
import './sco-scatter/sco-scatter.js';

/** A phone (320, 375), a tablet (768) and a laptop (1280). */
const WIDTHS = [320, 375, 768, 1280] as const;

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Every widget with inline data, as a partner page shows them one under the other. */
async function mountAll(theme: 'light' | 'dark', tables = false): Promise<Widget[]> {
  const themed: Record<string, string> = tables ? { theme, 'show-table': '' } : { theme };
  return [
    await mount('sco-figure', { ...themed, indicator: 'agreements' }, { data: fixtures.indicatorTotalEn }),
    await mount('sco-timeline', themed, { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn }),
    await mount('sco-map', themed, { data: fixtures.partners, geometryData: atlas }),
    await mount('sco-breakdown', themed, { data: fixtures.indicatorTypeEn }),
    await mount('sco-partner', { ...themed, partner: 'RUS' }, { data: fixtures.partnerRusEn }),
    await mount(
      'sco-agreements',
      { ...themed, 'page-size': '8' },
      { data: fixtures.agreements, partners: fixtures.partners },
    ),
    await mount('sco-scatter', themed, { data: fixtures.softHardEn }),
    await mount('sco-network', themed, { data: fixtures.patchwork20132019En }),
    // The investment bars (show-investment) on both widgets that draw them.
    await mount(
      'sco-timeline',
      { ...themed, 'show-investment': '' },
      { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn, hard: hardPage },
    ),
    await mount(
      'sco-partner',
      { ...themed, partner: 'RUS', 'show-investment': '' },
      { data: partnerRusWithHard },
    ),
  ];
}

/** Waits for the widgets to re-draw at their measured width (applied at the frame after a resize). */
async function redrawn(widgets: readonly Widget[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  }
}

/** Elements of a widget that hold text of their own (not only in their children). */
function textElements(widget: Element): Element[] {
  return [...shadow(widget).querySelectorAll('*')].filter(
    (node) =>
      !node.closest('.sr-only, title') &&
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim()),
  );
}

/** The size a text is drawn at on screen, in CSS pixels: its font size times its SVG's scale, if any. */
function drawnSize(node: Element): number {
  const size = Number.parseFloat(getComputedStyle(node).fontSize);
  if (!(node instanceof SVGGraphicsElement)) return size;
  const matrix = node.getScreenCTM();
  return size * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
}

/**
 * The parts of a widget drawn past its host element's sides. A part inside a box that clips or scrolls
 * (a table's scrolling region, an SVG) is that box's business: the box itself is checked.
 */
function pastHost(widget: Element): string[] {
  const host = widget.getBoundingClientRect();
  const clipped = (node: Element) => {
    for (let up = node.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  return [...shadow(widget).querySelectorAll('*')]
    .filter((node) => node.getClientRects().length > 0 && !clipped(node))
    .filter((node) => {
      const { left, right } = node.getBoundingClientRect();
      return left < host.left - 1 || right > host.right + 1;
    })
    .map((node) => `${widget.localName} ${node.localName}.${node.getAttribute('class') ?? ''}`);
}

/** Whether an element is displayed (a closed <details>' content, a hidden part, are not). */
const displayed = (node: Element) => node.getClientRects().length > 0;

// Back to the test runner's default viewport, for the test files that run after this one.
afterAll(async () => {
  await page.viewport(414, 896);
});

describe('widgets on a phone, a tablet and a laptop', () => {
  for (const width of WIDTHS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`fit ${width} px (${theme}): no horizontal overflow, no text under 10 px, 24 px tap targets`, async () => {
        await page.viewport(width, 900);
        const widgets = await mountAll(theme);
        await redrawn(widgets);
        expect(document.documentElement.scrollWidth, 'page').toBeLessThanOrEqual(window.innerWidth);
        for (const widget of widgets) {
          const name = widget.localName;
          expect(widget.getBoundingClientRect().right, name).toBeLessThanOrEqual(window.innerWidth);
          const frame = shadow(widget).querySelector('.frame');
          expect(frame, name).not.toBeNull();
          if (frame) expect(frame.scrollWidth, `${name} frame`).toBeLessThanOrEqual(frame.clientWidth);
          // Chart text is drawn inside its chart, at 10 px or more.
          for (const node of textElements(widget).filter(displayed)) {
            const label = `${name} at ${width}: "${node.textContent.trim().slice(0, 40)}"`;
            expect(drawnSize(node), label).toBeGreaterThanOrEqual(10);
          }
          for (const chart of shadow(widget).querySelectorAll<SVGSVGElement>('svg.chart')) {
            const box = chart.viewBox.baseVal;
            for (const text of chart.querySelectorAll<SVGTextElement>('text')) {
              if (!displayed(text) || text.closest('.legend[transform]')) continue;
              const { x, width: w } = text.getBBox();
              const label = `${name} at ${width}: "${text.textContent.slice(0, 30)}"`;
              expect(x, label).toBeGreaterThanOrEqual(box.x - 1);
              expect(x + w, label).toBeLessThanOrEqual(box.x + box.width + 1);
            }
          }
          // Buttons, links and disclosure summaries: at least 24 × 24 CSS px.
          for (const target of shadow(widget).querySelectorAll('button, a, summary')) {
            if (!displayed(target)) continue;
            const rect = target.getBoundingClientRect();
            const label = `${name} at ${width}: ${target.localName} "${target.textContent.trim().slice(0, 30)}"`;
            expect(Math.round(rect.height), label).toBeGreaterThanOrEqual(24);
            expect(Math.round(rect.width), label).toBeGreaterThanOrEqual(24);
          }
        }
        stage().replaceChildren();
      });
    }
  }

  for (const width of [320, 375] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`keeps every widget's parts within its box at ${width} px with its data table open (${theme})`, async () => {
        await page.viewport(width, 900);
        const widgets = await mountAll(theme, true);
        await redrawn(widgets);
        for (const widget of widgets) {
          for (const details of shadow(widget).querySelectorAll<HTMLDetailsElement>(
            'details[part="table"]',
          )) {
            expect(details.open, widget.localName).toBe(true);
          }
          const past = [...new Set(pastHost(widget))];
          expect(past, past.join(', ')).toEqual([]);
          // A table wider than its box scrolls in a region a keyboard reaches and a screen reader names.
          for (const table of shadow(widget).querySelectorAll('table')) {
            if (!displayed(table) || getComputedStyle(table).display !== 'table') continue;
            const region = table.closest('[role="region"]');
            expect(region, `${widget.localName} table region`).not.toBeNull();
            expect(region?.getAttribute('tabindex')).toBe('0');
            expect(region?.getAttribute('aria-label') ?? '').not.toBe('');
          }
        }
        stage().replaceChildren();
      });
    }
  }

  it('draws the charts at their width, so that a phone does not shrink their text', async () => {
    await page.viewport(375, 900);
    const widgets = await mountAll('light');
    await redrawn(widgets);
    for (const widget of widgets) {
      const chart = shadow(widget).querySelector<SVGSVGElement>('svg.chart');
      if (!chart || widget.localName === 'sco-map' || widget.localName === 'sco-network') continue;
      expect(chart.viewBox.baseVal.width, widget.localName).toBeCloseTo(
        chart.getBoundingClientRect().width,
        -1,
      );
    }
  });

  it('labels the scatter plot’s x axis without labels touching at 320 px', async () => {
    await page.viewport(320, 900);
    const element = await mount('sco-scatter', {}, { data: fixtures.softHardEn });
    await redrawn([element]);
    const boxes = [...shadow(element).querySelectorAll<SVGTextElement>('text.tick[text-anchor="middle"]')]
      .map((text) => text.getBoundingClientRect())
      .sort((a, b) => a.left - b.left);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]?.left ?? 0).toBeGreaterThan((boxes[i - 1]?.right ?? 0) + 2);
    }
  });

  it('shows the agreements as cards under 600 px and as a table above', async () => {
    for (const [width, display] of [
      [375, 'block'],
      [768, 'table-row'],
    ] as const) {
      await page.viewport(width, 900);
      const element = await mount('sco-agreements', {}, { data: fixtures.agreements });
      await redrawn([element]);
      const row = shadow(element).querySelector('tbody tr');
      expect(row && getComputedStyle(row).display, `${width}`).toBe(display);
      // Each field names itself on a card.
      const cell = shadow(element).querySelector('tbody td[data-label]');
      expect(cell?.getAttribute('data-label')).toBe('Signed');
      if (width < 600) expect(getComputedStyle(cell as Element, '::before').content).toContain('Signed');
      stage().replaceChildren();
    }
  });

  it('lays the agreements’ sort buttons and pager out for a phone: buttons on one line, the pager one row', async () => {
    for (const width of [320, 375] as const) {
      for (const [lang, data, previousPage] of [
        ['en', fixtures.agreements, 'Previous page'],
        ['fr', fixtures.agreementsFr, 'Page précédente'],
      ] as const) {
        await page.viewport(width, 900);
        const element = await mount('sco-agreements', { lang, 'page-size': '5' }, { data });
        await redrawn([element]);
        const label = `${width} ${lang}`;
        const sorts = [...shadow(element).querySelectorAll('th button')];
        const [previous, next] = shadow(element).querySelectorAll('[part="pager"] button');
        const status = shadow(element).querySelector('[part="pager"] [role="status"]');
        for (const button of [...sorts, previous, next]) {
          if (!button) throw new Error(`${label}: a button is missing`);
          const lines =
            button.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(button).lineHeight);
          expect(lines, `${label}: "${button.textContent.trim()}"`).toBeLessThan(1.9);
        }
        // Each sort button is drawn as one (a bordered chip), not as a loose word in a strip of words.
        for (const button of sorts)
          expect(Number.parseFloat(getComputedStyle(button).borderTopWidth), label).toBeGreaterThan(0);
        // The pager: its two buttons and its position in one row, the buttons named in words.
        const middle = (node: Element | null | undefined) => {
          const box = node?.getBoundingClientRect();
          return box ? Math.round(box.top + box.height / 2) : Number.NaN;
        };
        expect(middle(previous), label).toBeCloseTo(middle(status), -1);
        expect(middle(next), label).toBeCloseTo(middle(status), -1);
        expect(previous?.textContent.trim()).toBe(previousPage);
        stage().replaceChildren();
      }
    }
  });
});

describe('the network’s focused body on a phone', () => {
  for (const width of [320, 375] as const) {
    it(`lists its links compactly at ${width} px, the first few shown and the rest behind a disclosure, in French`, async () => {
      await page.viewport(width, 900);
      const data = fixtures.patchwork20132019Fr;
      const element = await mount('sco-network', { lang: 'fr' }, { data });
      await redrawn([element]);
      // The first body (AQSIQ) signed with about forty partner bodies.
      const body = data.network.nodes[0];
      const links = data.network.edges.filter((edge) => edge.source === body?.id || edge.target === body?.id);
      expect(links.length).toBeGreaterThan(20);
      const readout = shadow(element).querySelector('.readout');
      if (!readout) throw new Error('no readout');
      // Shut, it takes about half a phone’s screen at most (the run-on paragraph took 1,000 px).
      expect(readout.getBoundingClientRect().height).toBeLessThan(360);
      const details = readout.querySelector('details');
      if (!details) throw new Error('no disclosure');
      expect(details.querySelector('summary')?.textContent.trim()).toMatch(/^Afficher \d+ de plus$/);
      details.open = true;
      const items = [...readout.querySelectorAll('li')].map((item) => item.textContent.trim());
      expect(items).toHaveLength(links.length);
      // Every entry in French: the bodies' names, the scopes, nothing in English.
      for (const item of [readout.querySelector('p')?.textContent ?? '', ...items])
        expect(item).not.toMatch(/\b(?:the|of|and|authority|standardi[sz]ation|not named)\b/i);
      expect(items).toContainEqual(expect.stringMatching(/\(Normalisation\)$/) as unknown);
      stage().replaceChildren();
    });
  }
});

describe('contrast of the marks, light and dark', () => {
  const background = (widget: Element) =>
    getComputedStyle(shadow(widget).querySelector('.frame') as Element).backgroundColor;

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every verification level at 3:1 against the background (${theme})`, async () => {
      const widgets = [
        await mount('sco-timeline', { theme }, { data: fixtures.indicatorYearEn }),
        await mount('sco-breakdown', { theme }, { data: fixtures.indicatorTypeEn }),
      ];
      for (const widget of widgets) {
        for (const level of ['l0', 'l1', 'l2']) {
          const mark = shadow(widget).querySelector(`rect.${level}`);
          expect(mark, `${widget.localName} ${level}`).not.toBeNull();
          const ratio = contrastRatio(getComputedStyle(mark as Element).fill, background(widget));
          expect(ratio, `${widget.localName} ${level} ${theme}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every network scope and scatter series at 3:1 against the background, as drawn (${theme})`, async () => {
      const network = await mount('sco-network', { theme }, { data: fixtures.patchwork20132019En });
      const scatter = await mount('sco-scatter', { theme }, { data: fixtures.softHardEn });
      // A mark drawn with an opacity: its colour over the background, as the reader sees it.
      const seen = (widget: Element, color: string, opacity: number) => {
        const [mark, back] = [plainColor(color), plainColor(background(widget))];
        if (!mark || !back) return '';
        const alpha = opacity * mark.alpha;
        const mix = [1, 3, 5].map((at) =>
          Math.round(
            alpha * Number.parseInt(mark.color.slice(at, at + 2), 16) +
              (1 - alpha) * Number.parseInt(back.color.slice(at, at + 2), 16),
          ),
        );
        return `rgb(${mix.join(', ')})`;
      };
      const legend = [...shadow(network).querySelectorAll('[part="legend"] line')];
      expect(legend.length).toBeGreaterThanOrEqual(4);
      for (const line of legend) {
        const style = getComputedStyle(line);
        const color = seen(network, style.stroke, Number(style.strokeOpacity));
        const ratio = contrastRatio(color, background(network));
        expect(ratio, `${line.getAttribute('class') ?? ''} ${theme}`).toBeGreaterThanOrEqual(3);
      }
      for (const cls of ['point', 'point.off']) {
        const point = shadow(scatter).querySelector(`circle.${cls}`) as Element;
        const style = getComputedStyle(point);
        const ratio = contrastRatio(
          seen(scatter, style.fill, Number(style.fillOpacity)),
          background(scatter),
        );
        expect(ratio, `${cls} ${theme}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps the investment bars and the agreement marks at 3:1 against the background (${theme})`, async () => {
      const widgets = [
        await mount(
          'sco-timeline',
          { theme, 'show-investment': '' },
          { data: fixtures.indicatorYearEn, hard: hardPage },
        ),
        await mount(
          'sco-partner',
          { theme, partner: 'RUS', 'show-investment': '' },
          { data: partnerRusWithHard },
        ),
      ];
      for (const widget of widgets) {
        for (const selector of ['rect.inv-bar', 'rect.mark']) {
          const mark = shadow(widget).querySelector(selector);
          if (!mark) continue;
          const ratio = contrastRatio(getComputedStyle(mark).fill, background(widget));
          expect(ratio, `${widget.localName} ${selector} ${theme}`).toBeGreaterThanOrEqual(3);
        }
      }
      expect(shadow(widgets[1] as Element).querySelector('rect.mark')).not.toBeNull();
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every class of the map at 3:1 against the background, each apart from the next (${theme})`, async () => {
      const element = await mount('sco-map', { theme }, { data: fixtures.partners, geometryData: atlas });
      // The legend draws every class, whether a country falls in it or not.
      const fills = ['c1', 'c2', 'c3', 'c4'].map((cls) => {
        const mark = shadow(element).querySelector(`.${cls}`);
        expect(mark, `${cls} ${theme}`).not.toBeNull();
        return getComputedStyle(mark as Element).fill;
      });
      fills.forEach((fill, i) => {
        expect(contrastRatio(fill, background(element)), `c${i + 1} ${theme}`).toBeGreaterThanOrEqual(3);
        // Distinguishable from the class before it: a step of 1.25:1 or more in lightness.
        const before = fills[i - 1];
        if (before)
          expect(contrastRatio(fill, before), `c${i} → c${i + 1} ${theme}`).toBeGreaterThanOrEqual(1.25);
      });
    });
  }

  it('writes the tallies’ numbers in the text colour when the page’s highlight is too light for them', async () => {
    const data = { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn };
    const plain = await mount('sco-timeline', { theme: 'light' }, data);
    const ratioOf = (element: Element) => {
      const label = shadow(element).querySelector('text.tally-label') as Element;
      return contrastRatio(getComputedStyle(label).fill, background(element)) ?? 0;
    };
    // The check runs at the frame after an update, before it is painted.
    await new Promise(requestAnimationFrame);
    expect(ratioOf(plain)).toBeGreaterThanOrEqual(4.5);
    expect(shadow(plain).querySelector('svg.plain-labels')).toBeNull();
    // A partner's pale highlight (2:1 on white): the diamonds keep it, outlined; the numbers do not.
    const pale = document.createElement('div');
    pale.className = 'pale';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.pale sco-timeline { --sco-color-highlight: #f6b26b; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      stage().append(pale);
      const element = document.createElement('sco-timeline');
      element.setAttribute('theme', 'light');
      Object.assign(element, data);
      pale.append(element);
      await expect.poll(() => element.getAttribute('status')).toBe('ready');
      await element.updateComplete;
      await new Promise(requestAnimationFrame);
      const mark = shadow(element).querySelector('path.tally') as Element;
      expect(contrastRatio(getComputedStyle(mark).fill, background(element))).toBeLessThan(3);
      // The diamonds, a series too, are outlined in the text colour: their edge keeps 3:1.
      expect(contrastRatio(getComputedStyle(mark).stroke, background(element))).toBeGreaterThanOrEqual(3);
      expect(shadow(element).querySelector('svg.plain-labels')).not.toBeNull();
      expect(ratioOf(element)).toBeGreaterThanOrEqual(4.5);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
