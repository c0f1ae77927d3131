import {
  type AgendaTopicProposal,
  AgendaTopicProposalInput,
  CORE_LOCALES,
  type Committee,
  calendarDaysBetween,
  type Event,
  type FieldError,
  getEvent,
  iterateAgendaTopics,
  iteratePolicyProposals,
  LANGUAGE_ENDONYMS,
  type LadTransport,
  LIMITS,
  listCommittees,
  type PolicyProposal,
  PolicyProposalInput,
  type ProposalReceipt,
  type ProposalStatus,
  submitAgendaTopic,
  submitPolicyProposal,
  validate,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { eventTime } from '../../internal/event-info.js';
import { formStyles } from '../../internal/form/form.styles.js';
import { type FieldSpec, LadFormElement, type Values } from '../../internal/form/form-element.js';
import { languageMenu } from '../../internal/language-menu.js';
import { currentLocale, needMessages } from '../../internal/locale.js';
import { dayCount, loadingText, offlineText, retryText, viewerZone } from '../../internal/messages.js';
import { countryChoices, sharedFields } from '../../internal/org-labels.js';
import { Resource } from '../../internal/resource.js';
import { base, titledLayout } from '../../internal/styles.js';
import { date, localized as text } from '../../internal/text.js';
import { LadProposalSubmitEvent } from './events.js';
import { styles } from './proposal-form.styles.js';

// Its own words, and the registration form's it shares (organisation, contact, consent).
needMessages('proposals');
needMessages('registration');

type Kind = 'agenda-topic' | 'policy';
type Earlier = AgendaTopicProposal | PolicyProposal;

const lines = (value: unknown) =>
  String(value ?? '')
    .split(/\s*\n\s*/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Where a proposal stands, for people. */
export function proposalStatusLabel(status: ProposalStatus): string {
  switch (status) {
    case 'received':
      return msg('Received', { id: 'proposal.status.received' });
    case 'under_review':
      return msg('Under review', { id: 'proposal.status.under_review' });
    case 'accepted':
      return msg('Accepted', { id: 'proposal.status.accepted' });
    case 'merged':
      return msg('Merged with another proposal', { id: 'proposal.status.merged' });
    case 'declined':
      return msg('Declined', { id: 'proposal.status.declined' });
    case 'answered':
      return msg('Answered', { id: 'proposal.status.answered' });
  }
}

/**
 * Proposals from civil society (R5): a topic for a session's agenda before it freezes
 * (`kind="agenda-topic" event="…"`, showing the current agenda, when it was published and the
 * freeze date), or a written policy proposal to an action-package committee between sessions
 * (`kind="policy" committee="…"`). Below the form, the earlier proposals with what became of
 * them and the committee's response. What is typed is kept on the device until the API
 * acknowledges it, and sent exactly once.
 *
 * @tagname lad-proposal-form
 * @summary Propose an agenda topic or send a written proposal to a committee.
 *
 * @event lad-proposal-submit - The proposal was received. `detail`: `{ kind, target, receipt }` (no personal data).
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart agenda - The current agenda (agenda topics).
 * @csspart form - The form.
 * @csspart error-summary - The list of problems at the top of the form.
 * @csspart draft-notice - "Draft restored — clear".
 * @csspart submit - The send button.
 * @csspart receipt - The receipt after sending.
 * @csspart earlier - The earlier proposals and their responses.
 * @csspart language-menu - The language menu.
 */
@localized()
export class LadProposalForm extends LadFormElement<ProposalReceipt> {
  static override styles = [base, titledLayout, formStyles, styles];

  /** `agenda-topic` (needs `event`) or `policy` (needs `committee`). */
  @property({ reflect: true }) kind: Kind = 'agenda-topic';
  /** The session's event id (agenda topics). */
  @property({ reflect: true }) event = '';
  /** The committee's id (policy proposals). */
  @property({ reflect: true }) committee = '';

  private get policy(): boolean {
    return this.kind === 'policy';
  }

  private get target(): string {
    return this.policy ? this.committee : this.event;
  }

  private readonly context = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.kind, this.target] as const,
    transport: () => this.transport,
    enabled: () => !!this.target,
    load: async (_args, transport, signal): Promise<{ event?: Event; committee?: Committee }> => {
      if (this.policy) {
        const committees = await listCommittees(transport, { signal });
        const committee = committees.find((c) => c.id === this.committee);
        return committee ? { committee } : {};
      }
      return { event: await getEvent(transport, this.event, { signal }) };
    },
  });

  private readonly earlier = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.kind, this.target] as const,
    transport: () => this.transport,
    enabled: () => !!this.target,
    load: async (_args, transport, signal): Promise<{ items: Earlier[] }> => {
      // Right after a send, past the browser's cache, so the new proposal is in the list.
      const opts = this.fresh ? { signal, cache: 'no-cache' as const } : { signal };
      this.fresh = false;
      // Every page of 100 (a busy session gets hundreds of topics), up to 2,000.
      const items: Earlier[] = [];
      const all: AsyncIterable<Earlier> = this.policy
        ? iteratePolicyProposals(transport, this.committee, { limit: 100 }, opts)
        : iterateAgendaTopics(transport, this.event, { limit: 100 }, opts);
      for await (const p of all) {
        if (items.push(p) >= 2_000) break;
      }
      return { items };
    },
  });
  private fresh = false;

  protected formKey(): string {
    return this.target ? `${this.kind}:${this.target}` : '';
  }

  protected emptyValues(): Values {
    return {
      'organization.name': '',
      'organization.country': '',
      'contact.name': '',
      'contact.email': '',
      title: '',
      text: '',
      links: '',
      locale: currentLocale(),
      consent: false,
      listPublicly: false,
    };
  }

  protected fields(): Record<string, FieldSpec> {
    return {
      'organization.name': sharedFields.organizationName(),
      'organization.country': sharedFields.country(),
      'contact.name': sharedFields.personName(),
      'contact.email': sharedFields.email(),
      title: { label: () => msg('Title', { id: 'proposal.title' }), kind: 'text', required: true },
      text: this.policy
        ? { label: () => msg('Your proposal', { id: 'proposal.body' }), kind: 'text', required: true }
        : {
            label: () => msg('Summary of the topic', { id: 'proposal.summary' }),
            kind: 'text',
            required: true,
          },
      ...(this.policy
        ? {
            links: {
              label: () => msg('Links to supporting documents', { id: 'proposal.links' }),
              kind: 'url' as const,
            },
          }
        : {}),
      locale: {
        label: () => msg('Language of your text', { id: 'proposal.locale' }),
        kind: 'select',
        required: true,
      },
      consent: sharedFields.consent(),
      listPublicly: {
        label: () =>
          msg('Show our organisation’s name next to the proposal.', { id: 'proposal.list_publicly' }),
        kind: 'checkbox',
      },
    };
  }

  protected body(values: Values): Record<string, unknown> {
    const s = (name: string) => String(values[name] ?? '').trim();
    return {
      organization: { name: s('organization.name'), country: s('organization.country') },
      contact: { name: s('contact.name'), email: s('contact.email') },
      title: s('title'),
      ...(this.policy
        ? { body: s('text'), ...(lines(values.links).length ? { links: lines(values.links) } : {}) }
        : { summary: s('text') }),
      locale: s('locale'),
      consent: values.consent === true,
      listPublicly: values.listPublicly === true,
    };
  }

  protected check(body: Record<string, unknown>): FieldError[] {
    const result = validate(this.policy ? PolicyProposalInput : AgendaTopicProposalInput, body);
    return result.success ? [] : result.errors;
  }

  protected fieldOf(path: readonly (string | number)[]): string {
    const [first, second] = path;
    if (first === 'organization' || first === 'contact') return `${first}.${second ?? 'name'}`;
    if (first === 'summary' || first === 'body') return 'text';
    return String(first);
  }

  protected send(transport: LadTransport, body: Record<string, unknown>, key: string, signal: AbortSignal) {
    const opts = { idempotencyKey: key, signal };
    return this.policy
      ? submitPolicyProposal(transport, this.committee, body as PolicyProposalInput, opts)
      : submitAgendaTopic(transport, this.event, body as AgendaTopicProposalInput, opts);
  }

  protected received(receipt: ProposalReceipt): void {
    this.fresh = true;
    this.earlier.retry();
    this.dispatchEvent(new LadProposalSubmitEvent({ kind: this.kind, target: this.target, receipt }));
  }

  /** Whether topics can still be proposed (agenda topics), by the reader's clock. */
  private topicsOpen(event: Event): boolean {
    return !!event.topicProposalsCloseAt && Date.parse(event.topicProposalsCloseAt) > Date.now();
  }

  private renderAgenda(event: Event) {
    const agenda = event.agenda;
    const published = agenda?.publishedAt;
    const days = published ? calendarDaysBetween(published, event.startsAt, event.timeZone) : 0;
    return html`<section class="agenda" part="agenda" aria-labelledby="agenda-title">
      <h3 id="agenda-title">${msg('Current agenda', { id: 'proposal.agenda' })}</h3>
      ${
        published && agenda
          ? html`<p class="hint">${msg(str`Published on ${date(published, { dateStyle: 'long' })}, ${dayCount(days)} before the session.`, { id: 'proposal.agenda_published' })}</p>
            <ol>
              ${agenda.items.map(
                (item) => html`<li>
                  ${text(item.title)}${
                    item.presenters.length
                      ? html`<span class="presenters"> — ${item.presenters.map((p) => [p.name, p.organization].filter(Boolean).join(', ')).join('; ')}</span>`
                      : nothing
                  }${item.fromProposalId ? html` <span class="tag">${msg('proposed by civil society', { id: 'proposal.from_cso' })}</span>` : nothing}
                </li>`,
              )}
            </ol>`
          : html`<p class="notice">${msg('The agenda is not published yet.', { id: 'proposal.agenda_unpublished' })}</p>`
      }
      ${
        event.topicProposalsCloseAt
          ? html`<p class="notice window" data-state=${this.topicsOpen(event) ? 'open' : 'closed'}>${
              this.topicsOpen(event)
                ? msg(
                    str`You can propose topics until ${date(event.topicProposalsCloseAt, { dateStyle: 'long', timeStyle: 'short' })}, when the agenda is frozen.`,
                    { id: 'proposal.open_until' },
                  )
                : msg(
                    str`Topic proposals closed on ${date(event.topicProposalsCloseAt, { dateStyle: 'long', timeStyle: 'short' })}; the agenda is frozen.`,
                    { id: 'proposal.closed' },
                  )
            }</p>`
          : html`<p class="notice window" data-state="closed">${msg('This session does not take topic proposals.', { id: 'proposal.no_topics' })}</p>`
      }
    </section>`;
  }

  private renderEarlier() {
    const page = this.earlier.value as { items: Earlier[] } | undefined;
    const heading = this.policy
      ? msg('Proposals sent to this committee', { id: 'proposal.earlier_policy' })
      : msg('Topics proposed for this session', { id: 'proposal.earlier_topics' });
    return html`<section class="earlier" part="earlier" aria-labelledby="earlier-title">
      <h3 id="earlier-title">${heading}</h3>
      ${
        !page
          ? this.earlier.state === 'loading'
            ? html`<p>${loadingText()}</p>`
            : html`<p class="notice error">${msg('The earlier proposals could not be loaded.', { id: 'proposal.earlier_error' })}
                <button class="button" @click=${() => this.earlier.retry()}>${retryText()}</button></p>`
          : !page.items.length
            ? html`<p>${msg('None yet.', { id: 'proposal.earlier_none' })}</p>`
            : html`<ul class="proposals">
              ${page.items.map(
                (p) => html`<li>
                  <article aria-labelledby=${`p-${p.id}`}>
                    <h4 id=${`p-${p.id}`} lang=${p.locale} dir="auto">${p.title}</h4>
                    <p class="meta">
                      <span class="status" data-status=${p.status}>${proposalStatusLabel(p.status)}</span>
                      · ${p.organizationName ? html`<span dir="auto">${p.organizationName}</span>` : msg('organisation not named', { id: 'proposal.anonymous' })}
                      · ${date(p.createdAt, { dateStyle: 'medium' })}
                    </p>
                    <details>
                      <summary>${msg('Read the text', { id: 'proposal.read' })}</summary>
                      <p class="text" lang=${p.locale} dir="auto">${'summary' in p ? p.summary : p.body}</p>
                    </details>
                    ${
                      p.response
                        ? html`<div class="response">
                          <strong>${msg(str`Response of ${date(p.response.respondedAt, { dateStyle: 'medium' })}:`, { id: 'proposal.response' })}</strong>
                          ${text(p.response.text)}
                        </div>`
                        : nothing
                    }
                  </article>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderReceipt(receipt: ProposalReceipt) {
    return html`<section class="receipt" part="receipt" role="status" aria-labelledby="receipt-title">
      <h3 id="receipt-title">${msg('Proposal received', { id: 'proposal.received' })}</h3>
      <p>${msg('Your reference number:', { id: 'reg.reference' })} <span class="reference">${receipt.receipt}</span></p>
      <p>${
        this.policy
          ? msg(
              'What happens next: the committee reviews written proposals between sessions. Once it has taken yours up, it appears below, with the committee’s public answer.',
              { id: 'proposal.next_policy' },
            )
          : msg(
              'What happens next: the committee considers every topic before the agenda is frozen. Once it has taken yours up, it appears below, with its decision and response.',
              { id: 'proposal.next_topic' },
            )
      }</p>
      <button type="button" class="button" @click=${() => this.clearDraft()}>${msg('Send another proposal', { id: 'proposal.another' })}</button>
    </section>`;
  }

  private renderForm() {
    const policy = this.policy;
    return html`<form part="form" novalidate @submit=${this.submit} aria-labelledby="form-title">
      <h3 id="form-title">${policy ? msg('Send a written proposal', { id: 'proposal.send_policy_title' }) : msg('Propose a topic', { id: 'proposal.propose_title' })}</h3>
      ${this.renderRestored()} ${this.renderSummary()}
      <fieldset class="step">
        <legend>${msg('Who is proposing', { id: 'proposal.who' })}</legend>
        ${this.textField('organization.name', { autocomplete: 'organization' })}
        ${this.selectField('organization.country', countryChoices())}
        ${this.textField('contact.name', { autocomplete: 'name' })}
        ${this.textField('contact.email', { type: 'email', autocomplete: 'email', hint: msg('Only the committee sees it; it is never published.', { id: 'proposal.email_hint' }) })}
      </fieldset>
      <fieldset class="step">
        <legend>${policy ? msg('Your proposal', { id: 'proposal.body' }) : msg('Your topic', { id: 'proposal.topic' })}</legend>
        ${this.textField('title')}
        ${this.textField('text', { rows: policy ? 12 : 6, maxLength: LIMITS.body, counter: true })}
        ${policy ? this.textField('links', { rows: 3, hint: msg('One web address per line, starting with https://.', { id: 'proposal.links_hint' }) }) : nothing}
        ${this.selectField(
          'locale',
          CORE_LOCALES.map((l) => ({ value: l, label: LANGUAGE_ENDONYMS[l], lang: l })),
        )}
      </fieldset>
      <fieldset class="step">
        <legend>${msg('Consent and sending', { id: 'reg.step.send' })}</legend>
        <p class="hint">${msg('Your name and email are used only to reply to you about this proposal and are never published. The title, text and response are public.', { id: 'proposal.privacy' })}</p>
        ${this.checkboxField('consent')} ${this.checkboxField('listPublicly')}
        ${this.renderTrap()}
        ${this.renderSubmission()}
        ${this.renderSend(policy ? msg('Send the proposal', { id: 'proposal.send' }) : msg('Propose the topic', { id: 'proposal.send_topic' }))}
      </fieldset>
    </form>`;
  }

  protected override render() {
    const context = this.context.value as { event?: Event; committee?: Committee } | undefined;
    const status = this.context.state;
    const receipt = this.submission.state === 'done' ? this.submission.receipt : undefined;
    const title = context?.event
      ? text(context.event.title)
      : context?.committee
        ? text(context.committee.name)
        : this.policy
          ? msg('Written proposal', { id: 'proposal.policy_heading' })
          : msg('Agenda topic', { id: 'proposal.topic_heading' });
    const open = this.policy
      ? !!context?.committee?.acceptsProposals
      : !!context?.event && this.topicsOpen(context.event);
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${context ? 'false' : 'true'}>
      <div class="toolbar header">
        <h2 id="title">${title}</h2>
        ${languageMenu(this)}
      </div>
      ${
        !this.target
          ? html`<p class="notice error">${msg('No event or committee was given.', { id: 'proposal.no_target' })}</p>`
          : !context
            ? status === 'offline' || status === 'error'
              ? html`<div class="notice error" role="alert">
                  ${status === 'offline' ? offlineText() : msg('This event or committee could not be loaded.', { id: 'proposal.error' })}
                  <button class="button" @click=${() => this.context.retry()}>${retryText()}</button>
                </div>`
              : html`<p role="status">${loadingText()}</p>`
            : html`${
                context.event
                  ? html`<p class="when">${eventTime(context.event, viewerZone())}</p>${this.renderAgenda(context.event)}`
                  : context.committee
                    ? context.committee.acceptsProposals
                      ? html`<p>${msg('Civil-society organisations can send this committee written policy or technical proposals between sessions; it answers publicly.', { id: 'proposal.policy_intro' })}</p>`
                      : html`<p class="notice">${msg('This committee does not take written proposals at the moment.', { id: 'proposal.not_accepting' })}</p>`
                    : html`<p class="notice error">${msg('This event or committee could not be found.', { id: 'form.problem.not_found' })}</p>`
              }
              ${receipt ? this.renderReceipt(receipt) : open ? this.renderForm() : nothing}
              ${this.renderEarlier()}`
      }
    </section>`;
  }
}
