import path from 'node:path';
import {
  createBriefRenderer,
  InvalidBriefRequestError,
  loadBriefData,
  ReleaseNotFoundError,
  subjectOf,
  UnknownSubjectError,
  briefSubjects,
  parseBriefRequest,
  type BriefRequest,
} from '@sco/briefs';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { writeWholeFile } from '../write-whole-file.js';
import { briefProgress } from './brief-progress.js';

export interface BriefOptions {
  readonly lang: string;
  readonly paper: string;
  readonly length?: string;
  readonly out?: string;
  readonly release?: string;
  /** Where the API is published: the brief prints its permalink there (default: this machine's PORT). */
  readonly origin?: string;
}

/** The request from the command line, or a CliError naming what is wrong. */
function requestOf(template: string, subject: string | undefined, options: BriefOptions): BriefRequest {
  if (template === 'overview' && subject !== undefined) {
    throw new CliError(`the overview brief takes no subject (got "${subject}")`);
  }
  if (template !== 'overview' && subject === undefined) {
    const example = { partner: 'RUS', region: '142', sector: '35' }[template] ?? 'RUS';
    throw new CliError(`the ${template} brief needs a subject, e.g. \`sco brief ${template} ${example}\``);
  }
  try {
    return parseBriefRequest({
      template,
      ...(subject === undefined ? {} : { subject }),
      lang: options.lang,
      paper: options.paper,
      ...(options.length === undefined ? {} : { length: options.length }),
      ...(options.release === undefined ? {} : { release: options.release }),
      ...(options.origin === undefined ? {} : { origin: options.origin }),
    });
  } catch (error) {
    if (error instanceof InvalidBriefRequestError) throw new CliError(error.problems.join('\n  '));
    throw error;
  }
}

/**
 * `sco brief <template> [subject]`: renders a policy brief of the latest release (or --release) to PDF,
 * showing each step of the render as it goes.
 */
export async function brief(
  io: CliIo,
  template: string,
  subject: string | undefined,
  options: BriefOptions,
): Promise<void> {
  const asked = requestOf(template, subject, options);
  const out = path.resolve(
    io.cwd,
    options.out ?? `brief-${[asked.template, subjectOf(asked), asked.lang].filter(Boolean).join('-')}.pdf`,
  );
  await withDatabase(io, async ({ db }, config) => {
    // Without --origin, the permalink is on the API this machine serves (`pnpm start`).
    const request = { ...asked, origin: asked.origin ?? `http://localhost:${String(config.port)}` };
    const data = await loadBriefData(db, request.release).catch((error: unknown) => {
      if (error instanceof ReleaseNotFoundError) {
        throw new CliError(
          error.release === null
            ? 'the database has no release yet: import data/ first (`pnpm sco db import`)'
            : error.message,
        );
      }
      throw error;
    });
    const renderer = createBriefRenderer({ chromiumPath: config.chromiumPath, concurrency: 1, queueSize: 0 });
    try {
      const started = performance.now();
      const rendered = await renderer
        .render(request, data, { onProgress: briefProgress(io) })
        .catch((error: unknown) => {
          if (error instanceof UnknownSubjectError) {
            if (error.template !== 'partner') throw new CliError(error.message);
            const known = briefSubjects(data, 'en').partners.map((partner) => partner.code);
            throw new CliError(`${error.message}; partners: ${known.join(', ')}`);
          }
          throw error;
        });
      await writeWholeFile(out, rendered.pdf);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.stdout(`wrote ${out}: ${rendered.pages} pages, data release ${data.release.id} (${seconds} s)\n`);
    } finally {
      await renderer.close();
    }
  });
}
