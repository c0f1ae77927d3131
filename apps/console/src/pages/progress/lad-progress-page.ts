import {
  addCommitmentUpdate,
  COMMITMENT_STATUSES,
  type CommitmentDetail,
  type CommitmentStatus,
  getCommitment,
  pickText,
  type Source,
} from '@lad/sdk';
import { msg } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import { errorText, loadingText, retryText, statusLabel } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import './lad-indicators-panel.js';

/** What the person typed, kept in the tab until it is sent (a reload loses nothing). */
interface Draft {
  date: string;
  status: CommitmentStatus | '';
  note: string;
  evidence: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const draftKey = (id: string) => `lad-console:progress:${id}`;

/**
 * Evidence as typed, one link a line, the words before the address its title
 * ("Decree 123 https://…"); a line with only an address is titled by it.
 */
export function parseEvidence(text: string): Source[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.search(/https?:\/\/\S+$/);
      const url = at >= 0 ? line.slice(at) : line;
      const title = at > 0 ? line.slice(0, at).trim() : url;
      return { title, url };
    });
}

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; commitment: CommitmentDetail };

/**
 * Record progress on a commitment (R9, R10): a dated update with a status on the five-point
 * scale, a note in the console's language and evidence links. It is added to the commitment's
 * public timeline; the commitment takes the update's status. Below it, the commitment's
 * indicators and their measurements (`lad-indicators-panel`).
 */
@customElement('lad-progress-page')
export class LadProgressPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form {
        display: grid;
        gap: 1rem;
        max-inline-size: 40rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      textarea {
        min-block-size: 6rem;
      }
      .hint {
        color: var(--muted);
        font-size: 0.9rem;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private draft: Draft = { date: today(), status: '', note: '', evidence: '' };
  @state() private sending = false;
  @state() private problem: unknown = null;
  @state() private saved = false;

  private get commitmentId(): string {
    return this.params[0] ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api')) && this.api && this.commitmentId) {
      const kept = sessionStorage.getItem(draftKey(this.commitmentId));
      if (kept) this.draft = { ...this.draft, ...(JSON.parse(kept) as Partial<Draft>) };
      void this.fetch();
    }
  }

  /**
   * Reads the commitment. `quiet`: after an update was added, the page stays as it is (and where
   * the focus is) while the new timeline loads.
   */
  private async fetch({ quiet = false } = {}): Promise<void> {
    if (!quiet) this.load = { kind: 'loading' };
    try {
      const commitment = await getCommitment(this.api.transport, this.commitmentId, { cache: 'no-cache' });
      this.load = { kind: 'ready', commitment };
      if (!this.draft.status) this.draft = { ...this.draft, status: commitment.status };
    } catch (error) {
      if (!quiet) this.load = { kind: 'error', error };
    }
  }

  private edit(field: keyof Draft, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    this.saved = false;
    sessionStorage.setItem(draftKey(this.commitmentId), JSON.stringify(this.draft));
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.draft.status) return;
    this.sending = true;
    this.problem = null;
    const locale = currentLocale();
    try {
      await addCommitmentUpdate(this.api.transport, this.commitmentId, {
        date: this.draft.date,
        status: this.draft.status,
        summary: { original: locale, text: { [locale]: this.draft.note.trim() } },
        evidence: parseEvidence(this.draft.evidence),
      });
      sessionStorage.removeItem(draftKey(this.commitmentId));
      this.draft = { date: today(), status: this.draft.status, note: '', evidence: '' };
      this.saved = true;
      this.sending = false;
      await this.updateComplete;
      // The person hears that it was added, and goes on from there.
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
      await this.fetch({ quiet: true });
    } catch (error) {
      this.problem = error;
    } finally {
      this.sending = false;
    }
  }

  protected override render() {
    const load = this.load;
    if (load.kind === 'loading')
      return html`<h1 tabindex="-1">${msg('Record progress', { id: 'progress.title' })}</h1>
        <p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`<h1 tabindex="-1">${msg('Record progress', { id: 'progress.title' })}</h1>
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    const c = load.commitment;
    const title = pickText(c.title, currentLocale());
    const d = this.draft;
    return html`
      <p><a href="#/commitments/${encodeURIComponent(c.id)}">${msg('Back to the commitment', { id: 'progress.back' })}</a></p>
      <h1 tabindex="-1">${msg('Record progress', { id: 'progress.title' })}</h1>
      <p lang=${title.lang}>${title.text}</p>
      ${
        this.saved
          ? html`<div class="notice" role="status" id="saved" tabindex="-1">
            <p>${msg('The update was added to the public timeline.', { id: 'progress.saved' })}</p>
          </div>`
          : nothing
      }
      ${
        this.problem
          ? html`<div class="notice error" role="alert"><p>${errorText(this.problem)}</p></div>`
          : nothing
      }
      <form @submit=${this.send}>
        <label
          >${msg('Date of the update', { id: 'progress.date' })}
          <input
            type="date"
            required
            .value=${d.date}
            max=${today()}
            @input=${(e: Event) => this.edit('date', (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${msg('Status', { id: 'filter.status' })}
          <select id="status" required @change=${(e: Event) => this.edit('status', (e.target as HTMLSelectElement).value)}>
            ${COMMITMENT_STATUSES.map(
              (s) => html`<option value=${s} ?selected=${s === d.status}>${statusLabel(s)}</option>`,
            )}
          </select></label
        >
        <label
          >${msg('What happened', { id: 'progress.note' })}
          <textarea
            id="note"
            required
            maxlength="20000"
            .value=${d.note}
            @input=${(e: Event) => this.edit('note', (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </label>
        <label
          >${msg('Evidence', { id: 'progress.evidence' })}
          <textarea
            id="evidence"
            aria-describedby="evidence-hint"
            .value=${d.evidence}
            @input=${(e: Event) => this.edit('evidence', (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <span class="hint" id="evidence-hint"
            >${msg('One link a line; words before the address become its title.', { id: 'progress.evidence_hint' })}</span
          >
        </label>
        <p>
          <!-- aria-disabled, not disabled: a disabled button would drop the focus while sending. -->
          <button type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${msg('Add the update', { id: 'progress.send' })}
          </button>
        </p>
      </form>
      <lad-indicators-panel .api=${this.api} .commitment=${c}></lad-indicators-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-progress-page': LadProgressPage;
  }
}
