/** Where a release and its parts are served: root-relative references, like the problem type URIs. */
export interface ReleaseLinks {
  readonly self: string;
  readonly datapackage: string;
  readonly changes: string;
}

export function releasePath(id: string): string {
  return `/v1/releases/${encodeURIComponent(id)}`;
}

export function releaseLinks(id: string): ReleaseLinks {
  return {
    self: releasePath(id),
    datapackage: `${releasePath(id)}/datapackage.zip`,
    changes: `/v1/changes?release=${encodeURIComponent(id)}`,
  };
}

/** The file name a release's data package is downloaded as. */
export function dataPackageFileName(id: string): string {
  return `sco-data-${id}.zip`;
}
