import {
  type AgendaDraft,
  calendarDaysBetween,
  getAgendaDraft,
  getEvent,
  isLadApiError,
  LIMITS,
  type Event as Meeting,
  pickText,
  putAgenda,
  updateEvent,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { clearDraft, readDraft, writeDraft } from '../../internal/drafts.js';
import { currentLocale } from '../../internal/locale.js';
import { errorText, loadingText, retryText } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { agendaInputOf, emptyItem, type ItemForm, type ItemProblem, itemsOf } from './agenda-form.js';
import {
  dayCount,
  fromLocalInput,
  instantText,
  publishedText,
  toLocalInput,
  whenText,
} from './event-words.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  | { kind: 'ready'; event: Meeting; agenda: AgendaDraft };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A meeting's agenda (`#/events/<id>/agenda`): items with their times (in the meeting's time
 * zone), speakers, documents and links, reordered with buttons; saved as a draft, then
 * published — with a warning when less than the promised lead time (21 days by default, the
 * API's setting) remains before the meeting. The freeze date for agenda topics is set here too.
 * What is typed is kept in the tab until it is saved.
 */
@customElement('lad-agenda-page')
export class LadAgendaPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      ol.items {
        list-style: none;
        padding: 0;
        margin: 0;
        max-inline-size: 60rem;
      }
      ol.items > li {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin-block-end: 1rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      input:not([type='checkbox']) {
        inline-size: 100%;
      }
      h3 {
        font-size: 1.05rem;
        margin-block: 0 0.5rem;
      }
      .late {
        border-color: var(--danger);
      }
      .freeze {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private items: ItemForm[] = [];
  @state() private restored = false;
  @state() private saving = false;
  @state() private problems: ItemProblem[] = [];
  @state() private message: { kind: 'ok' | 'error'; text: string } | null = null;
  /** "Publish" was pressed after the promised date: asks once more. */
  @state() private confirmLate = false;
  @state() private freeze = '';

  private get eventId(): string {
    return this.params[0] ?? '';
  }

  private get draftKey(): string {
    return `agenda:${this.eventId}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api')) && this.api && this.eventId) void this.fetch();
  }

  private async fetch(): Promise<void> {
    this.load = { kind: 'loading' };
    try {
      const [event, agenda] = await Promise.all([
        getEvent(this.api.transport, this.eventId, { cache: 'no-cache' }),
        getAgendaDraft(this.api.transport, this.eventId),
      ]);
      const stored = itemsOf(agenda, currentLocale(), event.timeZone);
      const draft = readDraft<ItemForm[]>(this.draftKey);
      this.restored = !!draft && !same(draft, stored) && event.status !== 'cancelled';
      this.items = this.restored && draft ? draft : stored;
      if (!this.restored) clearDraft(this.draftKey);
      this.freeze = toLocalInput(agenda.topicProposalsCloseAt, event.timeZone);
      this.load = { kind: 'ready', event, agenda };
    } catch (error) {
      this.load =
        isLadApiError(error) && error.status === 404 ? { kind: 'not-found' } : { kind: 'error', error };
    }
  }

  // ——— Rendering ———————————————————————————————————————————————————————————————

  protected override render() {
    const load = this.load;
    const heading = html`<h1 tabindex="-1">${msg('Agenda', { id: 'events.col_agenda' })}</h1>`;
    if (load.kind === 'loading') return html`${heading}<p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`${heading}
        <div class="notice error" role="alert"><p>${msg('There is no meeting at this address.', { id: 'events.not_found' })}</p></div>`;
    if (load.kind === 'error')
      return html`${heading}
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    const { event, agenda } = load;
    const title = pickText(event.title, currentLocale());
    const cancelled = event.status === 'cancelled';
    return html`
      <p><a href="#/events/${encodeURIComponent(event.id)}">${msg('Back to the meeting', { id: 'agenda.back' })}</a></p>
      <h1 tabindex="-1">${msg('Agenda', { id: 'events.col_agenda' })}</h1>
      <p><span lang=${title.lang}>${title.text}</span> — ${whenText(event)}</p>
      ${
        cancelled
          ? html`<div class="notice error" role="status"><p>${msg('This meeting was cancelled: its agenda can no longer be changed.', { id: 'agenda.cancelled' })}</p></div>`
          : html`${this.renderState(event, agenda)} ${this.renderFreeze(event)}`
      }
      ${
        this.restored
          ? html`<div class="notice" role="status">
            <p>${msg('Your unsaved changes to this agenda were kept and are shown below.', { id: 'agenda.restored' })}</p>
            <button class="secondary" @click=${this.discard}>${msg('Discard my changes', { id: 'edit.discard' })}</button>
          </div>`
          : nothing
      }
      <div role="alert">
        ${this.message?.kind === 'error' ? html`<div class="notice error"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <div role="status">
        ${this.message?.kind === 'ok' ? html`<div class="notice ok" id="saved" tabindex="-1"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <h2 id="items-heading">${msg('Items', { id: 'agenda.items' })}</h2>
      ${
        this.items.length
          ? html`<ol class="items" aria-labelledby="items-heading">
            ${this.items.map((item, i) => this.renderItem(item, i, cancelled))}
          </ol>`
          : html`<p>${msg('No item yet.', { id: 'agenda.empty' })}</p>`
      }
      ${
        cancelled
          ? nothing
          : html`<p><button type="button" class="secondary" id="add-item" @click=${this.addItem}>${msg('Add an item', { id: 'agenda.add' })}</button></p>
            ${this.renderActions(event, agenda)}`
      }
    `;
  }

  /** Published when, or due when — and how late it would be now. */
  private renderState(event: Meeting, agenda: AgendaDraft) {
    const lead = dayCount(agenda.leadDays);
    if (agenda.publishedAt) {
      const days = calendarDaysBetween(agenda.publishedAt, event.startsAt, event.timeZone);
      const on = instantText(agenda.publishedAt, event.timeZone);
      return html`<div class="notice ok">
        <p>${msg(str`Published on ${on}.`, { id: 'agenda.published_on' })} ${publishedText(days)}.</p>
        <p>${msg('Saving changes them in the public calendar at once.', { id: 'agenda.published_hint' })}</p>
      </div>`;
    }
    const due = instantText(agenda.dueAt, event.timeZone);
    const left = calendarDaysBetween(new Date(), event.startsAt, event.timeZone);
    const late = Date.now() > Date.parse(agenda.dueAt);
    const now = dayCount(Math.max(0, left));
    return html`<div class="notice ${late ? 'late' : ''}" id="lead-time">
      <p>
        ${msg('Not published.', { id: 'agenda.state_draft' })}
        ${msg(str`Promised ${lead} before the meeting: by ${due}.`, { id: 'agenda.due' })}
      </p>
      ${
        late
          ? html`<p><strong>${msg(str`Published now, it would be ${now} before the meeting: later than the promised ${lead}.`, { id: 'agenda.late' })}</strong></p>`
          : nothing
      }
    </div>`;
  }

  private renderFreeze(event: Meeting) {
    return html`<form class="freeze" @submit=${this.saveFreeze}>
      <div class="field">
        <label for="freeze">${msg('Agenda topics can be proposed until', { id: 'events.topics_until' })}</label>
        <input id="freeze" type="datetime-local" .value=${this.freeze} aria-describedby="freeze-hint"
          @input=${(e: Event) => (this.freeze = (e.target as HTMLInputElement).value)} />
        <p class="hint" id="freeze-hint">
          ${msg(str`Times in ${event.timeZone}.`, { id: 'events.times_in' })}
          ${msg('The agenda’s freeze date: proposals sent later are refused. Empty: no topic proposals.', { id: 'events.topics_hint' })}
        </p>
      </div>
      <div class="field">
        <button type="submit" class="secondary" aria-disabled=${this.saving ? 'true' : 'false'}>${msg('Save the freeze date', { id: 'agenda.save_freeze' })}</button>
      </div>
    </form>`;
  }

  private renderItem(item: ItemForm, i: number, readonly: boolean) {
    const n = i + 1;
    const last = i === this.items.length - 1;
    const field = (name: 'title' | 'documents' | 'duration' | 'starts') => {
      const key = `${name}-${i}` as ItemProblem;
      const wrong = this.problems.includes(key);
      return {
        invalid: wrong ? 'true' : 'false',
        described: wrong ? `${key}-error` : '',
        error: wrong ? html`<p class="field-error" id="${key}-error">${this.problemText(name)}</p>` : nothing,
      };
    };
    const t = field('title');
    const d = field('documents');
    const m = field('duration');
    const s = field('starts');
    const update = (patch: Partial<ItemForm>) =>
      this.setItems(this.items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    return html`<li aria-labelledby="item-${i}-heading">
      <h3 id="item-${i}-heading">${msg(str`Item ${n}`, { id: 'agenda.item' })}</h3>
      <div class="field">
        <label for="title-${i}">${msg('Title', { id: 'commitments.col_title' })}</label>
        <input id="title-${i}" maxlength=${LIMITS.title} .value=${item.title} ?readonly=${readonly}
          aria-invalid=${t.invalid} aria-describedby=${t.described || nothing} @input=${(e: Event) => update({ title: value(e) })} />
        ${t.error}
      </div>
      <div class="grid">
        <div class="field">
          <label for="starts-${i}">${msg('Starts', { id: 'events.starts' })}</label>
          <input id="starts-${i}" type="datetime-local" .value=${item.startsAt} ?readonly=${readonly}
            aria-invalid=${s.invalid} aria-describedby=${s.described || nothing} @input=${(e: Event) => update({ startsAt: value(e) })} />
          ${s.error}
        </div>
        <div class="field">
          <label for="duration-${i}">${msg('Minutes', { id: 'agenda.minutes' })}</label>
          <input id="duration-${i}" inputmode="numeric" .value=${item.duration} ?readonly=${readonly}
            aria-invalid=${m.invalid} aria-describedby=${m.described || nothing} @input=${(e: Event) => update({ duration: value(e) })} />
          ${m.error}
        </div>
      </div>
      <div class="field">
        <label for="speakers-${i}">${msg('Speakers', { id: 'agenda.speakers' })}</label>
        <textarea id="speakers-${i}" rows="2" .value=${item.speakers} ?readonly=${readonly} aria-describedby="speakers-hint-${i}"
          @input=${(e: Event) => update({ speakers: value(e) })}></textarea>
        <p class="hint" id="speakers-hint-${i}">${msg('One a line: the name, a comma, the organisation.', { id: 'agenda.speakers_hint' })}</p>
      </div>
      <div class="field">
        <label for="documents-${i}">${msg('Documents and links', { id: 'agenda.documents' })}</label>
        <textarea id="documents-${i}" rows="2" .value=${item.documents} ?readonly=${readonly}
          aria-invalid=${d.invalid} aria-describedby="documents-hint-${i} ${d.described}"
          @input=${(e: Event) => update({ documents: value(e) })}></textarea>
        <p class="hint" id="documents-hint-${i}">${msg('One link a line; words before the address become its title.', { id: 'progress.evidence_hint' })}</p>
        ${d.error}
      </div>
      <div class="field">
        <label for="description-${i}">${msg('Description', { id: 'agenda.description' })}</label>
        <textarea id="description-${i}" rows="2" maxlength=${LIMITS.body} .value=${item.description} ?readonly=${readonly}
          @input=${(e: Event) => update({ description: value(e) })}></textarea>
      </div>
      ${
        readonly
          ? nothing
          : html`<div class="actions">
            <button type="button" class="secondary" data-move="up" ?disabled=${i === 0}
              aria-describedby="item-${i}-heading" @click=${() => this.move(i, -1)}>
              ${msg('Move up', { id: 'agenda.up' })}
            </button>
            <button type="button" class="secondary" data-move="down" ?disabled=${last}
              aria-describedby="item-${i}-heading" @click=${() => this.move(i, 1)}>
              ${msg('Move down', { id: 'agenda.down' })}
            </button>
            <button type="button" class="secondary" aria-label=${msg(str`Remove item ${n}`, { id: 'agenda.remove_item' })}
              @click=${() => this.removeItem(i)}>${msg('Remove', { id: 'events.remove' })}</button>
          </div>`
      }
    </li>`;
  }

  private problemText(name: 'title' | 'documents' | 'duration' | 'starts'): string {
    switch (name) {
      case 'title':
        return msg('Give the item a title.', { id: 'agenda.problem.title' });
      case 'documents':
        return msg('Each line needs an address starting with https://', { id: 'agenda.problem.documents' });
      case 'duration':
        return msg('Minutes are a whole number from 1 to 1,440.', { id: 'agenda.problem.duration' });
      case 'starts':
        return msg('Give a date and a time.', { id: 'agenda.problem.starts' });
    }
  }

  private renderActions(event: Meeting, agenda: AgendaDraft) {
    const published = !!agenda.publishedAt;
    const late = !published && Date.now() > Date.parse(agenda.dueAt);
    const busy = this.saving ? 'true' : 'false';
    if (published)
      return html`<div class="actions">
        <button aria-disabled=${busy} @click=${() => this.save(true)}>${msg('Save the published agenda', { id: 'agenda.save_published' })}</button>
      </div>`;
    return html`<div class="actions">
        <button class="secondary" aria-disabled=${busy} @click=${() => this.save(false)}>${msg('Save as draft', { id: 'agenda.save_draft' })}</button>
        <button id="publish" aria-disabled=${busy} aria-describedby=${late ? 'lead-time' : nothing}
          @click=${() => (late && !this.confirmLate ? this.askLate() : this.save(true))}>${msg('Publish the agenda', { id: 'agenda.publish' })}</button>
      </div>
      ${
        this.confirmLate
          ? html`<section class="notice late" aria-labelledby="late-heading">
            <h3 id="late-heading" tabindex="-1">${msg('Publish later than promised?', { id: 'agenda.late_heading' })}</h3>
            <p>${msg(str`The promise is ${dayCount(agenda.leadDays)} before the meeting. The public calendar will show how many days before it was published.`, { id: 'agenda.late_help' })}</p>
            <div class="actions">
              <button aria-disabled=${busy} @click=${() => this.save(true)}>${msg('Publish anyway', { id: 'agenda.publish_anyway' })}</button>
              <button class="secondary" @click=${this.notYet}>${msg('Not yet', { id: 'agenda.not_yet' })}</button>
            </div>
          </section>`
          : nothing
      }
      <p class="hint">${msg(str`The meeting starts ${instantText(event.startsAt, event.timeZone)}.`, { id: 'agenda.starts' })}</p>`;
  }

  // ——— Changes ——————————————————————————————————————————————————————————————————

  private setItems(items: ItemForm[]): void {
    this.items = items;
    writeDraft(this.draftKey, items);
    this.message = null;
  }

  private addItem = async (): Promise<void> => {
    if (this.load.kind !== 'ready') return;
    const { event } = this.load;
    // Starts where the one before ends, or when the meeting starts.
    const previous = this.items.at(-1);
    let startsAt = toLocalInput(event.startsAt, event.timeZone);
    if (previous?.startsAt && previous.duration) {
      const at = fromLocalInput(previous.startsAt, event.timeZone);
      if (at)
        startsAt = toLocalInput(
          new Date(Date.parse(at) + Number(previous.duration) * 60_000).toISOString(),
          event.timeZone,
        );
    } else if (previous) startsAt = '';
    this.setItems([...this.items, emptyItem(startsAt)]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#title-${this.items.length - 1}`)?.focus();
  };

  /** Moves an item up or down; the focus stays on the button pressed, on the item where it went. */
  private async move(i: number, by: -1 | 1): Promise<void> {
    const j = i + by;
    if (j < 0 || j >= this.items.length) return;
    const items = [...this.items];
    [items[i], items[j]] = [items[j] as ItemForm, items[i] as ItemForm];
    this.setItems(items);
    this.problems = [];
    await this.updateComplete;
    const list = this.renderRoot.querySelectorAll<HTMLLIElement>('ol.items > li');
    const li = list[j];
    const same = li?.querySelector<HTMLButtonElement>(`button[data-move="${by < 0 ? 'up' : 'down'}"]`);
    const other = li?.querySelector<HTMLButtonElement>(`button[data-move="${by < 0 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }

  private async removeItem(i: number): Promise<void> {
    this.setItems(this.items.filter((_, j) => j !== i));
    this.problems = [];
    await this.updateComplete;
    (
      this.renderRoot.querySelector<HTMLElement>(`#title-${Math.min(i, this.items.length - 1)}`) ??
      this.renderRoot.querySelector<HTMLElement>('#add-item')
    )?.focus();
  }

  private discard = (): void => {
    clearDraft(this.draftKey);
    this.restored = false;
    void this.fetch();
  };

  private askLate = async (): Promise<void> => {
    this.confirmLate = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#late-heading')?.focus();
  };

  private notYet = async (): Promise<void> => {
    this.confirmLate = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#publish')?.focus();
  };

  private async save(publish: boolean): Promise<void> {
    if (this.saving || this.load.kind !== 'ready') return;
    const { event } = this.load;
    const result = agendaInputOf(this.items, publish, currentLocale(), event.timeZone);
    if ('problems' in result) {
      this.problems = result.problems;
      this.message = { kind: 'error', text: msg('Check the highlighted fields.', { id: 'events.check' }) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.problems = [];
    this.saving = true;
    this.message = null;
    try {
      await putAgenda(this.api.transport, event.id, result.input);
      const agenda = await getAgendaDraft(this.api.transport, event.id);
      clearDraft(this.draftKey);
      this.restored = false;
      this.confirmLate = false;
      this.items = itemsOf(agenda, currentLocale(), event.timeZone);
      const wasPublished = this.load.agenda.publishedAt !== null;
      this.load = { kind: 'ready', event, agenda };
      this.message = {
        kind: 'ok',
        text: !publish
          ? msg('The draft was saved. It is not public.', { id: 'agenda.saved_draft' })
          : wasPublished
            ? msg('Saved. The public calendar shows the new agenda.', { id: 'agenda.saved_published' })
            : msg('The agenda is published: the public calendar shows it now.', { id: 'agenda.published' }),
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    } finally {
      this.saving = false;
    }
  }

  private saveFreeze = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (this.saving || this.load.kind !== 'ready') return;
    const { event } = this.load;
    const at = this.freeze ? fromLocalInput(this.freeze, event.timeZone) : null;
    this.saving = true;
    this.message = null;
    try {
      const saved = await updateEvent(this.api.transport, event.id, { topicProposalsCloseAt: at });
      const agenda = await getAgendaDraft(this.api.transport, event.id);
      this.load = { kind: 'ready', event: saved, agenda };
      this.freeze = toLocalInput(saved.topicProposalsCloseAt, saved.timeZone);
      this.message = {
        kind: 'ok',
        text: saved.topicProposalsCloseAt
          ? msg(
              str`Agenda topics can be proposed until ${instantText(saved.topicProposalsCloseAt, saved.timeZone)}.`,
              {
                id: 'agenda.freeze_saved',
              },
            )
          : msg('Agenda topics cannot be proposed for this meeting.', { id: 'agenda.freeze_none' }),
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
    } catch (error) {
      this.message = {
        kind: 'error',
        text:
          isLadApiError(error) && error.status === 422
            ? msg('The agenda must freeze before the meeting starts.', { id: 'events.problem.topics' })
            : errorText(error),
      };
    } finally {
      this.saving = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-agenda-page': LadAgendaPage;
  }
}
