import { describe, expect, it, vi } from 'vitest';
import '../index.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { settled, shadow, stage } from '../test-support/mount.js';

/** The width of a chart's drawing (its viewBox: 1 unit = 1 CSS px). */
const drawnWidth = (element: Element) =>
  shadow(element).querySelector<SVGSVGElement>('svg.chart')?.viewBox.baseVal.width;

describe('the width a chart is drawn at', () => {
  it('is not measured when the widget is connected (no layout forced per widget), and the first drawing has it', async () => {
    fakeApi();
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const column = document.createElement('div');
    column.setAttribute('style', 'width: 400px');
    stage().append(column);
    const widgets = (['sco-timeline', 'sco-breakdown', 'sco-timeline'] as const).map((tag) => {
      const element = document.createElement(tag);
      element.setAttribute('api', API);
      return element;
    });
    column.append(...widgets);
    expect(measure).not.toHaveBeenCalled();
    for (const widget of widgets) await settled(widget);
    // 400 px less the frame's padding and borders (34 px).
    expect(widgets.map(drawnWidth)).toEqual([366, 366, 366]);
  });

  it('follows the widget when its width changes after the first drawing', async () => {
    fakeApi();
    const column = document.createElement('div');
    column.setAttribute('style', 'width: 400px');
    stage().append(column);
    const element = document.createElement('sco-timeline');
    element.setAttribute('api', API);
    column.append(element);
    await settled(element);
    expect(drawnWidth(element)).toBe(366);
    column.setAttribute('style', 'width: 600px');
    await expect.poll(() => drawnWidth(element)).toBe(566);
  });

  it('is drawn at its width when it is shown after being connected hidden', async () => {
    fakeApi();
    const column = document.createElement('div');
    column.setAttribute('style', 'width: 500px; display: none');
    stage().append(column);
    const element = document.createElement('sco-breakdown');
    element.setAttribute('api', API);
    column.append(element);
    await settled(element);
    column.setAttribute('style', 'width: 500px');
    await expect.poll(() => drawnWidth(element)).toBe(466);
  });
});
