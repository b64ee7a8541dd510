import { agreementTypes, labelOf, type Release } from '@sco/core';
import { listReleases, type Executor } from '@sco/db';
import type { CreatedAgreement, ReleaseChanges } from '../releases/release-changes.js';
import type { ReleaseLedger } from '../releases/release-ledger.js';
import { releasePath } from '../releases/release-links.js';
import type { AtomEntry, AtomFeed } from './atom.js';
import { absoluteUrl } from './request-origin.js';

export const MAX_FEED_ENTRIES = 50;
export const FEED_TITLE = 'Soft Connectivity Observatory: releases and new agreements';
export const FEED_AUTHOR = 'The Soft Connectivity Observatory contributors';

/** tag: URIs (RFC 4151) name entries for good: the API's host and the day the thing was published. */
function tagUri(origin: string, publishedAt: string, specific: string): string {
  return `tag:${new URL(origin).hostname},${publishedAt.slice(0, 10)}:${specific}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function releaseEntry(origin: string, release: Release, changes: ReleaseChanges): AtomEntry {
  const agreements = changes.records.agreement;
  const counts = `${plural(changes.entries, 'change')}: ${plural(agreements.created, 'agreement')} added, ${agreements.updated} updated, ${agreements.deleted} removed.`;
  return {
    id: tagUri(origin, release.published_at, `release/${release.id}`),
    title: `Release ${release.id}`,
    updated: release.published_at,
    link: absoluteUrl(origin, releasePath(release.id)),
    summary: release.notes.trim() === '' ? counts : `${release.notes.trim()} — ${counts}`,
  };
}

function agreementEntry(origin: string, release: Release, created: CreatedAgreement): AtomEntry {
  const { record } = created;
  const title = typeof record['title_en'] === 'string' ? record['title_en'] : created.id;
  const type = agreementTypes.codes.find((code) => code === record['type']);
  const signed = typeof record['signed_date'] === 'string' ? `signed ${record['signed_date']}` : 'undated';
  return {
    id: tagUri(origin, release.published_at, `release/${release.id}/agreement/${created.id}`),
    title,
    updated: release.published_at,
    link: absoluteUrl(origin, `/v1/agreements/${encodeURIComponent(created.id)}`),
    summary: `${type ? labelOf(agreementTypes, type, 'en') : 'Agreement'}, ${signed}; new in release ${release.id}.`,
  };
}

/**
 * The feed of releases and of the agreements each release added, newest first (a release, then the
 * agreements it added, latest change first), at most MAX_FEED_ENTRIES entries.
 */
export async function buildFeed(db: Executor, ledger: ReleaseLedger, origin: string): Promise<AtomFeed> {
  const releases = await listReleases(db);
  const entries: AtomEntry[] = [];
  for (const release of releases) {
    if (entries.length >= MAX_FEED_ENTRIES) break;
    const changes = await ledger.changesOf(release.id);
    entries.push(releaseEntry(origin, release, changes));
    for (const created of [...changes.created_agreements].reverse()) {
      entries.push(agreementEntry(origin, release, created));
    }
  }
  const newest = releases[0]?.published_at ?? new Date(0).toISOString();
  const oldest = releases.at(-1)?.published_at ?? newest;
  return {
    id: tagUri(origin, oldest, 'feed'),
    title: FEED_TITLE,
    subtitle:
      'New releases of the dataset of China’s technical-standards cooperation agreements, and the agreements each release adds.',
    updated: newest,
    self: absoluteUrl(origin, '/v1/feed.atom'),
    alternate: absoluteUrl(origin, '/v1/releases'),
    author: FEED_AUTHOR,
    rights: 'Data licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    entries: entries.slice(0, MAX_FEED_ENTRIES),
  };
}
