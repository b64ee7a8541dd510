import { createClient, type Client } from '@sco/client';

/**
 * The API the widgets read when no `api` attribute is given: the origin their script was loaded from (the
 * API serves the widgets at /widgets/<version>/).
 */
export const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

const clients = new Map<string, Client>();

/** One client per API base URL; all of them share the page's request cache. */
export function clientFor(baseUrl: string): Client {
  let client = clients.get(baseUrl);
  if (!client) {
    client = createClient({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}

/** A file served beside the widgets' modules (the map geometry), from wherever the script was loaded. */
export function besideScript(file: string): string {
  return new URL(file, import.meta.url).href;
}
