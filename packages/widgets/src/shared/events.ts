/** `sco-select`: a partner (or a group) was chosen by click, Enter or Space. Cancelable: cancel it to stop
 * the widget following its link. */
export interface ScoSelectDetail {
  readonly code: string;
  readonly name: string;
  readonly kind: 'country' | 'organisation' | 'group';
}

/** `sco-load`: data was rendered (first load, a new language or filter, or newer data on a re-check). */
export interface ScoLoadDetail {
  readonly release: string;
}

/** `sco-error`: the widget shows an error message instead of data. */
export interface ScoErrorDetail {
  readonly message: string;
  /** The HTTP status of an API error; 0 when the API could not be reached; absent for bad attributes. */
  readonly status?: number;
}

export type ScoSelectEvent = CustomEvent<ScoSelectDetail>;
export type ScoLoadEvent = CustomEvent<ScoLoadDetail>;
export type ScoErrorEvent = CustomEvent<ScoErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sco-select': ScoSelectEvent;
    'sco-load': ScoLoadEvent;
    'sco-error': ScoErrorEvent;
  }
}

/** Dispatches a widget event: prefixed, bubbling and composed (it leaves the shadow root). */
export function emit<K extends 'sco-select' | 'sco-load' | 'sco-error'>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
