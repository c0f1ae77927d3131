import {
  listCommitments,
  listCountries,
  listMechanisms,
  pickText,
  type RegionalMechanism,
  updateMechanism,
} from '@lad/sdk';
import { msg } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hashOf } from '../../app/routes.js';
import { currentLocale } from '../../internal/locale.js';
import {
  commitmentCount,
  countryName,
  errorText,
  loadingText,
  retryText,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { backToBodies } from './bodies-text.js';
import { keepOrder } from './members-page.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  | { kind: 'ready'; mechanism: RegionalMechanism; countries: string[]; shared: number | null };

interface Form {
  known: boolean;
  members: string[];
  asOf: string;
  note: string;
}

const formOf = (m: RegionalMechanism): Form => ({
  known: m.members !== null,
  members: m.members ?? [],
  asOf: m.membersAsOf ?? '',
  note: m.note ?? '',
});

/**
 * A regional mechanism (R12): its member countries (or that no reliable public list exists),
 * the date the list describes and a note, changed by the secretariat; and how many commitments
 * it shares, linked to the commitments list.
 */
@customElement('lad-mechanism-page')
export class LadMechanismPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem;
        margin: 0 0 1rem;
        min-inline-size: 0;
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25rem;
      }
      .countries {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0.25rem 1rem;
      }
      .check {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-weight: 400;
        margin-block: 0.25rem;
      }
      .check input {
        min-block-size: auto;
        inline-size: 1.1rem;
        block-size: 1.1rem;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private form: Form | null = null;
  @state() private saving = false;
  @state() private message: { kind: 'ok' | 'error'; text: string } | null = null;

  private get mechanismId(): string {
    return this.params[0] ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api')) && this.api) void this.fetch();
  }

  private async fetch(): Promise<void> {
    this.load = { kind: 'loading' };
    try {
      const t = this.api.transport;
      const opts = { cache: 'no-cache' as const };
      const [mechanisms, countries] = await Promise.all([listMechanisms(t, opts), listCountries(t, opts)]);
      const mechanism = mechanisms.find((m) => m.id === this.mechanismId);
      if (!mechanism) {
        this.load = { kind: 'not-found' };
        return;
      }
      let shared: number | null = null;
      try {
        shared = (await listCommitments(t, { mechanism: mechanism.id, limit: 1 }, opts)).total ?? null;
      } catch {
        shared = null;
      }
      const locale = currentLocale();
      const codes = [...new Set([...countries.map((c) => c.code), ...(mechanism.members ?? [])])].sort(
        (a, b) => countryName(a).localeCompare(countryName(b), locale),
      );
      this.form = formOf(mechanism);
      this.load = { kind: 'ready', mechanism, countries: codes, shared };
    } catch (error) {
      this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    const back = html`<p><a href="#/bodies">${backToBodies()}</a></p>`;
    const title = msg('Regional mechanism', { id: 'bodies.mechanism' });
    if (load.kind === 'loading')
      return html`${back}<h1 tabindex="-1">${title}</h1><p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`${back}<h1 tabindex="-1">${title}</h1>
        <div class="notice error" role="alert">
          <p>${msg('There is no regional mechanism at this address.', { id: 'bodies.mechanism_not_found' })}</p>
        </div>`;
    if (load.kind === 'error')
      return html`${back}<h1 tabindex="-1">${title}</h1>
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    const m = load.mechanism;
    const name = pickText(m.name, currentLocale());
    const form = this.form as Form;
    const editable = this.acting?.role === 'secretariat';
    return html`${back}
      <h1 tabindex="-1" lang=${name.lang}>${name.text}${m.acronym ? ` (${m.acronym})` : ''}</h1>
      <p>
        <strong>${withColon(msg('Commitments shared', { id: 'bodies.col.shared' }))}</strong>
        ${
          load.shared === null
            ? msg('not counted', { id: 'bodies.count_failed' })
            : html`<a href=${hashOf('/commitments', { mechanism: m.id })}>${commitmentCount(load.shared)}</a>`
        }
      </p>
      <p class="hint">
        ${msg('A commitment is shared with a mechanism on the commitment itself (its regional mechanisms).', {
          id: 'bodies.mechanisms_help',
        })}
      </p>
      ${
        editable
          ? nothing
          : html`<div class="notice" role="note">
              <p>${msg('Only the secretariat changes a mechanism’s members.', { id: 'bodies.mechanism_read_only' })}</p>
            </div>`
      }
      <div role="alert">
        ${this.message?.kind === 'error' ? html`<div class="notice error"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <div role="status">
        ${this.message?.kind === 'ok' ? html`<div class="notice ok"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <form @submit=${this.save} @change=${this.edited} @input=${this.edited} novalidate>
        <fieldset ?disabled=${!editable}>
          <legend>${msg('Member countries', { id: 'bodies.member_countries' })}</legend>
          <label class="check">
            <input type="checkbox" name="unknown" .checked=${!form.known} />
            ${msg('No reliable public list', { id: 'bodies.no_reliable_list' })}
          </label>
          ${
            form.known
              ? html`<div class="countries">
                  ${load.countries.map(
                    (c) => html`<label class="check">
                      <input type="checkbox" name="member" value=${c} .checked=${form.members.includes(c)} />
                      ${countryName(c)}
                    </label>`,
                  )}
                </div>`
              : nothing
          }
        </fieldset>
        <div class="field">
          <label for="as-of">${msg('The list is as of', { id: 'bodies.as_of' })}</label>
          <input id="as-of" name="asOf" type="date" .value=${form.asOf} ?disabled=${!editable} aria-describedby="as-of-hint" />
          <p class="hint" id="as-of-hint">${msg('Leave it empty when the list is current.', { id: 'bodies.as_of_hint' })}</p>
        </div>
        <div class="field">
          <label for="note">${msg('Note (in English)', { id: 'bodies.note' })}</label>
          <textarea id="note" name="note" rows="3" maxlength="1000" lang="en" .value=${form.note} ?disabled=${!editable}></textarea>
        </div>
        ${
          editable
            ? html`<div class="actions">
                <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>${msg('Save', { id: 'bodies.form.save' })}</button>
              </div>`
            : nothing
        }
      </form>`;
  }

  private edited(): void {
    const root = this.renderRoot;
    const unknown = root.querySelector<HTMLInputElement>('[name="unknown"]')?.checked ?? false;
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[name="member"]')];
    this.form = {
      known: !unknown,
      // The boxes are gone while "no reliable list" is ticked: the ticked countries stay in the form.
      members: boxes.length
        ? keepOrder(
            this.form?.members ?? [],
            boxes.filter((b) => b.checked).map((b) => b.value),
          )
        : (this.form?.members ?? []),
      asOf: root.querySelector<HTMLInputElement>('[name="asOf"]')?.value ?? '',
      note: root.querySelector<HTMLTextAreaElement>('[name="note"]')?.value ?? '',
    };
    this.message = null;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving || this.load.kind !== 'ready' || !this.form) return;
    this.saving = true;
    try {
      const saved = await updateMechanism(this.api.transport, this.mechanismId, {
        members: this.form.known ? this.form.members : null,
        membersAsOf: this.form.asOf || null,
        note: this.form.note.trim() || null,
      });
      this.load = { ...this.load, mechanism: saved };
      this.form = formOf(saved);
      this.message = {
        kind: 'ok',
        text: msg('Saved. The public directory shows the new members.', { id: 'bodies.mechanism_saved' }),
      };
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    } finally {
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-mechanism-page': LadMechanismPage;
  }
}
