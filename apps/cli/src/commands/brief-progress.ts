import type { BriefProgress, BriefStep } from '@sco/briefs';
import type { CliIo } from '../io.js';

const LABELS: Readonly<Record<BriefStep, string>> = {
  launch: 'starting Chromium',
  load: 'loading the brief page',
  fonts: 'waiting for the charts and fonts',
  layout: 'laying out and measuring the contents',
  pdf: 'printing the PDF',
  'post-process': 'writing the PDF metadata',
};

/** Prints a render's named steps to stderr as they start and finish, with their time. */
export function briefProgress(io: CliIo): (progress: BriefProgress) => void {
  return (progress) => {
    switch (progress.type) {
      case 'queued':
        io.stderr(`… waiting in the queue (position ${progress.position})\n`);
        return;
      case 'retry':
        io.stderr(`! the browser stopped (${progress.reason}); rendering again on a fresh one\n`);
        return;
      case 'step':
        io.stderr(
          progress.state === 'started'
            ? `… ${LABELS[progress.step]}\n`
            : `✓ ${LABELS[progress.step]} (${progress.ms} ms)\n`,
        );
    }
  };
}
