import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the frame takes from the widget's width: its padding (1rem) and border, both sides. */
const FRAME = 34;

/**
 * The width a chart is drawn at, in CSS pixels: the widget's own width less its frame, kept between `min` and
 * `max` (`initial` until it is measured: a widget not displayed). A chart drawn at the size it is shown keeps its text at its CSS size in a phone's column as in a wide
 * page (a fixed viewBox scaled down to 300 px shrinks 11 px labels to 4 px).
 *
 * Measured once when the widget is connected (so that the first drawing, a print brief's included, already has
 * its width), then followed with a ResizeObserver. A new width is applied at the next frame: re-drawing inside
 * the observer's callback would change the widget's height in the same frame, which browsers report as a
 * ResizeObserver loop error.
 */
export class MeasuredWidth implements ReactiveController {
  /** The current drawing width. */
  value: number;
  private frame: number | undefined;
  private readonly observer = new ResizeObserver(([entry]) => {
    this.schedule(entry?.contentRect.width ?? 0);
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    initial: number,
    private readonly min: number,
    private readonly max: number,
  ) {
    this.value = initial;
    host.addController(this);
  }

  hostConnected(): void {
    const measured = this.clamp(this.host.getBoundingClientRect().width);
    if (measured !== undefined) this.value = measured;
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private clamp(width: number): number | undefined {
    const inner = Math.round(width) - FRAME;
    return inner <= 0 ? undefined : Math.min(this.max, Math.max(this.min, inner));
  }

  private schedule(width: number): void {
    const next = this.clamp(width);
    if (next === undefined) return;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      if (Math.abs(next - this.value) >= 2) {
        this.value = next;
        this.host.requestUpdate();
      }
    });
  }
}
