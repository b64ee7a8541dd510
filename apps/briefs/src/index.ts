// markup: escaped HTML templates (the API's pages use them too)
export { html, SafeHtml, escapeHtml, jsonForScript, type HtmlValue } from './templates/html.js';

// requests
export {
  briefRequestSchema,
  BRIEF_TEMPLATES,
  BRIEF_LENGTHS,
  PAPERS,
  describeQuery,
  subjectOf,
  type BriefRequest,
  type BriefRequestInput,
  type BriefTemplate,
  type Paper,
  type BriefLength,
} from './request/brief-request.js';
export { parseBriefRequest, InvalidBriefRequestError } from './request/parse-brief-request.js';
export { briefPermalink, BRIEF_PERMALINK_PATH } from './request/brief-permalink.js';

// data
export {
  loadBriefData,
  briefData,
  type BriefData,
  type EarlierRelease,
  type LoadOptions,
  type ReleaseRef,
} from './data/brief-data.js';
export { BriefDataCache } from './data/brief-data-cache.js';
export { keepCountedFigures } from './data/counted-figures.js';
export { ReleaseNotFoundError } from './data/release-not-found-error.js';
export { briefSubjects, type BriefSubjects } from './data/brief-subjects.js';
export { indicatorValuesBody, type IndicatorQuery } from './data/indicator-body.js';
export { tallyListBody } from './data/tally-body.js';
export { partnerListBody, partnerProfileBody } from './data/partner-body.js';
export type * from './data/body-types.js';

// pages
export { buildBriefPage, type BriefPage, type BuildOptions } from './templates/build-brief.js';
export type { BriefMetadata } from './templates/metadata.js';
export { UnknownSubjectError } from './templates/unknown-subject-error.js';
export { ReleaseMismatchError } from './templates/release-mismatch-error.js';

// rendering
export {
  createBriefRenderer,
  type BriefRenderer,
  type BriefRendererOptions,
  type BriefPreview,
  type RenderOptions,
  type RenderedBrief,
  type RendererStats,
} from './renderer/create-brief-renderer.js';
export { BRIEF_ORIGIN, type BriefSite, type SiteResponse } from './renderer/brief-site.js';
export {
  BRIEF_STEPS,
  DEFAULT_STEP_TIMEOUTS,
  type BriefStep,
  type BriefProgress,
  type ProgressListener,
  type StepTimeouts,
  type StepTimings,
} from './renderer/steps.js';
export type { BriefLogger } from './renderer/logger.js';
export { QueueFullError } from './renderer/queue-full-error.js';
export { StepTimeoutError } from './renderer/step-timeout-error.js';
export { BrowserLaunchError } from './renderer/browser-launch-error.js';
export { BriefPageError } from './renderer/brief-page-error.js';
export { RendererClosedError } from './renderer/renderer-closed-error.js';
export { chromiumExecutable } from './renderer/chromium-executable.js';
export { CHROMIUM_FLAGS } from './renderer/browser-host.js';

// PDF
export { PdfReader, type OutlineEntry } from './pdf/pdf-reader.js';
export { PdfSyntaxError } from './pdf/pdf-syntax.js';
