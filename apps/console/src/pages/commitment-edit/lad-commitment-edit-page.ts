import {
  CORE_LOCALES,
  type CommitmentDetail,
  type CommitmentPatch,
  type CoreLocale,
  currentCommitmentOf,
  getCommitmentWithVersion,
  isLadApiError,
  LIMITS,
  type LocalizedText,
  pickText,
  updateCommitmentWithVersion,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { clearDraft, readDraft, writeDraft } from '../../internal/drafts.js';
import { currentLocale } from '../../internal/locale.js';
import {
  actionPackageName,
  countryName,
  errorText,
  languageName,
  loadingText,
  pillarLabel,
  retryText,
  statusLabel,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

type Texts = Record<CoreLocale, string>;
type Flags = Record<CoreLocale, boolean>;

/** The editable texts of a commitment, as the form holds them. */
export interface TextsForm {
  title: Texts;
  titleMachine: Flags;
  description: Texts;
  descriptionMachine: Flags;
}

/** What sessionStorage keeps for a commitment: the form, and the version it was started from. */
interface Draft {
  base: string;
  form: TextsForm;
}

const each = <T>(value: (l: CoreLocale) => T) =>
  Object.fromEntries(CORE_LOCALES.map((l) => [l, value(l)])) as Record<CoreLocale, T>;

/** The form's values for a commitment as stored. */
export function formOf(c: Pick<CommitmentDetail, 'title' | 'description'>): TextsForm {
  return {
    title: each((l) => c.title.text[l] ?? ''),
    titleMachine: each((l) => c.title.provenance?.[l] === 'machine'),
    description: each((l) => c.description?.text[l] ?? ''),
    descriptionMachine: each((l) => c.description?.provenance?.[l] === 'machine'),
  };
}

const sameForm = (a: TextsForm, b: TextsForm) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A localized text from the form: the languages with a text, those marked machine-translated,
 * and its original language (kept; or, for a text that had none, the first language written).
 */
function localized(texts: Texts, machine: Flags, original: string | undefined): LocalizedText | null {
  const written = CORE_LOCALES.filter((l) => texts[l].trim());
  if (!written.length) return null;
  const origin = original && written.includes(original as CoreLocale) ? original : (written[0] as CoreLocale);
  const provenance: Record<string, 'machine'> = {};
  for (const l of written) if (machine[l] && l !== origin) provenance[l] = 'machine';
  return {
    original: origin,
    text: Object.fromEntries(written.map((l) => [l, texts[l].trim()])),
    ...(Object.keys(provenance).length ? { provenance } : {}),
  };
}

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  /** `etag`: the version shown, sent back as `If-Match` so a save never overwrites one it did not see. */
  | { kind: 'ready'; commitment: CommitmentDetail; etag: string | null };

/**
 * A commitment's title and description in the five languages side by side, each with whether it
 * is a machine translation; country, pillar and status shown. What is typed is kept as a draft
 * until it is saved; a save that crosses someone else's shows both versions.
 */
@customElement('lad-commitment-edit-page')
export class LadCommitmentEditPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      dl.facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      dl.facts dt {
        font-weight: 600;
      }
      dl.facts dd {
        margin: 0;
      }
      .languages {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 1rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem;
        margin: 0;
        min-inline-size: 0;
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25rem;
      }
      .check {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-weight: 400;
        margin-block: 0.25rem 0.75rem;
      }
      .check input {
        min-block-size: auto;
        inline-size: 1.1rem;
        block-size: 1.1rem;
      }
      .original {
        font-weight: 400;
        color: var(--muted);
      }
      table.conflict td,
      table.conflict th {
        white-space: pre-wrap;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private form: TextsForm | null = null;
  @state() private restored = false;
  @state() private saving = false;
  @state() private message: { kind: 'ok' | 'error'; text: string } | null = null;
  @state() private fieldErrors: Record<string, string> = {};
  /** Someone else's save, when ours crossed it (412). */
  @state() private conflict: CommitmentDetail | null = null;

  private get commitmentId(): string {
    return this.params[0] ?? '';
  }

  private get draftKey(): string {
    return `commitment:${this.commitmentId}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api')) && this.api) void this.fetchCommitment();
  }

  private async fetchCommitment(): Promise<void> {
    this.load = { kind: 'loading' };
    try {
      const { commitment, etag } = await this.read();
      const draft = readDraft<Draft>(this.draftKey);
      const stored = formOf(commitment);
      this.restored = !!draft && !sameForm(draft.form, stored);
      this.form = this.restored && draft ? draft.form : stored;
      if (!this.restored) clearDraft(this.draftKey);
      this.load = { kind: 'ready', commitment, etag };
    } catch (error) {
      this.load =
        isLadApiError(error) && error.status === 404 ? { kind: 'not-found' } : { kind: 'error', error };
    }
  }

  /** The commitment as the API has it now (never the browser's cached copy), with its version. */
  private read() {
    return getCommitmentWithVersion(this.api.transport, this.commitmentId);
  }

  protected override render() {
    const load = this.load;
    if (load.kind === 'loading')
      return html`<h1 tabindex="-1">${msg('Edit commitment', { id: 'edit.title' })}</h1>
        <p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`<h1 tabindex="-1">${msg('Edit commitment', { id: 'edit.title' })}</h1>
        <div class="notice error" role="alert">
          <p>${msg('There is no commitment at this address.', { id: 'edit.not_found' })}</p>
        </div>
        <p><a href="#/commitments">${msg('Back to the commitments', { id: 'edit.back' })}</a></p>`;
    if (load.kind === 'error')
      return html`<h1 tabindex="-1">${msg('Edit commitment', { id: 'edit.title' })}</h1>
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetchCommitment()}>${retryText()}</button>
        </div>`;
    const c = load.commitment;
    const title = pickText(c.title, currentLocale());
    const form = this.form as TextsForm;
    return html`
      <p><a href="#/commitments">${msg('Back to the commitments', { id: 'edit.back' })}</a></p>
      <h1 tabindex="-1" lang=${title.lang}>${title.text}</h1>
      <p>
        <a href="#/commitments/${encodeURIComponent(c.id)}/progress"
          >${msg('Record progress', { id: 'progress.title' })}</a
        >
      </p>
      <dl class="facts">
        <dt>${withColon(msg('Country', { id: 'filter.country' }))}</dt>
        <dd>${countryName(c.country)}</dd>
        <dt>${withColon(msg('Pillar', { id: 'filter.pillar' }))}</dt>
        <dd>${c.pillar ? pillarLabel(c.pillar) : msg('none given', { id: 'edit.no_pillar' })}</dd>
        <dt>${withColon(msg('Status', { id: 'filter.status' }))}</dt>
        <dd>${statusLabel(c.status)}</dd>
        ${
          c.actionPackages.length
            ? html`<dt>${withColon(msg('Action package', { id: 'filter.action_package' }))}</dt>
              <dd>${c.actionPackages.map(actionPackageName).join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${
        this.restored
          ? html`<div class="notice" role="status">
            <p>${msg('Your unsaved changes to this commitment were kept and are shown below.', { id: 'edit.restored' })}</p>
            <button class="secondary" @click=${this.discard}>
              ${msg('Discard my changes', { id: 'edit.discard' })}
            </button>
          </div>`
          : nothing
      }
      ${this.conflict ? this.renderConflict(this.conflict, form) : nothing}
      <div role="alert">
        ${this.message?.kind === 'error' ? html`<div class="notice error"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <div role="status">
        ${this.message?.kind === 'ok' ? html`<div class="notice ok"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <form @submit=${this.save} @input=${this.edited} novalidate>
        <h2>${msg('Title and description in the five languages', { id: 'edit.texts' })}</h2>
        <div class="languages">${CORE_LOCALES.map((l) => this.renderLanguage(l, form, c))}</div>
        <div class="actions">
          <!-- aria-disabled, not disabled, while saving: a disabled button would drop the focus. -->
          <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>${msg('Save', { id: 'edit.save' })}</button>
        </div>
      </form>
    `;
  }

  private renderLanguage(l: CoreLocale, form: TextsForm, c: CommitmentDetail) {
    const language = languageName(l);
    const isOriginal = c.title.original === l;
    const error = (key: string) =>
      this.fieldErrors[key]
        ? html`<p class="field-error" id="${key}-error">${this.fieldErrors[key]}</p>`
        : nothing;
    const invalid = (key: string) => (this.fieldErrors[key] ? 'true' : 'false');
    const described = (key: string) => (this.fieldErrors[key] ? `${key}-error` : nothing);
    return html`<fieldset>
      <legend>
        ${language}
        ${isOriginal ? html`<span class="original">${msg('(original)', { id: 'edit.original' })}</span>` : nothing}
      </legend>
      <label for="title-${l}">${msg(str`Title in ${language}`, { id: 'edit.title_in' })}</label>
      <textarea
        id="title-${l}"
        name="title-${l}"
        lang=${l}
        rows="3"
        maxlength=${LIMITS.title}
        .value=${form.title[l]}
        aria-invalid=${invalid(`title-${l}`)}
        aria-describedby=${described(`title-${l}`)}
      ></textarea>
      ${error(`title-${l}`)}
      <label class="check">
        <input
          type="checkbox"
          name="title-machine-${l}"
          .checked=${form.titleMachine[l] && !isOriginal}
          ?disabled=${isOriginal}
        />
        ${msg('Machine translation', { id: 'edit.machine' })}
      </label>
      <label for="description-${l}">${msg(str`Description in ${language}`, { id: 'edit.description_in' })}</label>
      <textarea
        id="description-${l}"
        name="description-${l}"
        lang=${l}
        rows="8"
        maxlength=${LIMITS.body}
        .value=${form.description[l]}
        aria-invalid=${invalid(`description-${l}`)}
        aria-describedby=${described(`description-${l}`)}
      ></textarea>
      ${error(`description-${l}`)}
      <label class="check">
        <input
          type="checkbox"
          name="description-machine-${l}"
          .checked=${form.descriptionMachine[l] && c.description?.original !== l}
          ?disabled=${c.description?.original === l}
        />
        ${msg('Machine translation', { id: 'edit.machine' })}
      </label>
    </fieldset>`;
  }

  private renderConflict(theirs: CommitmentDetail, mine: TextsForm) {
    const their = formOf(theirs);
    const rows = CORE_LOCALES.flatMap((l) => {
      const language = languageName(l);
      return [
        {
          label: msg(str`Title in ${language}`, { id: 'edit.title_in' }),
          l,
          a: their.title[l],
          b: mine.title[l],
        },
        {
          label: msg(str`Description in ${language}`, { id: 'edit.description_in' }),
          l,
          a: their.description[l],
          b: mine.description[l],
        },
      ];
    }).filter((r) => r.a.trim() !== r.b.trim());
    return html`<div class="notice error" role="alert">
      <p>
        <strong>${msg('Someone else saved this commitment while you were editing it.', { id: 'edit.conflict' })}</strong>
        ${msg(
          'Nothing of yours was saved or lost. Compare the two versions, then keep theirs or save yours over it.',
          {
            id: 'edit.conflict_help',
          },
        )}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="conflict-caption">
        <table class="conflict">
          <caption id="conflict-caption">${msg('What differs', { id: 'edit.conflict_caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Text', { id: 'edit.conflict_field' })}</th>
              <th scope="col">${msg('Their version (saved)', { id: 'edit.theirs' })}</th>
              <th scope="col">${msg('Your version', { id: 'edit.yours' })}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr>
                <th scope="row">${r.label}</th>
                <td lang=${r.l}>${r.a}</td>
                <td lang=${r.l}>${r.b}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button class="secondary" @click=${this.keepTheirs}>${msg('Keep theirs', { id: 'edit.keep_theirs' })}</button>
        <button aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.overwrite}>${msg('Save mine over theirs', { id: 'edit.overwrite' })}</button>
      </div>
    </div>`;
  }

  /** Reads the form into {@link form} and keeps it as a draft. */
  private edited(): void {
    const root = this.renderRoot;
    const text = (name: string) => root.querySelector<HTMLTextAreaElement>(`[name="${name}"]`)?.value ?? '';
    const flag = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.checked ?? false;
    this.form = {
      title: each((l) => text(`title-${l}`)),
      titleMachine: each((l) => flag(`title-machine-${l}`)),
      description: each((l) => text(`description-${l}`)),
      descriptionMachine: each((l) => flag(`description-machine-${l}`)),
    };
    if (this.load.kind === 'ready')
      writeDraft(this.draftKey, { base: this.load.commitment.updatedAt, form: this.form } satisfies Draft);
    this.message = null;
  }

  private discard(): void {
    if (this.load.kind !== 'ready') return;
    clearDraft(this.draftKey);
    this.form = formOf(this.load.commitment);
    this.restored = false;
    this.fieldErrors = {};
  }

  /** Takes the version stored now (theirs, with its version tag) and forgets what was typed. */
  private async keepTheirs(): Promise<void> {
    try {
      const current = await this.read();
      clearDraft(this.draftKey);
      this.conflict = null;
      this.restored = false;
      this.load = { kind: 'ready', ...current };
      this.form = formOf(current.commitment);
      this.message = null;
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    }
  }

  private async overwrite(): Promise<void> {
    if (this.saving) return;
    // Saved on the version stored now: should yet another save come in between, the API refuses
    // this one too and the comparison shows that version.
    try {
      const current = await this.read();
      if (this.load.kind === 'ready') this.load = { kind: 'ready', ...current };
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
      return;
    }
    await this.send();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.send();
  }

  private patch(c: CommitmentDetail, form: TextsForm): CommitmentPatch | null {
    const errors: Record<string, string> = {};
    const original = c.title.original;
    if (
      (CORE_LOCALES as readonly string[]).includes(original) &&
      !form.title[original as CoreLocale].trim()
    ) {
      const language = languageName(original);
      errors[`title-${original}`] = msg(str`The title in ${language} is the original: it cannot be empty.`, {
        id: 'edit.original_required',
      });
    }
    if (!CORE_LOCALES.some((l) => form.title[l].trim()) && !errors[`title-${original}`])
      errors[`title-${CORE_LOCALES[0]}`] = msg('Give the commitment a title.', { id: 'edit.title_required' });
    this.fieldErrors = errors;
    if (Object.keys(errors).length) return null;
    const title = localized(form.title, form.titleMachine, original) as LocalizedText;
    // A title in a language outside the five (kept as it was: this form shows only the five).
    for (const [l, t] of Object.entries(c.title.text))
      if (!(CORE_LOCALES as readonly string[]).includes(l)) title.text[l] = t;
    return {
      title,
      description: localized(form.description, form.descriptionMachine, c.description?.original),
    };
  }

  private async send(): Promise<void> {
    if (this.saving || this.load.kind !== 'ready' || !this.form) return;
    const c = this.load.commitment;
    const patch = this.patch(c, this.form);
    if (!patch) {
      this.message = { kind: 'error', text: msg('Check the highlighted texts.', { id: 'edit.check' }) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    this.message = null;
    try {
      const etag = this.load.etag;
      const saved = await updateCommitmentWithVersion(this.api.transport, this.commitmentId, patch, {
        ...(etag ? { ifMatch: etag } : {}),
      });
      clearDraft(this.draftKey);
      this.conflict = null;
      this.restored = false;
      this.load = { kind: 'ready', ...saved };
      this.form = formOf(saved.commitment);
      this.message = {
        kind: 'ok',
        text: msg('Saved. The public tracker shows the new texts now.', { id: 'edit.saved' }),
      };
    } catch (error) {
      await this.failed(error);
    } finally {
      this.saving = false;
    }
  }

  private async failed(error: unknown): Promise<void> {
    if (isLadApiError(error) && error.status === 412) {
      const current = currentCommitmentOf(error);
      if (current) this.conflict = current;
      else {
        try {
          this.conflict = (await this.read()).commitment;
        } catch (readError) {
          this.message = { kind: 'error', text: errorText(readError) };
        }
      }
      return;
    }
    if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
      const errors: Record<string, string> = {};
      for (const e of error.fieldErrors) {
        const [field, part, lang] = e.path.map(String);
        if ((field === 'title' || field === 'description') && part === 'text' && lang)
          errors[`${field}-${lang}`] = msg('This text was refused: check its length and characters.', {
            id: 'edit.text_invalid',
          });
      }
      this.fieldErrors = errors;
      this.message = { kind: 'error', text: msg('Check the highlighted texts.', { id: 'edit.check' }) };
      return;
    }
    this.message = { kind: 'error', text: errorText(error) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-commitment-edit-page': LadCommitmentEditPage;
  }
}
