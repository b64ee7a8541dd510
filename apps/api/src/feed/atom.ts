import { xmlText } from './xml-text.js';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export interface AtomEntry {
  /** A URI that never changes for this entry (a tag: URI). */
  readonly id: string;
  readonly title: string;
  /** ISO 8601 instant. */
  readonly updated: string;
  /** Absolute URL of the entry's resource. */
  readonly link: string;
  readonly summary: string;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly updated: string;
  /** Absolute URL of the feed itself. */
  readonly self: string;
  /** Absolute URL of the feed's subject in another form. */
  readonly alternate: string;
  readonly author: string;
  readonly rights: string;
  readonly entries: readonly AtomEntry[];
}

function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}

function link(rel: string, href: string, type?: string): string {
  const typed = type === undefined ? '' : ` type="${xmlText(type)}"`;
  return `<link rel="${rel}" href="${xmlText(href)}"${typed}/>`;
}

/** An Atom 1.0 (RFC 4287) document; every text and attribute value is escaped. */
export function renderAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}" xml:lang="en">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', feed.updated)}`,
    `  ${link('self', feed.self, 'application/atom+xml')}`,
    `  ${link('alternate', feed.alternate, 'application/json')}`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${element('rights', feed.rights)}`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${element('updated', entry.updated)}`,
      `    ${link('alternate', entry.link, 'application/json')}`,
      `    ${element('summary', entry.summary)}`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
