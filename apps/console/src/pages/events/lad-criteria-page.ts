import {
  type CriteriaHistory,
  type CriteriaVersion,
  getCriteriaHistory,
  getEvent,
  isLadApiError,
  listSelection,
  type Event as Meeting,
  pickText,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import { byCount, errorText, loadingText, number, retryText } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { criterionTerms, instantText, whenText } from './event-words.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  | {
      kind: 'ready';
      event: Meeting;
      history: CriteriaHistory;
      /** Applications by the version they answered (`null`: from before versions were kept); `null` when the role may not see them. */
      answered: Map<number | null, number> | null;
    };

/**
 * Every version of a meeting's selection criteria (`#/events/<id>/criteria`), newest first: its
 * number, when it was published and replaced (in the meeting's time zone), its criteria in the
 * console's language with required or optional, and — for those who may see the applications —
 * how many applications answered it. Linked from the editor and the selection screen.
 */
@customElement('lad-criteria-page')
export class LadCriteriaPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      ol.versions {
        list-style: none;
        padding: 0;
        margin: 0;
        max-inline-size: 60rem;
      }
      ol.versions > li {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin-block-end: 1rem;
      }
      ol.versions > li.current {
        border: 2px solid var(--accent);
      }
      ol.versions h2 {
        margin-block: 0 0.5rem;
      }
      dl.facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin-block: 0 0.75rem;
      }
      dl.facts dt {
        font-weight: 600;
      }
      dl.facts dd {
        margin: 0;
      }
      ol.criteria {
        margin: 0;
        padding-inline-start: 1.5rem;
      }
      ol.criteria li {
        margin-block-end: 0.4rem;
      }
      .small {
        display: block;
        color: var(--muted);
        font-size: 0.9rem;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };

  private controller: AbortController | null = null;

  private get eventId(): string {
    return this.params[0] ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api') || changed.has('acting')) && this.api && this.eventId)
      void this.fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetch(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = this.eventId;
    const t = this.api.transport;
    const opts = { cache: 'no-cache' as const, signal: controller.signal };
    this.load = { kind: 'loading' };
    try {
      const [event, history, list] = await Promise.all([
        getEvent(t, id, opts),
        getCriteriaHistory(t, id, opts),
        // The applications, for how many answered each version: only for a role that may see them.
        listSelection(t, id, {}, { signal: controller.signal }).catch((error: unknown) => {
          if (isLadApiError(error) && (error.status === 403 || error.status === 404)) return null;
          throw error;
        }),
      ]);
      if (this.controller !== controller) return;
      let answered: Map<number | null, number> | null = null;
      if (list) {
        answered = new Map();
        for (const r of list.items)
          answered.set(r.criteriaVersion, (answered.get(r.criteriaVersion) ?? 0) + 1);
      }
      this.load = { kind: 'ready', event, history, answered };
    } catch (error) {
      if (controller.signal.aborted || this.controller !== controller) return;
      this.load =
        isLadApiError(error) && error.status === 404 ? { kind: 'not-found' } : { kind: 'error', error };
    }
  }

  // ——— Rendering ———————————————————————————————————————————————————————————————

  protected override render() {
    const load = this.load;
    const heading = html`<h1 id="criteria-heading" tabindex="-1">${msg('Versions of the selection criteria', { id: 'criteria.title' })}</h1>`;
    const back = html`<p><a href="#/events/${encodeURIComponent(this.eventId)}">${msg('Back to the meeting', { id: 'agenda.back' })}</a></p>`;
    if (load.kind === 'loading') return html`${back}${heading}<p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`${back}${heading}
        <div class="notice error" role="alert"><p>${msg('There is no meeting at this address.', { id: 'events.not_found' })}</p></div>`;
    if (load.kind === 'error')
      return html`${back}${heading}
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button id="retry" @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    const { event, history, answered } = load;
    const title = pickText(event.title, currentLocale());
    const versions = [...history.versions].sort((a, b) => b.version - a.version);
    const unversioned = answered?.get(null) ?? 0;
    const n = number(unversioned);
    return html`
      <p class="actions">
        <a href="#/events/${encodeURIComponent(event.id)}">${msg('Back to the meeting', { id: 'agenda.back' })}</a>
        ${
          answered
            ? html`<a href="#/events/${encodeURIComponent(event.id)}/registrations">${msg('Applications', { id: 'selection.title' })}</a>`
            : nothing
        }
      </p>
      ${heading}
      <p><span lang=${title.lang}>${title.text}</span> — ${whenText(event)}</p>
      <p class="hint">
        ${msg(
          'Once registration has opened, a change to the criteria makes a new version; each application keeps the version it answered. Newest first.',
          { id: 'criteria.intro' },
        )}
        ${msg(str`Times in ${event.timeZone}.`, { id: 'events.times_in' })}
      </p>
      ${
        versions.length === 0
          ? html`<p role="status">${msg('No criteria have been published for this meeting.', { id: 'criteria.none' })}</p>`
          : nothing
      }
      ${
        versions.length === 1
          ? html`<p class="notice" role="status">
            ${msg('The criteria have not changed since they were published.', { id: 'criteria.unchanged' })}
          </p>`
          : nothing
      }
      ${
        unversioned
          ? html`<p>
            ${byCount(
              unversioned,
              () =>
                msg(str`${n} application was sent before versions of the criteria were kept.`, {
                  id: 'criteria.unversioned_one',
                }),
              () =>
                msg(str`${n} applications were sent before versions of the criteria were kept.`, {
                  id: 'criteria.unversioned',
                }),
            )}
          </p>`
          : nothing
      }
      ${
        versions.length
          ? html`<ol class="versions" aria-labelledby="criteria-heading">
            ${versions.map((v) => this.renderVersion(v, event, answered))}
          </ol>`
          : nothing
      }
    `;
  }

  private renderVersion(v: CriteriaVersion, event: Meeting, answered: Map<number | null, number> | null) {
    const locale = currentLocale();
    const zone = event.timeZone;
    const n = number(v.version);
    const heading = `version-${v.version}`;
    const current = v.supersededAt === null;
    return html`<li class=${current ? 'current' : ''} aria-labelledby=${heading}>
      <h2 id=${heading}>
        ${msg(str`Version ${n}`, { id: 'criteria.version', desc: 'A version of a meeting’s selection criteria' })}
      </h2>
      <dl class="facts">
        <dt>${msg('Published', { id: 'criteria.published', desc: 'When a version of the criteria was published' })}</dt>
        <dd><time datetime=${v.publishedAt}>${instantText(v.publishedAt, zone)}</time></dd>
        <dt>${msg('Replaced', { id: 'criteria.replaced', desc: 'When a newer version of the criteria replaced this one' })}</dt>
        <dd>
          ${
            v.supersededAt
              ? html`<time datetime=${v.supersededAt}>${instantText(v.supersededAt, zone)}</time>`
              : html`<strong>${msg('Not replaced: in force', { id: 'criteria.in_force' })}</strong>`
          }
        </dd>
        ${
          answered
            ? html`<dt>${msg('Applications that answered it', { id: 'criteria.answered' })}</dt>
              <dd>${number(answered.get(v.version) ?? 0)}</dd>`
            : nothing
        }
      </dl>
      ${
        v.criteria.length
          ? html`<ol class="criteria" aria-label=${msg(str`Criteria of version ${n}`, { id: 'criteria.list' })}>
            ${v.criteria.map((c) => {
              const text = pickText(c.text, locale);
              return html`<li>
                <span lang=${text.lang}>${text.text}</span>
                ${
                  text.isFallback
                    ? html` <span class="hint">${msg('(not yet in your language)', { id: 'commitments.fallback' })}</span>`
                    : nothing
                }
                <span class="small">${criterionTerms(c)}</span>
              </li>`;
            })}
          </ol>`
          : html`<p>${msg('This version had no criteria.', { id: 'criteria.empty_version' })}</p>`
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-criteria-page': LadCriteriaPage;
  }
}
