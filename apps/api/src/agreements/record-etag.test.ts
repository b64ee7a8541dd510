import { describe, expect, it } from 'vitest';
import { ifMatchVersions, recordEtag, releasedRecordEtag } from './record-etag.js';

describe('record ETags', () => {
  it('name the version, and the release for published reads', () => {
    expect(recordEtag(3)).toBe('"v3"');
    expect(releasedRecordEtag(3, '1.2.0')).toBe('"v3@1.2.0"');
  });

  it('name the language of a French or Chinese read, and none for English', () => {
    expect(recordEtag(3, 'en')).toBe('"v3"');
    expect(recordEtag(3, 'fr')).toBe('"v3:fr"');
    expect(releasedRecordEtag(3, '1.2.0', 'zh')).toBe('"v3@1.2.0:zh"');
  });

  it('are read back from If-Match, in both forms and in lists', () => {
    expect(ifMatchVersions('"v3"')).toEqual([3]);
    expect(ifMatchVersions(' "v3@1.2.0" ')).toEqual([3]);
    expect(ifMatchVersions('"x", "v12", "v4@1.0.0"')).toEqual([12, 4]);
    expect(ifMatchVersions('*')).toBe('*');
  });

  it('read the version out of the tag of a French or Chinese read', () => {
    expect(ifMatchVersions('"v3:fr"')).toEqual([3]);
    expect(ifMatchVersions('"v5@1.2.0:zh", "v6"')).toEqual([5, 6]);
  });

  it('never match weak or foreign tags', () => {
    expect(ifMatchVersions('W/"v3"')).toEqual([]);
    expect(ifMatchVersions('"3"')).toEqual([]);
    expect(ifMatchVersions('"v3@latest"')).toEqual([]);
    expect(ifMatchVersions('v3')).toEqual([]);
    expect(ifMatchVersions('"v3:de"')).toEqual([]);
    expect(ifMatchVersions('"v3:"')).toEqual([]);
    expect(ifMatchVersions('')).toEqual([]);
  });
});
