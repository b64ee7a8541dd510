import { createHash } from 'node:crypto';
import type { Dataset, Release } from '@sco/core';
import { serializeDataset } from '@sco/datapackage';
import { zipSync, type Zippable } from 'fflate';

/** The checksums file inside the zip, in the format `sha256sum --check` reads. */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** A release's data package as a zip archive, with the archive's own digest. */
export interface DataPackageZip {
  readonly bytes: Uint8Array;
  /** SHA-256 of `bytes`. */
  readonly sha256: Buffer;
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/**
 * Zip timestamps are local wall-clock times: the archiver reads the date's local fields. A date whose
 * local fields are the UTC fields of the release makes the archive the same in every time zone; in the
 * rare local hour that does not exist (a daylight-saving gap), noon of that day stands in.
 */
function zipTimestamp(publishedAt: string): Date {
  const utc = new Date(publishedAt);
  const fields = [
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  ] as const;
  const local = new Date(...fields);
  return local.getHours() === fields[3] && local.getDate() === fields[2]
    ? local
    : new Date(fields[0], fields[1], fields[2], 12, 0, 0);
}

/**
 * The data package of a release — the files `serializeDataset` gives, byte for byte what `sco db export`
 * writes — zipped with datapackage.json at the top (the layout of a zipped Frictionless data package), and
 * a SHA256SUMS file naming each file's digest. The same release always gives the same bytes.
 */
export function dataPackageZip(dataset: Dataset, release: Release): DataPackageZip {
  const encoder = new TextEncoder();
  const mtime = zipTimestamp(release.published_at);
  const entries: Zippable = {};
  const sums: string[] = [];
  for (const [name, text] of serializeDataset(dataset)) {
    const bytes = encoder.encode(text);
    entries[name] = [bytes, { mtime }];
    sums.push(`${sha256(bytes).toString('hex')}  ${name}\n`);
  }
  entries[CHECKSUMS_FILE] = [encoder.encode(sums.join('')), { mtime }];
  const bytes = zipSync(entries, { level: 9, mtime });
  return { bytes, sha256: sha256(bytes) };
}
