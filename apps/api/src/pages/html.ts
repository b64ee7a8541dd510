import { SafeHtml } from '@sco/briefs';

/**
 * The pages' markup: the briefs' escaped HTML templates (one escaping rule for everything the project
 * prints). `markup` is their `html` under another name, so that formatters leave the template text as written.
 */
export { escapeHtml, html as markup, jsonForScript, SafeHtml, type HtmlValue } from '@sco/briefs';

/** Markup written by the API itself (never anything a request or the data supplied). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
