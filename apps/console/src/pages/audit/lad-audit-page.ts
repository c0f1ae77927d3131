import { type AuditEntry, formatDate, metaClient } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import { errorText, loadingText, number, retryText, roleLabel } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

/** Entries asked for at a time. */
const PAGE = 100;

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; entries: AuditEntry[]; next: string | null; more: boolean };

/** A value of the log, short enough for a table cell. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/**
 * The audit log (secretariat): who changed what and when, newest first, with each field's
 * value before and after; filtered by words in the action, the record or the person, and by
 * kind of record. The log never holds personal data, passwords or tokens.
 */
@customElement('lad-audit-page')
export class LadAuditPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: end;
        margin-block-end: 1rem;
      }
      .filters label {
        display: grid;
        gap: 0.25rem;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.4rem 0.5rem;
        border-block-end: 1px solid var(--border, #ccc);
      }
      dl {
        margin: 0;
      }
      .muted {
        color: var(--muted);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.3rem;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private words = '';
  @state() private kind = '';
  private controller: AbortController | null = null;

  private get secretariat(): boolean {
    return this.acting?.role === 'secretariat';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('acting') || changed.has('api')) && this.api && this.secretariat) void this.fetch(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetch(more: boolean): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const before = more && this.load.kind === 'done' ? this.load : null;
    if (!before) this.load = { kind: 'loading' };
    else this.load = { ...before, more: true };
    try {
      const page = await metaClient(this.api.transport).audit.list(
        { limit: PAGE, ...(before?.next ? { cursor: before.next } : {}) },
        { signal: controller.signal, cache: 'no-cache' },
      );
      if (this.controller !== controller) return;
      this.load = {
        kind: 'done',
        entries: [...(before?.entries ?? []), ...page.items],
        next: page.nextCursor,
        more: false,
      };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    return html`
      <h1 tabindex="-1">${msg('Audit log', { id: 'audit.title' })}</h1>
      ${
        !this.secretariat
          ? html`<div class="notice" role="status">
            <p>${msg('Only the technical secretariat sees the audit log.', { id: 'audit.secretariat_only' })}</p>
          </div>`
          : html`
            ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
            ${
              load.kind === 'error'
                ? html`<div class="notice error" role="alert">
                  <p>${errorText(load.error)}</p>
                  <button @click=${() => void this.fetch(false)}>${retryText()}</button>
                </div>`
                : nothing
            }
            ${load.kind === 'done' ? this.renderLog(load) : nothing}
          `
      }
    `;
  }

  private renderLog(load: Extract<Load, { kind: 'done' }>) {
    const kinds = [...new Set(load.entries.map((e) => e.entity.type))].sort();
    const words = this.words.trim().toLowerCase();
    const entries = load.entries.filter(
      (e) =>
        (!this.kind || e.entity.type === this.kind) &&
        (!words ||
          [e.action, e.entity.type, e.entity.id, e.actor.label ?? '', e.actor.scope ?? '']
            .join(' ')
            .toLowerCase()
            .includes(words)),
    );
    return html`
      <div class="filters">
        <label
          >${msg('Search', { id: 'audit.search' })}
          <input
            type="search"
            .value=${this.words}
            @input=${(e: Event) => {
              this.words = (e.target as HTMLInputElement).value;
            }}
        /></label>
        <label
          >${msg('Kind of record', { id: 'audit.kind' })}
          <select
            @change=${(e: Event) => {
              this.kind = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${!this.kind}>${msg('All', { id: 'audit.all' })}</option>
            ${kinds.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${k}</option>`)}
          </select></label
        >
      </div>
      <p role="status">
        ${msg(str`Changes shown: ${number(entries.length)} of ${number(load.entries.length)}`, {
          id: 'audit.count',
          desc: 'A label and two counts, e.g. “Changes shown: 12 of 100”',
        })}
      </p>
      <table>
        <caption class="visually-hidden">${msg('Audit log', { id: 'audit.title' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('When', { id: 'audit.when' })}</th>
            <th scope="col">${msg('Who', { id: 'audit.who' })}</th>
            <th scope="col">${msg('What', { id: 'audit.what' })}</th>
            <th scope="col">${msg('Before and after', { id: 'audit.changes' })}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((e) => this.renderEntry(e))}
        </tbody>
      </table>
      ${
        load.next
          ? html`<p>
            <button ?disabled=${load.more} @click=${() => void this.fetch(true)}>
              ${msg('Show older changes', { id: 'audit.older' })}
            </button>
          </p>`
          : nothing
      }
    `;
  }

  private renderEntry(e: AuditEntry) {
    const locale = currentLocale();
    const when = formatDate(e.at, locale, { dateStyle: 'medium', timeStyle: 'short' });
    const who = e.actor.role ? roleLabel({ role: e.actor.role, scope: e.actor.scope }) : '';
    const record =
      e.entity.type === 'commitment'
        ? html`<a href="#/commitments/${encodeURIComponent(e.entity.id)}">${e.entity.id}</a>`
        : e.entity.id;
    return html`<tr>
      <td><time datetime=${e.at}>${when}</time></td>
      <td>${e.actor.label ?? '—'}${who ? html`<br /><span class="muted">${who}</span>` : nothing}</td>
      <td><code>${e.action}</code><br />${e.entity.type} ${record}</td>
      <td>
        ${
          e.changes && Object.keys(e.changes).length
            ? html`<dl>
              ${Object.entries(e.changes).map(
                ([field, change]) =>
                  html`<dt>${field}</dt>
                    <dd>${shown(change.from)} → ${shown(change.to)}</dd>`,
              )}
            </dl>`
            : '—'
        }
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-audit-page': LadAuditPage;
  }
}
