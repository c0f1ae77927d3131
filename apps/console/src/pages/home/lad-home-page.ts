import {
  CORE_LOCALES,
  type Commitment,
  type CommitmentDetail,
  getCommitment,
  type Indicator,
  iterateCommitments,
  pickText,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import {
  commitmentCount,
  countryName,
  dateText,
  errorText,
  languageName,
  loadingText,
  number,
  retryText,
  roleLabel,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { scopeFilter } from '../../internal/session.js';
import { baseStyles } from '../../internal/styles.js';

/** A commitment not updated for this long needs attention. */
export const STALE_DAYS = 180;
/** Items listed per section; the rest are counted. */
const SHOWN = 50;

/**
 * The day a commitment was last updated: its latest timeline update, else (never updated) the
 * day it was announced, else the day it was recorded.
 */
const lastUpdate = (c: Commitment) => c.lastUpdatedOn ?? c.announcedOn ?? c.createdAt.slice(0, 10);

/** The core languages a commitment's title is missing in. */
export const missingTitleLanguages = (c: Commitment) => CORE_LOCALES.filter((l) => !c.title.text[l]?.trim());

/** Whether a commitment's last update is more than {@link STALE_DAYS} before `now`. */
export const isStale = (c: Commitment, now: number) =>
  now - Date.parse(`${lastUpdate(c)}T00:00:00Z`) > STALE_DAYS * 86_400_000;

/** Commitment details read at once for the indicators section: enough to be quick, few enough for the API. */
export const DETAIL_CONCURRENCY = 4;

/** Whether an indicator has a measurement dated in `year` (a calendar year, e.g. 2026). */
export const measuredIn = (indicator: Indicator, year: number) =>
  indicator.measurements.some((m) => m.date.startsWith(`${year}-`));

/** An indicator with no measurement this year, and the commitment it tracks. */
export interface UnmeasuredIndicator {
  indicator: Indicator;
  commitment: CommitmentDetail;
}

/** `work` on each of `items`, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; stale: Commitment[]; untitled: Commitment[]; total: number };

type IndicatorsLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; unmeasured: UnmeasuredIndicator[] };

/**
 * Home: what needs attention in the scope the person acts in — the commitments not updated in
 * 180 days, those whose title is missing in one of the five languages, and the indicators with
 * no measurement dated this calendar year.
 *
 * Indicators come only with a commitment's details (`GET /v1/commitments/{id}`), but the list
 * already read names each commitment's `indicatorIds`: the details are read only for the
 * commitments in scope that have indicators, {@link DETAIL_CONCURRENCY} at a time — for ~100
 * commitments, a few dozen small reads after the list, while the first two sections already
 * show. (The public CSV export holds every indicator of every country: far more than a scope.)
 */
@customElement('lad-home-page')
export class LadHomePage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: 2rem;
      }
      ul {
        padding-inline-start: 1.25rem;
      }
      li {
        margin-block: 0.35rem;
      }
      .meta {
        color: var(--muted);
        font-size: 0.9rem;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private indicators: IndicatorsLoad = { kind: 'loading' };
  /** The commitments in scope that have indicators, from the last list read. */
  private withIndicators: Commitment[] = [];
  private controller: AbortController | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('acting') || changed.has('api')) && this.api) void this.fetchAll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetchAll(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.load = { kind: 'loading' };
    this.indicators = { kind: 'loading' };
    const stale: Commitment[] = [];
    const untitled: Commitment[] = [];
    const withIndicators: Commitment[] = [];
    let total = 0;
    const now = Date.now();
    try {
      const query = { ...scopeFilter(this.acting), limit: 100 };
      for await (const c of iterateCommitments(this.api.transport, query, {
        signal: controller.signal,
        cache: 'no-cache',
      })) {
        total++;
        if (isStale(c, now)) stale.push(c);
        if (missingTitleLanguages(c).length) untitled.push(c);
        if (c.indicatorIds.length) withIndicators.push(c);
      }
      if (this.controller !== controller) return;
      this.load = { kind: 'done', stale, untitled, total };
      this.withIndicators = withIndicators;
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
      return;
    }
    await this.fetchIndicators(controller);
  }

  /** The details of the commitments with indicators, {@link DETAIL_CONCURRENCY} at a time. */
  private async fetchIndicators(controller = this.controller): Promise<void> {
    if (!controller) return;
    this.indicators = { kind: 'loading' };
    const year = new Date().getFullYear();
    try {
      const details = await mapLimited(this.withIndicators, DETAIL_CONCURRENCY, (c) =>
        getCommitment(this.api.transport, c.id, { signal: controller.signal, cache: 'no-cache' }),
      );
      const unmeasured = details.flatMap((commitment) =>
        commitment.indicators
          .filter((indicator) => !measuredIn(indicator, year))
          .map((indicator) => ({ indicator, commitment })),
      );
      if (this.controller === controller) this.indicators = { kind: 'done', unmeasured };
    } catch (error) {
      if (!controller.signal.aborted) this.indicators = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    return html`
      <h1 tabindex="-1">${msg('What needs attention', { id: 'home.title' })}</h1>
      ${
        this.acting
          ? html`<p>${msg(str`Acting as ${roleLabel(this.acting)}.`, { id: 'home.scope' })}</p>`
          : html`<div class="notice" role="status">
            <p>${msg('Your account has no role yet. Ask the secretariat to give you one.', { id: 'home.no_role' })}</p>
          </div>`
      }
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        load.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(load.error)}</p>
            <button @click=${() => void this.fetchAll()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${load.kind === 'done' ? this.renderSections(load) : nothing}
    `;
  }

  private renderSections(load: Extract<Load, { kind: 'done' }>) {
    const days = number(STALE_DAYS);
    const total = commitmentCount(load.total);
    return html`
      <p>${msg(str`${total} in your scope.`, { id: 'home.total', desc: 'e.g. “69 commitments in your scope.”' })}</p>
      <section aria-labelledby="stale">
        <h2 id="stale">
          ${msg(str`Not updated in ${days} days`, { id: 'home.stale' })}
          (${number(load.stale.length)})
        </h2>
        ${this.renderList(
          load.stale,
          (c) =>
            c.lastUpdatedOn
              ? msg(str`last update ${dateText(c.lastUpdatedOn)}`, { id: 'home.last_update' })
              : msg('no update recorded', { id: 'home.never_updated' }),
          msg(str`Every commitment in your scope was updated in the last ${days} days.`, {
            id: 'home.stale_none',
          }),
        )}
      </section>
      <section aria-labelledby="untitled">
        <h2 id="untitled">
          ${msg('Title missing in a language', { id: 'home.untitled' })} (${number(load.untitled.length)})
        </h2>
        ${this.renderList(
          load.untitled,
          (c) => {
            const missing = missingTitleLanguages(c).map(languageName).join(', ');
            return msg(str`missing: ${missing}`, { id: 'home.missing', desc: 'Followed by language names' });
          },
          msg('Every commitment in your scope has its title in the five languages.', {
            id: 'home.untitled_none',
          }),
        )}
      </section>
      ${this.renderIndicators()}
    `;
  }

  private renderIndicators() {
    const load = this.indicators;
    // A year is written without grouping in every language ("2026", never "2,026").
    const year = String(new Date().getFullYear());
    return html`<section aria-labelledby="unmeasured" aria-busy=${load.kind === 'loading' ? 'true' : 'false'}>
      <h2 id="unmeasured">
        ${msg('Indicators with no measurement this year', { id: 'home.unmeasured' })}${
          load.kind === 'done' ? ` (${number(load.unmeasured.length)})` : nothing
        }
      </h2>
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        load.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(load.error)}</p>
            <button @click=${() => void this.fetchIndicators()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${load.kind === 'done' ? this.renderUnmeasured(load.unmeasured, year) : nothing}
    </section>`;
  }

  private renderUnmeasured(items: UnmeasuredIndicator[], year: string) {
    if (!items.length)
      return html`<p>
        ${msg(str`Every indicator in your scope has a measurement dated ${year}.`, { id: 'home.unmeasured_none' })}
      </p>`;
    const locale = currentLocale();
    const more = items.length - SHOWN;
    return html`<ul>
        ${items.slice(0, SHOWN).map(({ indicator, commitment }) => {
          const name = pickText(indicator.name, locale);
          const title = pickText(commitment.title, locale);
          const latest = indicator.measurements.at(-1);
          return html`<li>
            <a href="#/commitments/${encodeURIComponent(commitment.id)}/progress" lang=${name.lang}>${name.text}</a>
            <span class="meta"
              >— <span lang=${title.lang}>${title.text}</span>, ${countryName(commitment.country)};
              ${
                latest
                  ? msg(str`last measurement ${dateText(latest.date)}`, { id: 'home.last_measurement' })
                  : msg('no measurement recorded', { id: 'home.never_measured' })
              }</span
            >
          </li>`;
        })}
      </ul>
      ${
        more > 0
          ? html`<p>${msg(str`and ${number(more)} more.`, { id: 'home.more', desc: 'After a list cut short' })}</p>`
          : nothing
      }`;
  }

  private renderList(items: Commitment[], detail: (c: Commitment) => string, empty: string) {
    if (!items.length) return html`<p>${empty}</p>`;
    const locale = currentLocale();
    const more = items.length - SHOWN;
    return html`<ul>
        ${items.slice(0, SHOWN).map((c) => {
          const title = pickText(c.title, locale);
          return html`<li>
            <a href="#/commitments/${encodeURIComponent(c.id)}" lang=${title.lang}>${title.text}</a>
            <span class="meta">— ${countryName(c.country)}; ${detail(c)}</span>
          </li>`;
        })}
      </ul>
      ${
        more > 0
          ? html`<p>
            ${msg(str`and ${number(more)} more.`, { id: 'home.more', desc: 'After a list cut short' })}
            <a href="#/commitments">${msg('See them all in the list', { id: 'home.see_all' })}</a>
          </p>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-home-page': LadHomePage;
  }
}
