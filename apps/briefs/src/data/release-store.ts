import type { Agreement, TallyAggregate } from '@sco/core';

/** What a release's figures are computed from: its agreements and tallies, assembled once. */
export interface ReleaseArrays {
  readonly agreements: readonly Agreement[];
  readonly tallies: readonly TallyAggregate[];
}

/**
 * A store of values computed from a release, kept with its arrays (by identity, in WeakMaps): every
 * `BriefData` object that carries the same assembled release (the API builds one per request from its
 * datasets cache; a worker keeps one per release) shares the values, and a release dropped from every cache
 * takes them with it. Returns the map of values for a release's arrays.
 */
export function releaseStore<T>(): (data: ReleaseArrays) => Map<string, T> {
  const kept = new WeakMap<readonly Agreement[], WeakMap<readonly TallyAggregate[], Map<string, T>>>();
  return (data) => {
    let byTallies = kept.get(data.agreements);
    if (!byTallies)
      kept.set(data.agreements, (byTallies = new WeakMap<readonly TallyAggregate[], Map<string, T>>()));
    let values = byTallies.get(data.tallies);
    if (!values) byTallies.set(data.tallies, (values = new Map<string, T>()));
    return values;
  };
}
