import { formatInstant, type Lang, type Release } from '@sco/core';
import { markup, type SafeHtml } from './html.js';
import { landingTextsFor, type CardText, type LandingTexts } from './texts/landing-texts.js';

export interface LandingView {
  readonly lang: Lang;
  /** The latest release, or undefined before the first one. */
  readonly release: Release | undefined;
  readonly widgetsVersion: string;
  /** The coverage and sources tables of the latest release (empty before the first one). */
  readonly coverage: SafeHtml;
}

function card(href: string, { title, text }: CardText): SafeHtml {
  return markup`<li class="card"><a href="${href}"><strong>${title}</strong><span>${text}</span></a></li>`;
}

function downloads(t: LandingTexts, release: Release | undefined): SafeHtml {
  if (!release) return markup`<p class="note">${t.noDownloads}</p>`;
  const id = encodeURIComponent(release.id);
  return markup`<ul class="cards">
    ${card(`/v1/releases/${id}/datapackage.zip`, t.cards.datapackage(release.id))}
    ${card(`/v1/agreements?format=csv&release=${id}`, t.cards.csv)}
    ${card(`/v1/agreements?format=xlsx&release=${id}`, t.cards.xlsx)}
    ${card(`/v1/cite?release=${id}&format=text`, t.cards.cite)}
    ${card(`/v1/releases/${id}`, t.cards.releaseChanges)}
    ${card('/v1/feed.atom', t.cards.feed)}
  </ul>`;
}

const link = (href: string) => markup`<a href="${href}">${href}</a>`;

/**
 * `/`: the Observatory's landing page — headline figures, map, timeline, downloads, the ways in — in its
 * language, the widgets' included; the release's day through core's formatter.
 */
export function landingMain({ lang, release, widgetsVersion, coverage }: LandingView): SafeHtml {
  const t = landingTextsFor(lang);
  const releaseLine = release
    ? t.releaseLine(markup`${release.id}`, formatInstant(release.published_at, lang))
    : t.noRelease;
  const demo = lang === 'en' ? '/demo' : `/demo?lang=${lang}`;
  return markup`<section class="hero" aria-labelledby="hero-title">
      <div class="hero-text">
        <p class="eyebrow">${t.eyebrow}</p>
        <h1 id="hero-title">${t.heading}</h1>
        <p class="lede">${t.lede}</p>
        <p class="release-line">${releaseLine}</p>
      </div>
      <div class="figures">
        <sco-figure indicator="agreements" lang="${lang}"></sco-figure>
        <sco-figure indicator="partners" lang="${lang}"></sco-figure>
      </div>
    </section>

    <section class="panel" aria-labelledby="map-title">
      <h2 id="map-title">${t.map.title}</h2>
      <p class="intro">${t.map.intro}</p>
      <sco-map lang="${lang}"></sco-map>
      <aside class="profile" id="partner-profile" aria-label="${t.map.profile}" aria-live="polite">
        <p class="placeholder">${t.map.placeholder}</p>
      </aside>
    </section>

    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">${t.timeline.title}</h2>
      <p class="intro">${t.timeline.intro}</p>
      <sco-timeline lang="${lang}"></sco-timeline>
      ${coverage}
    </section>

    <section class="panel" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">${t.breakdownTitle}</h2>
      <div class="two">
        <sco-breakdown by="type" lang="${lang}"></sco-breakdown>
        <sco-breakdown by="region" lang="${lang}"></sco-breakdown>
      </div>
    </section>

    <section class="panel" id="soft-hard" aria-labelledby="soft-hard-title">
      <h2 id="soft-hard-title">${t.softHard.title}</h2>
      <p class="intro">${t.softHard.intro(link('/v1/indicators/soft-hard'), link('/v1/hard-connectivity'))}</p>
      <sco-scatter lang="${lang}"></sco-scatter>
    </section>

    <section class="panel" id="patchwork" aria-labelledby="patchwork-title">
      <h2 id="patchwork-title">${t.patchwork.title}</h2>
      <p class="intro">${t.patchwork.intro(link('/v1/indicators/patchwork'))}</p>
      <sco-network lang="${lang}" period="2013-2019"></sco-network>
    </section>

    <section class="panel" aria-labelledby="agreements-title">
      <h2 id="agreements-title">${t.agreements.title}</h2>
      <p class="intro">${t.agreements.intro}</p>
      <sco-agreements page-size="10" lang="${lang}"></sco-agreements>
    </section>

    <section class="panel" id="data" aria-labelledby="data-title">
      <h2 id="data-title">${t.dataTitle}</h2>
      ${downloads(t, release)}
      <ul class="cards">
        ${card('/docs', t.cards.apiDocs)}
        ${card('/openapi.json', t.cards.openapi)}
      </ul>
    </section>

    <section class="panel" id="embed" aria-labelledby="embed-title">
      <h2 id="embed-title">${t.embedTitle}</h2>
      <ul class="cards">
        ${card('/embed', t.cards.embed)}
        ${card(demo, t.cards.demo)}
        ${card('/widgets/docs', t.cards.widgetDocs(widgetsVersion))}
        ${card('/studio', t.cards.studio)}
      </ul>
    </section>`;
}
