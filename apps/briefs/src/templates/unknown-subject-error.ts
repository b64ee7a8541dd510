/** What each template's subject is, for the message. */
const WHAT: Readonly<Record<string, string>> = {
  partner: 'a partner',
  region: 'a UN M49 region the Observatory groups partners by (002, 019, 142, 150, 009, or global)',
  sector: 'a top-level ICS field',
};

/** The subject of a brief (a partner, a region, a sector) is not one the release can write a brief on. */
export class UnknownSubjectError extends Error {
  override readonly name = 'UnknownSubjectError';
  constructor(
    readonly template: string,
    readonly subject: string,
    readonly release: string,
  ) {
    super(
      template === 'partner'
        ? `"${subject}" is not a partner in data release ${release}: no agreement names it`
        : `"${subject}" is not ${WHAT[template] ?? 'a subject'}`,
    );
  }
}
