import {
  type Commitment,
  type CommitmentDetail,
  formatQuantity,
  getCommitment,
  type Indicator,
  type LadTransport,
  punctuation,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { currentLocale } from '../../internal/locale.js';
import { loadingText, withColon } from '../../internal/messages.js';
import { setStyle } from '../../internal/set-style.js';
import { statusBadge } from '../../internal/status.js';
import { date, number, partialDate, safeHref, localized as text } from '../../internal/text.js';

/** Loads a commitment's timeline, indicators and measurements. */
export const loadDetail = (transport: LadTransport, id: string) => getCommitment(transport, id);

/** Said next to an indicator whose figures were invented for the demonstration. */
const demoTag = (indicator: Indicator) =>
  indicator.demo
    ? html`<span class="demo-tag">${msg('Demonstration data, not real figures', {
        id: 'indicator.demo',
        desc: 'Next to an indicator whose measurements are invented, so the widget can be tried',
      })}</span>`
    : nothing;

function renderIndicator(indicator: Indicator) {
  const name = html`${text(indicator.name)} ${demoTag(indicator)}`;
  if (indicator.kind === 'qualitative') {
    const latest = indicator.measurements.at(-1);
    return html`<li class="indicator">
      <span class="indicator-name">${name}</span>
      ${
        latest
          ? html`<span>${text(latest.note, { compact: true })} <span class="muted">(${date(latest.date)})</span></span>`
          : html`<span class="muted">${msg('No assessment yet', { id: 'indicator.none' })}</span>`
      }
    </li>`;
  }
  const values = indicator.measurements.filter((m) => m.value !== null);
  const latest = values.at(-1);
  // "12 000 timoun": the unit in the reader's language where the SDK knows it.
  const fmt = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatQuantity(v, indicator.unit, currentLocale());
  const share = indicator.progress;
  const percent = share === null ? null : Math.round(share * 100);
  return html`<li class="indicator">
    <span class="indicator-name">${name}</span>
    <span class="progress-row">
      <span
        class="bar"
        role="meter"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent ?? 0}
        aria-label=${msg(str`Progress toward target: ${percent === null ? '—' : number(percent)} %`, { id: 'indicator.progress' })}
        ><span ${setStyle({ 'inline-size': `${percent ?? 0}%` })}></span
      ></span>
      <span>${percent === null ? '—' : `${number(percent)} %`}</span>
    </span>
    <span class="muted"
      >${msg(
        str`Baseline ${fmt(indicator.baseline?.value)} · latest ${fmt(latest?.value)} · target ${fmt(indicator.target?.value)}`,
        {
          id: 'indicator.values',
          desc: 'Values of a numeric indicator',
        },
      )}</span
    >
    ${
      values.length > 1
        ? sparkline(
            values.map((m) => ({ x: m.date, y: m.value as number })),
            fmt,
          )
        : nothing
    }
  </li>`;
}

/**
 * The opened part of a commitment: description, timeline of updates with evidence, how civil
 * society was consulted (R10), indicators with progress and measurements, sources. Loaded on
 * the first opening, so the tracker's first load stays small.
 */
export function renderDetails(
  item: Commitment,
  detail: CommitmentDetail | Error | undefined,
  loading: boolean,
) {
  const full = detail instanceof Error ? undefined : detail;
  const consultationMethods: Record<string, string> = {
    public_consultation: msg('Public consultation', { id: 'consultation.public' }),
    cso_meeting: msg('Meeting with civil society', { id: 'consultation.meeting' }),
    written_comments: msg('Written comments', { id: 'consultation.written' }),
    none: msg('Civil society was not consulted', { id: 'consultation.none' }),
    unknown: msg('Not known whether civil society was consulted', { id: 'consultation.unknown' }),
  };
  return html`<div class="details" part="details" id=${`d-${item.id}`}>
    ${item.description ? html`<p>${text(item.description)}</p>` : nothing}
    ${
      detail instanceof Error
        ? html`<p class="notice error" role="alert">${msg('The details could not be loaded.', { id: 'tracker.details_error' })}</p>`
        : nothing
    }
    ${loading ? html`<p class="muted">${loadingText()}</p>` : nothing}
    ${
      full?.updates?.length
        ? html`<h4>${msg('Timeline', { id: 'tracker.timeline' })}</h4>
          <ol class="timeline">
            ${[...full.updates].reverse().map(
              (u) => html`<li>
                ${
                  u.date
                    ? html`<time datetime=${u.date}>${date(u.date)}</time>`
                    : html`<span class="muted">${msg('Date not given by the source', { id: 'tracker.undated', desc: 'In a commitment’s timeline, for a progress report whose source has no date' })}</span>`
                } ${statusBadge(u.status)}
                <div>${text(u.summary)}</div>
                ${u.evidence.map((e) => {
                  const href = safeHref(e.url);
                  return href
                    ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${e.title}</a> `
                    : html`<span>${e.title}</span>`;
                })}
              </li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      item.consultation
        ? html`<h4>${msg('How civil society was consulted', { id: 'tracker.consultation' })}</h4>
          <p>
            ${consultationMethods[item.consultation.method]}${item.consultation.date ? html` (${date(item.consultation.date)})` : nothing}
            ${item.consultation.notes ? html`<br />${text(item.consultation.notes)}` : nothing}
          </p>`
        : nothing
    }
    ${
      full?.indicators?.length
        ? html`<h4>${msg('Indicators', { id: 'tracker.indicators' })}</h4>
          <ul class="indicators">
            ${full.indicators.map((i) => renderIndicator(i))}
          </ul>`
        : nothing
    }
    ${
      item.sources.length
        ? html`<h4>${msg('Sources', { id: 'tracker.sources' })}</h4>
          <ul class="sources">
            ${item.sources.map((s) => {
              const href = safeHref(s.url);
              const about = [s.publisher, s.publishedOn ? partialDate(s.publishedOn) : '']
                .filter(Boolean)
                .join(', ');
              return html`<li>${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}${about ? html` <span class="muted">— ${about}</span>` : nothing}</li>`;
            })}
          </ul>`
        : nothing
    }
  </div>`;
}

/** A small line chart of measurements, described in words for screen readers. */
function sparkline(points: { x: string; y: number }[], fmt: (v: number) => string) {
  const w = 120;
  const h = 28;
  const ys = points.map((p) => p.y);
  const min = Math.min(...ys);
  const span = Math.max(...ys) - min || 1;
  const path = points
    .map(
      (p, i) =>
        `${i ? 'L' : 'M'}${((i / (points.length - 1)) * w).toFixed(1)},${(h - 2 - ((p.y - min) / span) * (h - 4)).toFixed(1)}`,
    )
    .join(' ');
  const description = points
    .map((p) => `${withColon(date(p.x))} ${fmt(p.y)}`)
    .join(`${punctuation(';', currentLocale())} `);
  return html`<svg class="sparkline" viewBox=${`0 0 ${w} ${h}`} width=${w} height=${h} role="img" aria-label=${msg(str`Measurements: ${description}`, { id: 'indicator.sparkline' })}>
    <path d=${path} fill="none" stroke="currentColor" stroke-width="1.5" />
  </svg>`;
}
