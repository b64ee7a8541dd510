import type { Lang, Release } from '@sco/core';
import { markup, type SafeHtml } from './html.js';

export interface LandingView {
  readonly lang: Lang;
  /** The latest release, or undefined before the first one. */
  readonly release: Release | undefined;
  readonly widgetsVersion: string;
  /** The coverage and sources tables of the latest release (empty before the first one). */
  readonly coverage: SafeHtml;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function card(href: string, title: string, text: string): SafeHtml {
  return markup`<li class="card"><a href="${href}"><strong>${title}</strong><span>${text}</span></a></li>`;
}

function downloads(release: Release | undefined): SafeHtml {
  if (!release) {
    return markup`<p class="note">
      No release has been published yet: the downloads appear with the first one.
    </p>`;
  }
  const id = encodeURIComponent(release.id);
  return markup`<ul class="cards">
    ${card(
      `/v1/releases/${id}/datapackage.zip`,
      'Data package (zip)',
      `Release ${release.id}: every table as CSV, its Frictionless datapackage.json and SHA256SUMS.`,
    )}
    ${card(`/v1/agreements?format=csv&release=${id}`, 'Agreements as CSV', 'One row per agreement, every field (UTF-8, RFC 4180).')}
    ${card(
      `/v1/agreements?format=xlsx&release=${id}`,
      'Agreements as XLSX',
      'The same rows for spreadsheets, with a sheet that names the release and how to cite it.',
    )}
    ${card(`/v1/cite?release=${id}&format=text`, 'How to cite', 'A citation of this release, with a permalink (also BibTeX, RIS).')}
    ${card(`/v1/releases/${id}`, 'What this release changed', 'Its notes, counts and the records it added or changed.')}
    ${card('/v1/feed.atom', 'Atom feed', 'New releases and the agreements they add.')}
  </ul>`;
}

/** `/`: the Observatory's landing page — headline figures, map, timeline, downloads, the ways in. */
export function landingMain({ lang, release, widgetsVersion, coverage }: LandingView): SafeHtml {
  const releaseLine = release
    ? markup`Figures from release <strong>${release.id}</strong>, published
        ${DAY.format(new Date(release.published_at))}.`
    : markup`No release published yet.`;
  return markup`<section class="hero" aria-labelledby="hero-title">
      <div class="hero-text">
        <p class="eyebrow">China's technical-standards cooperation agreements</p>
        <h1 id="hero-title">Who signs standards agreements with China, and what they commit to</h1>
        <p class="lede">
          Memoranda of understanding, cooperation agreements, joint initiatives and mutual recognition of
          standards, each with its sources. Does this web of agreements pull partners towards international
          standards, or towards a China-centred regime? Every figure is given as a range: verified agreements
          only, then with single-source ones, then all.
        </p>
        <p class="release-line">${releaseLine}</p>
      </div>
      <div class="figures">
        <sco-figure indicator="agreements" lang="${lang}"></sco-figure>
        <sco-figure indicator="partners" lang="${lang}"></sco-figure>
      </div>
    </section>

    <section class="panel" aria-labelledby="map-title">
      <h2 id="map-title">Partners on the map</h2>
      <p class="intro">
        Countries shaded by their agreements; regional and international organisations beside the map. Choose
        a partner (click, or arrow keys and Enter) to see its profile.
      </p>
      <sco-map lang="${lang}"></sco-map>
      <aside class="profile" id="partner-profile" aria-label="Partner profile" aria-live="polite">
        <p class="placeholder">Choose a partner on the map to see its profile here.</p>
      </aside>
    </section>

    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Agreements over time</h2>
      <p class="intro">
        Agreements signed each year and their running total, against the official tallies. Agreements known
        only to the year count in that year; undated ones are shown apart.
      </p>
      <sco-timeline lang="${lang}"></sco-timeline>
      ${coverage}
    </section>

    <section class="panel" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">What kind of agreements, and with whom</h2>
      <div class="two">
        <sco-breakdown by="type" lang="${lang}"></sco-breakdown>
        <sco-breakdown by="region" lang="${lang}"></sco-breakdown>
      </div>
    </section>

    <section class="panel" id="soft-hard" aria-labelledby="soft-hard-title">
      <h2 id="soft-hard-title">
        In which countries did standards agreements follow Chinese investment, and how strong is the association?
      </h2>
      <p class="intro">
        Each partner country in the China Global Investment Tracker (deals of USD 100 million or more since 2005)
        as a point: Chinese investment and construction across, on a log scale, its standards agreements up.
        Spearman's rank correlation says how strongly the two go together, with a bootstrap interval and a
        permutation p-value; the sequence says where the first agreement came after the first large deal. An
        association is not a cause, and the size of the partner economy is not controlled for. Every figure at
        every verification level, with the sequence and the quadrants, is at
        <a href="/v1/indicators/soft-hard">/v1/indicators/soft-hard</a>; the investment rows at
        <a href="/v1/hard-connectivity">/v1/hard-connectivity</a> (CSV and XLSX too).
      </p>
      <sco-scatter lang="${lang}"></sco-scatter>
    </section>

    <section class="panel" id="patchwork" aria-labelledby="patchwork-title">
      <h2 id="patchwork-title">One programme, or a patchwork? Who signs with whom</h2>
      <p class="intro">
        Chinese signatory bodies and their partner bodies, a line per pair and scope, thicker for more agreements.
        Concentration by year, the multilateral share and the counts by body are at
        <a href="/v1/indicators/patchwork">/v1/indicators/patchwork</a>.
      </p>
      <sco-network lang="${lang}" period="2013-2019"></sco-network>
    </section>

    <section class="panel" aria-labelledby="agreements-title">
      <h2 id="agreements-title">Every agreement</h2>
      <p class="intro">Sort, filter and open each agreement's sources.</p>
      <sco-agreements page-size="10" lang="${lang}"></sco-agreements>
    </section>

    <section class="panel" id="data" aria-labelledby="data-title">
      <h2 id="data-title">Data and API</h2>
      ${downloads(release)}
      <ul class="cards">
        ${card('/docs', 'API reference', 'Every /v1 route, with its parameters and answers, to try in the browser.')}
        ${card('/openapi.json', 'OpenAPI document', 'OpenAPI 3.1, for generating clients: the same schemas validate every request.')}
      </ul>
    </section>

    <section class="panel" id="embed" aria-labelledby="embed-title">
      <h2 id="embed-title">Use the figures elsewhere</h2>
      <ul class="cards">
        ${card('/embed', 'Embed builder', 'Choose a widget and its options, see it live, copy one script tag and one element.')}
        ${card('/demo', 'Demo partner page', 'Widgets on a page with its own fonts, styles and a strict Content-Security-Policy.')}
        ${card('/widgets/docs', 'Widget docs', `Every attribute, event, part and custom property of the widgets ${widgetsVersion}.`)}
        ${card('/studio', 'Brief studio', 'PDF policy briefs from the live data, in English, French and Chinese.')}
      </ul>
    </section>`;
}
