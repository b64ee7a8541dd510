/**
 * Builds the link of a body to another read of the same view (e.g. a partner's profile from the list): the
 * path of the read and its parameters. The caller decides what the link pins — the API the release or the
 * draft the request reads, a brief its release — so that the presenters stay free of HTTP.
 */
export type ReadLink = (path: string, params?: Readonly<Record<string, string | undefined>>) => string;
