import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the frame takes from the widget's width: its padding (1rem) and border, both sides. */
const FRAME = 34;

/**
 * The width a chart is drawn at, in CSS pixels: the widget's own width less its frame, kept between `min` and
 * `max` (`initial` until it is measured: a widget not displayed). A chart drawn at the size it is shown keeps its text at its CSS size in a phone's column as in a wide
 * page (a fixed viewBox scaled down to 300 px shrinks 11 px labels to 4 px).
 *
 * Followed with a ResizeObserver from the moment the widget is connected; read for the first drawing that needs
 * it (a print brief's included), and measured then if the observer has not reported yet. Nothing is measured at
 * connection: a page's widgets are connected one after the other, and a measurement there would force a layout
 * of the page for each (a synchronous layout in a loop). A new width is applied at the next frame: re-drawing
 * inside the observer's callback would change the widget's height in the same frame, which browsers report as a
 * ResizeObserver loop error.
 */
export class MeasuredWidth implements ReactiveController {
  private current: number;
  /** Whether a drawing has read the width (a change must then re-draw). */
  private read = false;
  /** Whether the width is known since the widget was connected (measured, or reported by the observer). */
  private known = false;
  private frame: number | undefined;
  private readonly observer = new ResizeObserver(([entry]) => {
    const next = this.clamp(entry?.contentRect.width ?? 0);
    if (next === undefined) return;
    if (this.read) {
      this.schedule(next);
    } else {
      // Not drawn with yet: the width is taken as it is, with nothing to re-draw.
      this.current = next;
      this.known = true;
    }
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    initial: number,
    private readonly min: number,
    private readonly max: number,
  ) {
    this.current = initial;
    host.addController(this);
  }

  /** The current drawing width (measured now if the widget is connected and its width is not known yet). */
  get value(): number {
    if (!this.known && this.host.isConnected) {
      this.current = this.clamp(this.host.getBoundingClientRect().width) ?? this.current;
      this.known = true;
    }
    this.read = true;
    return this.current;
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.known = false;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private clamp(width: number): number | undefined {
    const inner = Math.round(width) - FRAME;
    return inner <= 0 ? undefined : Math.min(this.max, Math.max(this.min, inner));
  }

  private schedule(next: number): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      if (Math.abs(next - this.current) >= 2) {
        this.current = next;
        this.host.requestUpdate();
      }
    });
  }
}
