import { plainColor } from './color.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Style properties that decide how a chart looks, written onto the exported elements as attributes. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const COLOR_PROPERTIES = new Set(['fill', 'stroke']);

/** The computed look of an element, colours as #rrggbb with their opacity apart. */
function lookOf(element: Element): Map<string, string> {
  const style = getComputedStyle(element);
  const look = new Map<string, string>();
  for (const property of PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (!value) continue;
    if (COLOR_PROPERTIES.has(property)) {
      const plain = plainColor(value);
      look.set(property, plain ? plain.color : 'none');
      if (plain && plain.alpha < 1) look.set(`${property}-opacity`, plain.alpha.toFixed(3));
    } else {
      look.set(property, value);
    }
  }
  if (style.display === 'none') look.set('display', 'none');
  return look;
}

/** Writes a look as attributes, leaving out what the element inherits from its parent anyway. */
function writeLook(to: Element, look: Map<string, string>, inherited: Map<string, string> | undefined): void {
  for (const [property, value] of look) {
    if (property === 'opacity' ? value === '1' : inherited?.get(property) === value) continue;
    to.setAttribute(property, value);
  }
}

const DROPPED = /^(class|part|tabindex|role|aria-.*|data-.*|style|focusable)$/;

/**
 * A chart as a standalone SVG document: every computed style written as an attribute (no stylesheet, no
 * custom property), text kept as text (Chinese included) in the page's own font stack, no font embedded.
 */
/** What an exported chart says about itself and its colours (CSS colours, computed from the widget). */
export interface ExportOptions {
  readonly title: string;
  readonly background: string;
  readonly foreground?: string;
  /** A line under the chart: its title and release. */
  readonly caption?: string;
  /** Lines between the chart and the caption: what the widget shows beside the chart (the map's list). */
  readonly notes?: readonly string[];
}

const NOTE_LINE = 18;
const CAPTION_ROOM = 28;

/** The height an exported chart adds under the drawing for its notes and caption. */
const extraHeight = ({ caption, notes = [] }: ExportOptions) =>
  notes.length * NOTE_LINE + (caption ? CAPTION_ROOM : 0);

export function standaloneSvg(svg: SVGSVGElement, options: ExportOptions): string {
  const { title, background, foreground = '#000000', caption = '', notes = [] } = options;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const looks = new Map<Element, Map<string, string>>();
  const omitted: Element[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    // Marks of the reader's place (the hovered country's outline) stay out of the file.
    if (original.getAttribute('data-export') === 'omit') omitted.push(copy);
    const look = lookOf(original);
    looks.set(original, look);
    writeLook(copy, look, original.parentElement ? looks.get(original.parentElement) : undefined);
    for (const { name } of [...copy.attributes]) if (DROPPED.test(name)) copy.removeAttribute(name);
  });
  for (const copy of omitted) copy.remove();
  const viewBox = svg.viewBox.baseVal;
  // The notes and the caption (title and release) go under the chart, so that the file says what it shows.
  const height = viewBox.height + extraHeight(options);
  clone.setAttribute('viewBox', `${viewBox.x} ${viewBox.y} ${viewBox.width} ${height}`);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(viewBox.width));
  clone.setAttribute('height', String(height));
  const color = plainColor(foreground)?.color ?? '#000000';
  notes.forEach((note, index) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(viewBox.x + 4));
    text.setAttribute('y', String(viewBox.y + viewBox.height + (index + 1) * NOTE_LINE - 4));
    text.setAttribute('fill', color);
    text.setAttribute('font-size', '12');
    text.textContent = note;
    clone.append(text);
  });
  if (caption) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(viewBox.x + 4));
    text.setAttribute('fill', color);
    text.setAttribute('y', String(viewBox.y + height - 8));
    text.setAttribute('font-size', '12');
    text.textContent = caption;
    clone.append(text);
  }
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x: viewBox.x, y: viewBox.y, width: viewBox.width, height }))
    backdrop.setAttribute(name, String(value));
  backdrop.setAttribute('fill', plainColor(background)?.color ?? '#ffffff');
  clone.prepend(titleElement, backdrop);
  return new XMLSerializer().serializeToString(clone);
}

export function svgBlob(svg: SVGSVGElement, options: ExportOptions): Blob {
  return new Blob([standaloneSvg(svg, options)], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * The chart as a PNG at `scale` times its size. Drawing an SVG onto a canvas goes through an image loaded
 * from a blob: URL, which a Content-Security-Policy allows with `img-src blob:`.
 */
export async function pngBlob(svg: SVGSVGElement, options: ExportOptions, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg, options));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { width } = svg.viewBox.baseVal;
    const height = svg.viewBox.baseVal.height + extraHeight(options);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the canvas made no PNG'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through a download link (no navigation, no new window). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
