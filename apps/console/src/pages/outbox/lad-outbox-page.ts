import {
  formatDate,
  type MessageKind,
  type OutboxMessage,
  type OutboxMessageSummary,
  type OutboxPage,
  type OutboxStatus,
  outboxClient,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import {
  errorText,
  languageName,
  loadingText,
  number,
  retryText,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

/** Messages asked for at a time. */
const PAGE = 50;
const STATUSES: readonly OutboxStatus[] = ['failed', 'pending', 'sending', 'sent'];

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; page: OutboxPage; items: OutboxMessageSummary[]; more: boolean };

type Opened =
  | { kind: 'loading'; id: string }
  | { kind: 'error'; id: string; error: unknown }
  | { kind: 'done'; message: OutboxMessage };

/** What a message tells, in the console's language. */
export function kindLabel(kind: MessageKind): string {
  switch (kind) {
    case 'registration.receipt':
      return msg('Application receipt', { id: 'outbox.kind.registration_receipt', desc: 'Kind of e-mail' });
    case 'registration.decision':
      return msg('Selection decision', { id: 'outbox.kind.registration_decision', desc: 'Kind of e-mail' });
    case 'proposal.receipt':
      return msg('Proposal receipt', { id: 'outbox.kind.proposal_receipt', desc: 'Kind of e-mail' });
    case 'proposal.answer':
      return msg('Answer to a proposal', { id: 'outbox.kind.proposal_answer', desc: 'Kind of e-mail' });
    case 'event.cancelled':
      return msg('Meeting cancelled', { id: 'outbox.kind.event_cancelled', desc: 'Kind of e-mail' });
    case 'event.rescheduled':
      return msg('New date of a meeting', { id: 'outbox.kind.event_rescheduled', desc: 'Kind of e-mail' });
    default:
      return kind;
  }
}

/** Where a message stands, in the console's language. */
export function statusText(status: OutboxStatus): string {
  switch (status) {
    case 'failed':
      return msg('Failed', { id: 'outbox.status.failed', desc: 'E-mail status: its retries ran out' });
    case 'pending':
      return msg('Waiting to be sent', { id: 'outbox.status.pending', desc: 'E-mail status' });
    case 'sending':
      return msg('Being sent', { id: 'outbox.status.sending', desc: 'E-mail status' });
    case 'sent':
      return msg('Sent', { id: 'outbox.status.sent', desc: 'E-mail status: the mail server accepted it' });
  }
}

const when = (instant: string) =>
  formatDate(instant, currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The outbox (secretariat): every e-mail the LAD sends to registrants and proposers — receipts,
 * selection decisions, answers, cancellations — failed ones first, filtered by status. A message
 * opens to be read as it is (or will be) sent, which is how it is read when no mail server is
 * configured; a failed one can be sent again. Opening a message is in the audit log: it shows
 * the address.
 */
@customElement('lad-outbox-page')
export class LadOutboxPage extends ConsolePage {
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
      .muted {
        color: var(--muted);
        font-size: 0.9rem;
      }
      .failed {
        color: var(--danger);
        font-weight: 600;
      }
      td button.link {
        background: none;
        border: none;
        color: var(--accent);
        padding: 0;
        min-block-size: 2.5rem;
        text-align: start;
        text-decoration: underline;
      }
      .reading {
        border: 2px solid var(--line);
        border-radius: 4px;
        padding: 1rem;
        margin-block: 1rem;
      }
      .reading h2 {
        margin-block-start: 0;
      }
      .reading h2:focus {
        outline: none;
      }
      .reading h2:focus-visible {
        outline: 3px solid var(--focus);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font: inherit;
        background: var(--soft);
        padding: 1rem;
        border-radius: 4px;
        margin: 0;
      }
      @media (forced-colors: active) {
        .failed {
          color: CanvasText;
        }
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private status: OutboxStatus | '' = '';
  @state() private opened: Opened | null = null;
  @state() private notice: { kind: 'ok' | 'error'; text: string } | null = null;
  @state() private retrying: string | null = null;
  private controller: AbortController | null = null;
  /** The button that opened the message being read: the focus goes back to it on closing. */
  private opener: HTMLElement | null = null;

  private get secretariat(): boolean {
    return this.acting?.role === 'secretariat';
  }

  private get outbox() {
    return outboxClient(this.api.transport);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      const wanted = this.query.get('status');
      this.status = STATUSES.includes(wanted as OutboxStatus) ? (wanted as OutboxStatus) : '';
    }
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
    if (before) this.load = { ...before, more: true };
    else if (this.load.kind !== 'done') this.load = { kind: 'loading' };
    try {
      const page = await this.outbox.list(
        {
          limit: PAGE,
          ...(this.status ? { status: this.status } : {}),
          ...(before?.page.nextCursor ? { cursor: before.page.nextCursor } : {}),
        },
        { signal: controller.signal },
      );
      if (this.controller !== controller) return;
      this.load = { kind: 'done', page, items: [...(before?.items ?? []), ...page.items], more: false };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  private handleFilter(e: Event): void {
    this.status = (e.target as HTMLSelectElement).value as OutboxStatus | '';
    this.notice = null;
    void this.fetch(false);
  }

  private async handleOpen(id: string, e: Event): Promise<void> {
    this.opener = e.currentTarget as HTMLElement;
    this.opened = { kind: 'loading', id };
    try {
      const message = await this.outbox.get(id);
      if (this.opened?.kind === 'loading' && this.opened.id === id) this.opened = { kind: 'done', message };
    } catch (error) {
      this.opened = { kind: 'error', id, error };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.reading h2')?.focus();
  }

  private async handleClose(): Promise<void> {
    this.opened = null;
    await this.updateComplete;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    else this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private handleKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.opened) {
      e.preventDefault();
      void this.handleClose();
    }
  }

  private async handleRetry(id: string): Promise<void> {
    this.retrying = id;
    this.notice = null;
    try {
      const message = await this.outbox.retry(id);
      if (this.opened?.kind === 'done' && this.opened.message.id === id)
        this.opened = { kind: 'done', message };
      this.notice = {
        kind: 'ok',
        text: msg('The message is back in the queue: it is sent at the next run.', { id: 'outbox.retried' }),
      };
      await this.fetch(false);
    } catch (error) {
      this.notice = { kind: 'error', text: errorText(error) };
    } finally {
      this.retrying = null;
    }
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${msg('Outgoing e-mail', { id: 'outbox.title' })}</h1>
      ${
        !this.secretariat
          ? html`<div class="notice" role="status">
            <p>${msg('Only the technical secretariat sees the outgoing e-mail.', { id: 'outbox.secretariat_only' })}</p>
          </div>`
          : this.renderOutbox()
      }
    `;
  }

  private renderOutbox() {
    const load = this.load;
    return html`
      <p>
        ${msg(
          'Receipts, selection decisions, answers to proposals and changes of meetings, each in the language the person used. When no mail server is configured, messages wait here: open one to read it as it will be sent.',
          { id: 'outbox.intro' },
        )}
      </p>
      <div role="status">
        ${this.notice?.kind === 'ok' ? html`<p class="notice ok">${this.notice.text}</p>` : nothing}
      </div>
      ${this.notice?.kind === 'error' ? html`<p class="notice error" role="alert">${this.notice.text}</p>` : nothing}
      ${this.opened ? this.renderOpened(this.opened) : nothing}
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        load.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(load.error)}</p>
            <button @click=${() => void this.fetch(false)}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${load.kind === 'done' ? this.renderList(load) : nothing}
    `;
  }

  private renderList(load: Extract<Load, { kind: 'done' }>) {
    const counts = load.page.counts;
    const total = counts.failed + counts.pending + counts.sending + counts.sent;
    const option = (value: OutboxStatus | '', label: string, count: number) =>
      html`<option value=${value} ?selected=${this.status === value}>${label} (${number(count)})</option>`;
    return html`
      <div class="filters">
        <div>
          <label for="status">${msg('Delivery', { id: 'outbox.filter', desc: 'Where an e-mail is: waiting, sent, failed' })}</label>
          <select id="status" @change=${this.handleFilter}>
            ${option('', msg('All', { id: 'outbox.all' }), total)}
            ${STATUSES.map((s) => option(s, statusText(s), counts[s]))}
          </select>
        </div>
      </div>
      ${
        counts.failed > 0 && this.status !== 'failed'
          ? html`<p class="failed">
            ${msg(str`Messages that could not be sent: ${number(counts.failed)}`, {
              id: 'outbox.failed_count',
              desc: 'A label and a count, e.g. “Messages that could not be sent: 2”',
            })}
          </p>`
          : nothing
      }
      ${
        load.items.length === 0
          ? html`<p>${msg('No messages.', { id: 'outbox.empty' })}</p>`
          : html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">${msg('Outgoing e-mail', { id: 'outbox.title' })}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Delivery', { id: 'outbox.filter', desc: 'Where an e-mail is: waiting, sent, failed' })}</th>
                  <th scope="col">${msg('Subject', { id: 'outbox.subject' })}</th>
                  <th scope="col">${msg('To', { id: 'outbox.to' })}</th>
                  <th scope="col">${msg('Written', { id: 'outbox.created', desc: 'When the message was put in the outbox' })}</th>
                  <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'outbox.actions' })}</span></th>
                </tr>
              </thead>
              <tbody>
                ${load.items.map((m) => this.renderRow(m))}
              </tbody>
            </table>
          </div>`
      }
      ${
        load.page.nextCursor
          ? html`<p>
            <button class="secondary" ?disabled=${load.more} @click=${() => void this.fetch(true)}>
              ${msg('Show more messages', { id: 'outbox.more' })}
            </button>
          </p>`
          : nothing
      }
    `;
  }

  private renderRow(m: OutboxMessageSummary) {
    return html`<tr data-status=${m.status}>
      <td>
        <span class=${m.status === 'failed' ? 'failed' : ''}>${statusText(m.status)}</span>
        ${
          m.status === 'failed' && m.lastError
            ? html`<br /><span class="muted">${m.lastError}</span>`
            : m.status === 'sent' && m.sentAt
              ? html`<br /><span class="muted"><time datetime=${m.sentAt}>${when(m.sentAt)}</time></span>`
              : nothing
        }
        ${
          m.attempts > 0 && m.status !== 'sent'
            ? html`<br /><span class="muted">${msg(str`Attempts: ${number(m.attempts)}`, { id: 'outbox.attempts' })}</span>`
            : nothing
        }
      </td>
      <td>
        <button class="link" @click=${(e: Event) => void this.handleOpen(m.id, e)}>${m.subject}</button>
        <br /><span class="muted">${kindLabel(m.kind)} · ${languageName(m.locale)}</span>
      </td>
      <td>${m.recipient ?? html`<span class="muted">${msg('erased', { id: 'outbox.erased', desc: 'The address was erased after its retention period' })}</span>`}</td>
      <td><time datetime=${m.createdAt}>${when(m.createdAt)}</time></td>
      <td>
        ${
          m.status === 'failed'
            ? html`<button
              class="secondary"
              ?disabled=${this.retrying === m.id}
              aria-label=${msg(str`Send again: ${m.subject}`, { id: 'outbox.retry_named' })}
              @click=${() => void this.handleRetry(m.id)}
            >
              ${msg('Send again', { id: 'outbox.retry' })}
            </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private renderOpened(opened: Opened) {
    const close = html`<button class="secondary" @click=${() => void this.handleClose()}>
      ${msg('Close', { id: 'outbox.close' })}
    </button>`;
    if (opened.kind === 'loading')
      return html`<section class="reading" @keydown=${this.handleKeydown}><h2 tabindex="-1">${loadingText()}</h2></section>`;
    if (opened.kind === 'error')
      return html`<section class="reading" role="alert" @keydown=${this.handleKeydown}>
        <h2 tabindex="-1">${errorText(opened.error)}</h2>
        <div class="actions">${close}</div>
      </section>`;
    const m = opened.message;
    return html`<section class="reading" aria-labelledby="reading-title" @keydown=${this.handleKeydown}>
      <h2 id="reading-title" tabindex="-1" lang=${m.locale}>${m.subject}</h2>
      <dl>
        <dt>${withColon(msg('To', { id: 'outbox.to' }))}</dt>
        <dd>${m.to ?? msg('erased', { id: 'outbox.erased', desc: 'The address was erased after its retention period' })}</dd>
        <dt>${withColon(msg('What', { id: 'outbox.kind' }))}</dt>
        <dd>${kindLabel(m.kind)}</dd>
        <dt>${withColon(msg('Language', { id: 'outbox.language' }))}</dt>
        <dd>${languageName(m.locale)}</dd>
        <dt>${withColon(msg('Delivery', { id: 'outbox.filter', desc: 'Where an e-mail is: waiting, sent, failed' }))}</dt>
        <dd>${statusText(m.status)}${m.lastError ? html` — ${m.lastError}` : nothing}</dd>
      </dl>
      <pre lang=${m.locale}>${m.text}</pre>
      <div class="actions">
        ${
          m.status === 'failed'
            ? html`<button ?disabled=${this.retrying === m.id} @click=${() => void this.handleRetry(m.id)}>
              ${msg('Send again', { id: 'outbox.retry' })}
            </button>`
            : nothing
        }
        ${close}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-outbox-page': LadOutboxPage;
  }
}
