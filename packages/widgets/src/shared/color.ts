let probe: CanvasRenderingContext2D | null | undefined;

/** A CSS colour as #rrggbb (and an opacity), whatever syntax the browser computed (color-mix, oklch…). */
export function plainColor(value: string): { color: string; alpha: number } | null {
  if (value === 'none' || value.startsWith('url(')) return null;
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return null;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = probe.getImageData(0, 0, 1, 1).data;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return { color: `#${hex(r)}${hex(g)}${hex(b)}`, alpha: a / 255 };
}

/** WCAG relative luminance of an opaque #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The WCAG contrast ratio of two CSS colours (1 to 21); null when either is not an opaque colour (a
 * transparent background: what shows through is the page's, which the widget cannot know).
 */
export function contrastRatio(a: string, b: string): number | null {
  const [x, y] = [plainColor(a), plainColor(b)];
  if (!x || !y || x.alpha < 1 || y.alpha < 1) return null;
  const [high, low] = [luminance(x.color), luminance(y.color)].sort((p, q) => q - p);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}
