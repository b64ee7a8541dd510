import { sharedCache } from '@sco/client';
import { afterEach, expect, vi } from 'vitest';

let container: HTMLElement | undefined;

afterEach(() => {
  container?.remove();
  container = undefined;
  sharedCache.clear();
  vi.restoreAllMocks();
});

/** A fresh container in the page for one test's widgets. */
export function stage(): HTMLElement {
  container ??= document.body.appendChild(document.createElement('div'));
  return container;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until a widget has shown its data or an error. */
export async function settled<T extends Widget>(element: T): Promise<T> {
  await vi.waitFor(
    () => {
      expect(['ready', 'error']).toContain(element.getAttribute('status'));
    },
    { timeout: 8_000, interval: 20 },
  );
  await element.updateComplete;
  return element;
}

/** Creates a widget with attributes (and properties, set before it is connected), mounts it and waits. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  stage().append(element);
  return settled(element as HTMLElementTagNameMap[K] & Widget);
}

/** The widget's shadow root (open). */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`${element.localName} has no shadow root`);
  return root;
}

/** The visible text of a widget, whitespace collapsed. */
export function text(element: Element): string {
  return shadow(element).textContent.replace(/\s+/g, ' ').trim();
}
