import { publisherLabel, sourceKinds, type Lang, type SourceItem } from '@sco/core';
import { formatPartialDate } from '../i18n/format-date.js';
import type { Messages } from '../i18n/messages.js';
import { html, join, safeLinkUrl, type SafeHtml } from './html.js';
import { breakableUrl, cjkEnd, quoteOf } from './source-display.js';

interface Note {
  readonly number: number;
  readonly source: SourceItem;
}

/**
 * The endnotes of a brief: each source gets a number the first time it is cited, and the notes section
 * lists every source cited, with its address and the date it was checked.
 */
export class NoteRegistry {
  private readonly notes = new Map<string, Note>();

  /** The note numbers of some sources, numbering the new ones. */
  cite(sources: readonly SourceItem[]): number[] {
    return sources.map((source) => {
      const known = this.notes.get(source.id);
      if (known) return known.number;
      const note = { number: this.notes.size + 1, source };
      this.notes.set(source.id, note);
      return note.number;
    });
  }

  /** Superscript references to the notes of some sources (nothing when there are none). */
  refs(sources: readonly SourceItem[]): SafeHtml {
    const numbers = [...new Set(this.cite(sources))].sort((a, b) => a - b);
    if (numbers.length === 0) return html``;
    return html`<sup class="note-ref"
      >${join(
        numbers.map((n) => html`<a href="#note-${n}">${n}</a>`),
        ',',
      )}</sup
    >`;
  }

  get size(): number {
    return this.notes.size;
  }

  /** The list of notes, in the order of their numbers. */
  list(lang: Lang, m: Messages): SafeHtml {
    const items = [...this.notes.values()].map(({ number, source }) => {
      const url = safeLinkUrl(source.url);
      const accessed = formatPartialDate(source.accessed, lang) ?? source.accessed;
      const quote = source.quote ? quoteOf(source.quote, source.quote_basis, lang) : null;
      // Breaks only between the address's pieces: never after a hyphen, never inside "http".
      const shown = breakableUrl(source.url);
      // The kind after a middle dot, not in parentheses: its labels carry their own ("Official (partner)").
      return html`<li id="note-${number}" value="${number}">
        <span class="publisher">${publisherLabel(source.publisher, lang)}</span>
        <span class="kind">· ${sourceKinds.labels[source.kind][lang]}</span>${
          quote === null
            ? ''
            : quote.kind === 'quote'
              ? html` <q class="quote${cjkEnd(quote.text)}" dir="auto">${quote.text}</q>`
              : html` <span class="summary">${quote.label} <bdi>${quote.text}</bdi></span>`
        }
        <span class="url">${url ? html`<a href="${url}">${shown}</a>` : shown}</span>
        <span class="accessed">${m.text.accessed(accessed)}</span>
      </li>`;
    });
    return html`<ol class="notes">
      ${items}
    </ol>`;
  }
}
