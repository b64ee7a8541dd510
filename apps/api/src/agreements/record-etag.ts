import type { Lang } from '@sco/core';

/**
 * The entity tag of an agreement record: a strong ETag naming its version, the edit counter that
 * `getAgreement` returns and `saveAgreement`/`deleteAgreement` check as `expectedVersion`.
 *
 * - `GET /v1/agreements/{id}?state=draft` answers with `ETag: recordEtag(version)`, e.g. `"v3"`.
 * - Edits (PATCH, DELETE) compare `If-Match` with `ifMatchVersions(header)` (or with `recordEtag` of the
 *   stored version) and pass the version on as `expectedVersion`; their responses carry
 *   `recordEtag(newVersion)`, so a client can chain edits without reading again.
 * - Published reads (`?release=` or the latest release) carry the same tag with the release appended,
 *   `"v3@1.0.0"`: the same record version reads differently in another release (its incoming lineage,
 *   the names of its parties and the release stamps of its history come from the rest of the release).
 *   `ifMatchVersions` reads the version out of both forms.
 * - A read in French or Chinese (`?lang=fr|zh`) labels the data's English texts in that language, so its
 *   representation differs: its tag names the language after a colon, `"v3:fr"` or `"v3@1.0.0:zh"`. English
 *   (the default) adds nothing. The version is the same, so `ifMatchVersions` reads it out of these too.
 * - On the draft the tag is the version alone, so that it is the one edits compare: data the view takes
 *   from other records (incoming lineage, party names) can change without it. Draft reads are
 *   `private, no-cache`, for editors only.
 */
export function recordEtag(version: number, lang: Lang = 'en'): string {
  return `"v${version}${langSuffix(lang)}"`;
}

/** The tag of a record version as read in a release: `"v3@1.0.0"` (`"v3@1.0.0:fr"` in French). */
export function releasedRecordEtag(version: number, release: string, lang: Lang = 'en'): string {
  return `"v${version}@${release}${langSuffix(lang)}"`;
}

function langSuffix(lang: Lang): string {
  return lang === 'en' ? '' : `:${lang}`;
}

const RECORD_TAG = /^"v(\d{1,15})(?:@\d+\.\d+\.\d+)?(?::(?:fr|zh))?"$/;

/**
 * The versions an `If-Match` header names (a comma-separated list of strong tags handed out by
 * `recordEtag` or `releasedRecordEtag`, in any language), `'*'` for any current version, or an empty list when it names
 * none (weak tags never match: If-Match uses the strong comparison, RFC 9110 §13.1.1).
 */
export function ifMatchVersions(header: string): readonly number[] | '*' {
  if (header.trim() === '*') return '*';
  return header
    .split(',')
    .map((tag) => RECORD_TAG.exec(tag.trim())?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);
}
