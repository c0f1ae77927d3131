import {
  applyImportJob,
  formatDate,
  getImportJob,
  type ImportJob,
  type ImportKind,
  type ImportResult,
  importTemplateUrl,
  isLadApiError,
  isLadNetworkError,
  listImportJobs,
  startImport,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { currentLocale } from '../../internal/locale.js';
import {
  byCount,
  errorText,
  importErrorText,
  loadingText,
  number,
  retryText,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { fieldLabel, jobStatusLabel, kindLabel, valueText } from './import-text.js';

/** How often a running job is asked about. */
const POLL_MS = 500;
/** The longest wait between two questions while the server cannot be reached. */
const BACKOFF_MAX_MS = 15_000;
/** Rows a section of the dry run shows at first, and adds with each "show more". */
const PAGE = 200;
/** Recent jobs listed on the form. */
const RECENT = 10;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCEPT = `.csv,.xlsx,text/csv,${XLSX_TYPE}`;

/**
 * Jobs this tab just started, handed to the page the new address (`#/import/<id>`) opens, so it
 * shows the job at once and sees it go from checking to checked.
 */
const started = new Map<string, ImportJob>();

type Section = 'refused' | 'created' | 'updated';
type Change = ImportResult['changes'][number];
type RowError = ImportResult['errors'][number];

interface Sections {
  refused: RowError[];
  created: Change[];
  updated: Change[];
  /** Rows with at least one error (a row may have several). */
  refusedRows: number;
}

/** The dry run split into its sections, once per result (a 5,000-row file stays responsive). */
const sectionsOf = (() => {
  const cache = new WeakMap<ImportResult, Sections>();
  return (result: ImportResult): Sections => {
    let sections = cache.get(result);
    if (!sections) {
      sections = {
        refused: [...result.errors].sort((a, b) => a.row - b.row),
        created: result.changes.filter((c) => c.action === 'create'),
        updated: result.changes.filter((c) => c.action === 'update'),
        refusedRows: new Set(result.errors.map((e) => e.row)).size,
      };
      cache.set(result, sections);
    }
    return sections;
  };
})();

/** The format of a chosen file, from its name (browsers give no type for `.csv` on some systems). */
function formatOf(file: File): 'csv' | 'xlsx' | null {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return 'csv';
  if (/\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE) return 'xlsx';
  return null;
}

type JobLoad =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'error'; id: string; error: unknown }
  | { kind: 'job'; job: ImportJob };

type RecentLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; items: ImportJob[] };

/**
 * The tracking-matrix import (`#/import`, then `#/import/<job>`): choose what the file holds and
 * the file, check it on the server (a job, followed with a progress bar: the address keeps the
 * job, so a reload or another visit comes back to it), review what it would change — refused
 * rows with the reason in the console's language, new rows, changed rows field by field — then
 * apply it. Templates in the console's language, and the person's recent imports.
 */
@customElement('lad-import-page')
export class LadImportPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin: 0 0 1rem;
      }
      legend {
        font-weight: 600;
        padding-inline: 0.25rem;
      }
      label.choice {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        font-weight: 400;
        min-block-size: 2.5rem;
      }
      label.choice input {
        min-block-size: auto;
        inline-size: 1.2rem;
        block-size: 1.2rem;
        margin: 0;
      }
      .drop {
        border: 2px dashed var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
      }
      .drop.over {
        border-color: var(--accent);
        background: var(--soft);
      }
      .templates ul {
        margin-block: 0.25rem 1rem;
        padding-inline-start: 1.25rem;
      }
      .templates li {
        margin-block: 0.25rem;
      }
      dl.about,
      dl.totals {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 2rem;
        margin-block: 0 1rem;
      }
      dl.about dt,
      dl.totals dt {
        font-weight: 600;
      }
      dl.about dd,
      dl.totals dd {
        margin: 0;
      }
      dl.totals dd {
        font-size: 1.4rem;
        font-variant-numeric: tabular-nums;
      }
      .progress {
        margin-block: 1rem;
        min-block-size: 4rem;
      }
      progress {
        inline-size: min(100%, 36rem);
        block-size: 1.25rem;
      }
      section.part {
        margin-block: 1.5rem;
      }
      h3 {
        font-size: 1.05rem;
        margin-block: 1.25rem 0.5rem;
      }
      dl.diff {
        margin: 0;
      }
      dl.diff dt {
        font-weight: 600;
      }
      dl.diff dd {
        margin: 0 0 0.4rem;
        overflow-wrap: anywhere;
      }
      ul.values {
        margin: 0;
        padding: 0;
        list-style: none;
        display: inline-grid;
        gap: 0.15rem;
        vertical-align: top;
      }
      .lang,
      .meta,
      .empty,
      .url {
        color: var(--muted);
      }
      .empty {
        font-style: italic;
      }
      .lang {
        font-size: 0.85rem;
        margin-inline-end: 0.25rem;
      }
      td,
      th {
        overflow-wrap: anywhere;
      }
      th[scope='row'] {
        font-variant-numeric: tabular-nums;
      }
      th[tabindex]:focus {
        outline: 3px solid var(--focus);
        outline-offset: -3px;
      }
      @media (forced-colors: active) {
        .drop.over {
          border-color: Highlight;
        }
      }
    `,
  ];

  @state() private kind: ImportKind = 'commitments';
  @state() private file: File | null = null;
  @state() private fileError: string | null = null;
  @state() private dragging = false;
  @state() private starting = false;
  @state() private startError: unknown = null;
  @state() private load: JobLoad = { kind: 'none' };
  /** The server could not be reached while following the job; the page keeps asking. */
  @state() private lost = false;
  /** A refusal while following the job (it was removed, the person was signed out…). */
  @state() private followError: unknown = null;
  @state() private applying = false;
  @state() private applyError: unknown = null;
  /** Said after a 409 on apply: the job was applied from elsewhere. */
  @state() private conflict = false;
  /** What the polite live region says: the stage changes, never every tick. */
  @state() private announcement = '';
  @state() private recent: RecentLoad = { kind: 'loading' };
  @state() private shown: Record<Section, number> = { refused: PAGE, created: PAGE, updated: PAGE };

  private jobId: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  private recentController: AbortController | null = null;
  private failures = 0;
  private readonly onOnline = () => {
    if (this.lost) void this.poll();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api')) && this.api) this.route();
    if (changed.has('query')) {
      const kind = this.query.get('kind');
      if (kind === 'commitments' || kind === 'indicators') this.kind = kind;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    // Back on the page (moved in the document): a running job is followed again.
    if (this.hasUpdated && this.load.kind === 'job' && running(this.load.job)) this.schedule(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.stop();
    this.recentController?.abort();
  }

  /** The job the address names, or the form. */
  private route(): void {
    const id = this.params[0] ?? null;
    if (id === this.jobId && this.load.kind !== 'none') return;
    this.stop();
    this.jobId = id;
    this.followError = null;
    this.applyError = null;
    this.conflict = false;
    this.lost = false;
    this.shown = { refused: PAGE, created: PAGE, updated: PAGE };
    if (!id) {
      this.load = { kind: 'none' };
      void this.fetchRecent();
      return;
    }
    const known = started.get(id);
    started.delete(id);
    if (known) this.adopt(known);
    else {
      this.load = { kind: 'loading', id };
      void this.poll();
    }
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = null;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  /** Asks the server where the job is; again every {@link POLL_MS} while it runs. */
  private async poll(): Promise<void> {
    const id = this.jobId;
    if (!id || !this.isConnected) return;
    clearTimeout(this.timer);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const job = await getImportJob(this.api.transport, id, { signal: controller.signal });
      if (this.controller !== controller) return;
      this.failures = 0;
      this.lost = false;
      this.followError = null;
      this.adopt(job);
    } catch (error) {
      if (controller.signal.aborted || this.controller !== controller) return;
      const passing =
        isLadNetworkError(error) || (isLadApiError(error) && (error.status >= 500 || error.status === 429));
      if (passing && this.load.kind === 'job') {
        // The job goes on on the server: ask again, less and less often.
        this.failures += 1;
        this.lost = true;
        this.schedule(Math.min(BACKOFF_MAX_MS, POLL_MS * 2 ** this.failures));
        return;
      }
      if (this.load.kind === 'job') this.followError = error;
      else this.load = { kind: 'error', id, error };
    }
  }

  /** Shows `job`; announces a new stage and moves the focus to what a person reads next. */
  private adopt(job: ImportJob): void {
    const before = this.load.kind === 'job' && this.load.job.id === job.id ? this.load.job.status : null;
    this.load = { kind: 'job', job };
    if (before !== job.status) {
      this.announcement = this.stageAnnouncement(job);
      if (before === 'checking' && job.status === 'checked') this.focusLater('#results');
      // The apply button is gone: the progress takes the focus, not the page's end.
      if (before === 'checked' && job.status === 'applying') this.focusLater('#progress-box');
      if (before && before !== 'applied' && job.status === 'applied') this.focusLater('#applied');
      if (before && job.status === 'failed') this.focusLater('#failed');
    }
    if (running(job)) this.schedule(POLL_MS);
  }

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private stageAnnouncement(job: ImportJob): string {
    switch (job.status) {
      case 'checking':
        return msg('Checking the file…', { id: 'import.announce.checking' });
      case 'checked':
        return msg('The file is checked. Review what it would change.', { id: 'import.announce.checked' });
      case 'applying':
        return msg('Applying the changes…', { id: 'import.announce.applying' });
      case 'applied':
        return msg('The changes are applied.', { id: 'import.announce.applied' });
      case 'failed':
        return msg('The import stopped because of an error.', { id: 'import.announce.failed' });
    }
  }

  private async fetchRecent(): Promise<void> {
    this.recentController?.abort();
    const controller = new AbortController();
    this.recentController = controller;
    this.recent = { kind: 'loading' };
    try {
      const list = await listImportJobs(this.api.transport, { signal: controller.signal });
      if (this.recentController === controller)
        this.recent = { kind: 'done', items: list.items.slice(0, RECENT) };
    } catch (error) {
      if (!controller.signal.aborted) this.recent = { kind: 'error', error };
    }
  }

  private pick(file: File | null): void {
    this.file = file;
    this.fileError = null;
    this.startError = null;
  }

  private handleFileChange(e: Event): void {
    this.pick((e.target as HTMLInputElement).files?.[0] ?? null);
  }

  private handleDragOver(e: DragEvent): void {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private handleDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    const files = e.dataTransfer?.files;
    if (!files?.length) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#file');
    if (input) input.files = files;
    this.pick(files[0] ?? null);
  }

  private async handleStart(e: Event): Promise<void> {
    e.preventDefault();
    const file = this.file;
    const format = file ? formatOf(file) : null;
    if (!file || !format) {
      this.fileError = !file
        ? msg('Choose the file to import.', { id: 'import.file_missing' })
        : msg('This is neither a CSV file nor an Excel workbook (.xlsx). Choose another file.', {
            id: 'import.file_wrong_type',
          });
      this.focusLater('#file');
      return;
    }
    this.starting = true;
    this.startError = null;
    try {
      const body = new Blob([file], { type: format === 'csv' ? 'text/csv;charset=utf-8' : XLSX_TYPE });
      const job = await startImport(this.api.transport, this.kind, body, { filename: file.name });
      started.set(job.id, job);
      location.hash = `#/import/${encodeURIComponent(job.id)}`;
    } catch (error) {
      this.startError = error;
      this.focusLater('#start-error');
    } finally {
      this.starting = false;
    }
  }

  private async handleApply(): Promise<void> {
    if (this.load.kind !== 'job') return;
    const { job } = this.load;
    this.applying = true;
    this.applyError = null;
    this.conflict = false;
    try {
      this.adopt(await applyImportJob(this.api.transport, job.id));
    } catch (error) {
      if (isLadApiError(error) && error.status === 409) {
        // Applied (or being applied) from another tab or by someone else: show where it is.
        this.conflict = true;
        await this.poll();
        this.focusLater('#conflict');
      } else {
        this.applyError = error;
        this.focusLater('#apply-error');
      }
    } finally {
      this.applying = false;
    }
  }

  private more(section: Section): void {
    const from = this.shown[section];
    this.shown = { ...this.shown, [section]: from + PAGE };
    // The first row just shown takes the focus, so the keyboard goes on from there.
    this.focusLater(`#${section}-table tbody tr:nth-child(${from + 1}) th`);
  }

  protected override render() {
    const load = this.load;
    return html`
      <h1 tabindex="-1">${msg('Import a tracking matrix', { id: 'import.title' })}</h1>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${load.kind === 'none' ? this.renderForm() : nothing}
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${load.kind === 'error' ? this.renderLoadError(load.error) : nothing}
      ${load.kind === 'job' ? this.renderJob(load.job) : nothing}
      ${load.kind === 'none' ? this.renderRecent() : nothing}
    `;
  }

  // The form: what the file holds, the templates, the file.

  private renderForm() {
    const locale = currentLocale();
    const t = this.api.transport;
    const error = this.startError;
    return html`
      <p>
        ${msg(
          'Checking a file changes nothing: you see what it would change, then choose whether to apply it.',
          { id: 'import.intro' },
        )}
      </p>
      <form novalidate @submit=${this.handleStart}>
        <fieldset>
          <legend>${msg('What does the file hold?', { id: 'import.kind' })}</legend>
          ${(['commitments', 'indicators'] as const).map(
            (kind) => html`<label class="choice">
              <input
                type="radio"
                name="kind"
                value=${kind}
                .checked=${this.kind === kind}
                @change=${() => {
                  this.kind = kind;
                }}
              />
              ${kindLabel(kind)}
            </label>`,
          )}
        </fieldset>
        <div class="templates">
          <p>
            ${msg(
              'Start from a template in your language: keep its header row, and delete its example row before you import the file.',
              { id: 'import.templates' },
            )}
          </p>
          <ul>
            <li>
              <a id="template-csv" href=${importTemplateUrl(t, 'csv', locale, this.kind)} hreflang=${locale} download
                >${msg('Download the CSV template', { id: 'import.template_csv' })}</a
              >
            </li>
            <li>
              <a id="template-xlsx" href=${importTemplateUrl(t, 'xlsx', locale, this.kind)} hreflang=${locale} download
                >${msg('Download the Excel template (.xlsx)', { id: 'import.template_xlsx' })}</a
              >
            </li>
          </ul>
        </div>
        <div
          class="field drop ${this.dragging ? 'over' : ''}"
          @dragover=${this.handleDragOver}
          @dragleave=${() => {
            this.dragging = false;
          }}
          @drop=${this.handleDrop}
        >
          <label for="file">${msg('File to import (CSV or Excel .xlsx)', { id: 'import.file' })}</label>
          <input
            id="file"
            type="file"
            accept=${ACCEPT}
            aria-invalid=${this.fileError ? 'true' : 'false'}
            aria-describedby=${this.fileError ? 'file-hint file-error' : 'file-hint'}
            @change=${this.handleFileChange}
          />
          <p class="hint" id="file-hint">
            ${msg('You can also drop the file here.', { id: 'import.drop' })}
          </p>
          ${this.fileError ? html`<p class="field-error" id="file-error">${this.fileError}</p>` : nothing}
        </div>
        ${
          error
            ? html`<div class="notice error" role="alert" id="start-error" tabindex="-1">
              <p>${this.startErrorText(error)}</p>
            </div>`
            : nothing
        }
        <div class="actions">
          <button type="submit" id="check" ?disabled=${this.starting}>
            ${
              this.starting
                ? msg('Sending the file…', { id: 'import.sending' })
                : msg('Check the file', { id: 'import.check' })
            }
          </button>
        </div>
      </form>
    `;
  }

  private startErrorText(error: unknown) {
    if (isLadApiError(error)) {
      if (error.status === 413)
        return msg('This file is larger than the server accepts. Split it in two and import each part.', {
          id: 'import.too_large',
        });
      // A file its kind cannot import at all (no key column): the reasons, in the console's words.
      const fields = error.fieldErrors;
      if (fields.length)
        return html`${fields.map((f, i) => {
          const reason = importErrorText(f.code, String(f.path.at(-1) ?? ''));
          return html`${i ? ' ' : ''}${reason ?? html`<span lang="en">${f.message}</span>`}`;
        })}`;
      if (error.status === 415 || (error.status === 400 && error.code === 'malformed-request'))
        return msg('The server could not read this file as CSV or as an Excel workbook.', {
          id: 'import.unreadable',
        });
    }
    return errorText(error);
  }

  private renderRecent() {
    const recent = this.recent;
    return html`<section class="part" aria-labelledby="recent-heading">
      <h2 id="recent-heading">${msg('Your recent imports', { id: 'import.recent' })}</h2>
      ${recent.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        recent.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(recent.error)}</p>
            <button class="secondary" @click=${() => void this.fetchRecent()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${
        recent.kind === 'done' && !recent.items.length
          ? html`<p>${msg('You have not imported a file yet.', { id: 'import.recent_none' })}</p>`
          : nothing
      }
      ${
        recent.kind === 'done' && recent.items.length
          ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">${msg('Your recent imports', { id: 'import.recent' })}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('File', { id: 'import.col_file' })}</th>
                  <th scope="col">${msg('What it holds', { id: 'import.col_kind' })}</th>
                  <th scope="col">${msg('Where it stands', { id: 'import.col_state' })}</th>
                  <th scope="col">${msg('Started', { id: 'import.col_started' })}</th>
                </tr>
              </thead>
              <tbody>
                ${recent.items.map(
                  (job) => html`<tr>
                    <td><a href="#/import/${encodeURIComponent(job.id)}">${fileNameOf(job)}</a></td>
                    <td>${kindLabel(job.kind)}</td>
                    <td>${jobStatusLabel(job.status)}</td>
                    <td><time datetime=${job.createdAt}>${when(job.createdAt)}</time></td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderLoadError(error: unknown) {
    const missing = isLadApiError(error) && error.status === 404;
    return html`<div class="notice error" role="alert">
      <p>
        ${
          missing
            ? msg('There is no import at this address. It may be older than what the server keeps.', {
                id: 'import.not_found',
              })
            : errorText(error)
        }
      </p>
      <div class="actions">
        ${missing ? nothing : html`<button @click=${() => void this.poll()}>${retryText()}</button>`}
        <a class="button secondary" href="#/import">${msg('Import a file', { id: 'import.import_a_file' })}</a>
      </div>
    </div>`;
  }

  // A job: where it is, then what it would change or changed.

  private renderJob(job: ImportJob) {
    const by = job.createdBy;
    return html`
      <dl class="about">
        <div>
          <dt>${msg('File', { id: 'import.col_file' })}</dt>
          <dd>${fileNameOf(job)}</dd>
        </div>
        <div>
          <dt>${msg('What it holds', { id: 'import.col_kind' })}</dt>
          <dd>${kindLabel(job.kind)}</dd>
        </div>
        <div>
          <dt>${msg('Started', { id: 'import.col_started' })}</dt>
          <dd>
            <time datetime=${job.createdAt}>${when(job.createdAt)}</time>${
              by
                ? html` — ${msg(str`by ${by}`, { id: 'import.by', desc: 'Who started an import, e.g. “by Ana Pérez”' })}`
                : nothing
            }
          </dd>
        </div>
      </dl>
      ${
        this.lost
          ? html`<div class="notice" role="status">
            <p>
              ${msg(
                'The server cannot be reached just now. The import goes on there; this page asks again by itself.',
                { id: 'import.lost' },
              )}
            </p>
            <button class="secondary" @click=${() => void this.poll()}>${msg('Ask now', { id: 'import.ask_now' })}</button>
          </div>`
          : nothing
      }
      ${
        this.followError
          ? html`<div class="notice error" role="alert">
            <p>${errorText(this.followError)}</p>
            <button class="secondary" @click=${() => void this.poll()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${
        this.conflict
          ? html`<div class="notice" id="conflict" tabindex="-1">
            <p>
              ${msg(
                'This import was already applied, or is being applied, from another page. Here is where it stands now.',
                { id: 'import.conflict' },
              )}
            </p>
          </div>`
          : nothing
      }
      ${job.status === 'checking' || job.status === 'applying' ? this.renderProgress(job) : nothing}
      ${job.status === 'checked' && job.result ? this.renderDryRun(job, job.result) : nothing}
      ${job.status === 'applied' ? this.renderApplied(job) : nothing}
      ${job.status === 'failed' ? this.renderFailed(job) : nothing}
    `;
  }

  private renderProgress(job: ImportJob) {
    const { stage, processed, total } = job.progress;
    const done = Math.min(processed, total);
    const p = number(done);
    const t = number(total);
    let label: string;
    if (stage === 'check')
      label = total
        ? msg(str`Checking row ${p} of ${t}`, {
            id: 'import.progress.check',
            desc: 'Progress bar label, e.g. “Checking row 1,200 of 5,000”',
          })
        : msg('Reading the file…', { id: 'import.progress.reading' });
    else
      label = total
        ? byCount(
            total,
            () =>
              msg(str`Applying ${p} of ${t} changed row`, {
                id: 'import.progress.apply_one',
                desc: 'Progress bar label when one row changes, e.g. “Applying 0 of 1 changed row”',
              }),
            () =>
              msg(str`Applying ${p} of ${t} changed rows`, {
                id: 'import.progress.apply',
                desc: 'Progress bar label, e.g. “Applying 400 of 1,000 changed rows”',
              }),
          )
        : msg('Getting ready to apply the changes…', { id: 'import.progress.apply_start' });
    return html`<div class="progress" id="progress-box" tabindex="-1">
      <label for="progress">${label}</label>
      <progress id="progress" max=${total || 1} value=${ifDefined(total ? done : undefined)}></progress>
      <p class="hint">
        ${msg('You can close this page: the import goes on, and this address brings you back to it.', {
          id: 'import.close_ok',
        })}
      </p>
    </div>`;
  }

  private renderTotals(result: ImportResult, refusedRows: number) {
    const item = (label: string, n: number) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${number(n)}</dd>
      </div>`;
    return html`<dl class="totals">
      ${item(msg('New', { id: 'import.total.created', desc: 'Count of new rows in an import' }), result.created)}
      ${item(msg('Changed', { id: 'import.total.updated', desc: 'Count of changed rows in an import' }), result.updated)}
      ${item(
        msg('Unchanged', { id: 'import.total.unchanged', desc: 'Count of unchanged rows in an import' }),
        result.unchanged,
      )}
      ${item(msg('Refused', { id: 'import.total.refused', desc: 'Count of refused rows in an import' }), refusedRows)}
    </dl>`;
  }

  private renderDryRun(job: ImportJob, result: ImportResult) {
    const sections = sectionsOf(result);
    const changes = result.created + result.updated;
    const n = number(changes);
    const skipped = sections.refusedRows > 0;
    const unchanged = number(result.unchanged);
    const applyLabel = byCount(
      changes,
      () => msg(str`Apply ${n} change`, { id: 'import.apply_one', desc: 'Button; one row would change' }),
      () =>
        msg(str`Apply ${n} changes`, {
          id: 'import.apply',
          desc: 'Button; the number of rows that would change',
        }),
    );
    const describedBy = [changes ? '' : 'nothing-note', skipped ? 'skipped-note' : '']
      .filter(Boolean)
      .join(' ');
    return html`<section aria-labelledby="results">
      <h2 id="results" tabindex="-1">${msg('What the file would change', { id: 'import.results' })}</h2>
      ${this.renderTotals(result, sections.refusedRows)}
      ${
        changes
          ? nothing
          : html`<p id="nothing-note">
            ${msg('Nothing would change: every row is unchanged or refused.', { id: 'import.nothing' })}
          </p>`
      }
      ${
        skipped
          ? html`<p id="skipped-note">
            ${msg('Rows with problems are not imported; fix them in your file and import it again.', {
              id: 'import.skipped',
            })}
          </p>`
          : nothing
      }
      ${
        this.applyError
          ? html`<div class="notice error" role="alert" id="apply-error" tabindex="-1">
            <p>${errorText(this.applyError)}</p>
          </div>`
          : nothing
      }
      <div class="actions">
        <button
          id="apply"
          ?disabled=${!changes || this.applying}
          aria-describedby=${ifDefined(describedBy || undefined)}
          @click=${() => void this.handleApply()}
        >
          ${applyLabel}
        </button>
        <a class="button secondary" href="#/import?kind=${job.kind}"
          >${msg('Import another file', { id: 'import.another' })}</a
        >
      </div>
      ${this.renderRefused(sections.refused)} ${this.renderCreated(sections.created)}
      ${this.renderUpdated(sections.updated)}
      <section class="part" aria-labelledby="unchanged-heading">
        <h3 id="unchanged-heading">${msg('Unchanged rows', { id: 'import.unchanged' })}</h3>
        <p>
          ${
            result.unchanged
              ? byCount(
                  result.unchanged,
                  () =>
                    msg(str`${unchanged} row is as stored already: nothing to do for it.`, {
                      id: 'import.unchanged_one',
                      desc: 'One row of the file matches what is stored',
                    }),
                  () =>
                    msg(str`${unchanged} rows are as stored already: nothing to do for them.`, {
                      id: 'import.unchanged_count',
                      desc: 'The number is how many rows of the file match what is stored',
                    }),
                )
              : msg('None.', { id: 'import.none' })
          }
        </p>
      </section>
    </section>`;
  }

  /** "Showing 200 of 5,000." and the button that shows more, for a section cut short. */
  private renderMore(section: Section, total: number) {
    const shown = Math.min(this.shown[section], total);
    if (shown >= total) return nothing;
    const s = number(shown);
    const t = number(total);
    const next = number(Math.min(PAGE, total - shown));
    return html`<p class="meta">${msg(str`Showing ${s} of ${t}.`, { id: 'import.showing' })}</p>
      <button class="secondary" @click=${() => this.more(section)}>
        ${msg(str`Show ${next} more`, { id: 'import.more' })}
      </button>`;
  }

  private rowHeader(row: number) {
    // The file's own row number as a spreadsheet shows it: the header is row 1.
    return html`<th scope="row" tabindex="-1">${number(row + 1)}</th>`;
  }

  private renderRefused(errors: RowError[]) {
    const caption = msg('Refused rows', { id: 'import.refused' });
    return html`<section class="part" aria-labelledby="refused-heading">
      <h3 id="refused-heading">${caption}</h3>
      ${
        errors.length
          ? html`<div class="table-wrap">
              <table id="refused-table">
                <caption class="visually-hidden">${caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Row', { id: 'import.col_row' })}</th>
                    <th scope="col">${msg('Column', { id: 'import.col_column' })}</th>
                    <th scope="col">${msg('Why it was refused', { id: 'import.col_reason' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${errors.slice(0, this.shown.refused).map((e) => {
                    const reason = importErrorText(e.code, e.column);
                    return html`<tr>
                      ${this.rowHeader(e.row)}
                      <td>${e.column ? html`<code>${e.column}</code>` : '—'}</td>
                      <td>${reason ?? html`<span lang="en">${e.message}</span>`}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>
            <p class="hint">
              ${msg('Row numbers are those of your spreadsheet, where the header is row 1.', {
                id: 'import.row_hint',
              })}
            </p>
            ${this.renderMore('refused', errors.length)}`
          : html`<p>${msg('None.', { id: 'import.none' })}</p>`
      }
    </section>`;
  }

  private renderCreated(changes: Change[]) {
    const caption = msg('New rows', { id: 'import.created' });
    return html`<section class="part" aria-labelledby="created-heading">
      <h3 id="created-heading">${caption}</h3>
      ${
        changes.length
          ? html`<div class="table-wrap">
              <table id="created-table">
                <caption class="visually-hidden">${caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Row', { id: 'import.col_row' })}</th>
                    <th scope="col">${fieldLabel('externalId')}</th>
                    <th scope="col">${msg('What it is', { id: 'import.col_label' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${changes.slice(0, this.shown.created).map(
                    (c) => html`<tr>
                      ${this.rowHeader(c.row)}
                      <td><code>${c.externalId}</code></td>
                      <td>${c.label ?? '—'}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${this.renderMore('created', changes.length)}`
          : html`<p>${msg('None.', { id: 'import.none' })}</p>`
      }
    </section>`;
  }

  private renderUpdated(changes: Change[]) {
    const caption = msg('Changed rows', { id: 'import.updated' });
    return html`<section class="part" aria-labelledby="updated-heading">
      <h3 id="updated-heading">${caption}</h3>
      ${
        changes.length
          ? html`<div class="table-wrap">
              <table id="updated-table">
                <caption class="visually-hidden">${caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Row', { id: 'import.col_row' })}</th>
                    <th scope="col">${fieldLabel('externalId')}</th>
                    <th scope="col">${msg('What it is', { id: 'import.col_label' })}</th>
                    <th scope="col">${msg('What changes', { id: 'import.col_diff' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${changes.slice(0, this.shown.updated).map(
                    (c) => html`<tr>
                      ${this.rowHeader(c.row)}
                      <td><code>${c.externalId}</code></td>
                      <td>${c.label ?? '—'}</td>
                      <td>${this.renderDiff(c)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${this.renderMore('updated', changes.length)}`
          : html`<p>${msg('None.', { id: 'import.none' })}</p>`
      }
    </section>`;
  }

  private renderDiff(change: Change) {
    const name = (field: string) => fieldLabel(field) ?? html`<code>${field}</code>`;
    const diff = change.diff;
    if (!diff) return change.fields.map((f, i) => html`${i ? ', ' : ''}${name(f)}`);
    const becomes = msg('becomes', {
      id: 'import.becomes',
      desc: 'Between a stored value and its new value',
    });
    return html`<dl class="diff">
      ${Object.entries(diff).map(
        ([field, { from, to }]) => html`<dt>${name(field)}</dt>
          <dd>
            ${valueText(field, from)} <span class="arrow" aria-hidden="true">→</span>
            <span class="visually-hidden">${becomes}</span> ${valueText(field, to)}
          </dd>`,
      )}
    </dl>`;
  }

  private renderApplied(job: ImportJob) {
    const result = job.result;
    const sections = result ? sectionsOf(result) : null;
    return html`<section aria-labelledby="applied">
      <h2 id="applied" tabindex="-1">${msg('The import is applied', { id: 'import.applied' })}</h2>
      ${result && sections ? this.renderTotals(result, sections.refusedRows) : nothing}
      ${
        sections?.refusedRows
          ? html`<p>
            ${msg('Rows with problems are not imported; fix them in your file and import it again.', {
              id: 'import.skipped',
            })}
          </p>`
          : nothing
      }
      <div class="actions">
        ${
          job.kind === 'commitments'
            ? html`<a class="button" href="#/commitments">${msg('See the commitments', { id: 'import.see_commitments' })}</a>`
            : nothing
        }
        <a class="button secondary" href="#/import?kind=${job.kind}"
          >${msg('Import another file', { id: 'import.another' })}</a
        >
      </div>
    </section>`;
  }

  private renderFailed(job: ImportJob) {
    const result = job.result && !job.result.dryRun ? job.result : null;
    return html`<section aria-labelledby="failed">
      <h2 id="failed" tabindex="-1">${msg('The import stopped', { id: 'import.failed' })}</h2>
      <div class="notice error">
        ${failureText(job)}
      </div>
      ${
        result
          ? html`<p>${msg('Before it stopped, these rows were applied:', { id: 'import.partly' })}</p>
            ${this.renderTotals(result, sectionsOf(result).refusedRows)}
            <p>
              ${msg('Importing the same file again applies the rest: rows already applied stay unchanged.', {
                id: 'import.partly_again',
              })}
            </p>`
          : nothing
      }
      <div class="actions">
        <a class="button" href="#/import?kind=${job.kind}">${msg('Start again', { id: 'import.start_again' })}</a>
      </div>
    </section>`;
  }
}

/**
 * Why a job failed, in the person's language where the console knows the reason; otherwise the
 * server's own words (in English).
 */
function failureText(job: ImportJob) {
  switch (job.error?.code) {
    case 'interrupted':
      return html`<p>
        ${msg(
          'The server stopped while this import was running. Start the import again: rows already applied are recognised and left as they are.',
          { id: 'import.failed_interrupted' },
        )}
      </p>`;
    case 'internal':
      return html`<p>
        ${msg(
          str`Something went wrong on our side. Start the import again; if it fails again, give the secretariat this import's number: ${job.id}.`,
          {
            id: 'import.failed_internal',
          },
        )}
      </p>`;
    default:
      return html`<p>${withColon(msg('The server said', { id: 'import.server_said', desc: 'Before the server’s own words' }))}</p>
        <p lang="en">${job.error?.detail ?? job.error?.code ?? '—'}</p>`;
  }
}

/** Whether the server is still working on `job`. */
const running = (job: ImportJob) => job.status === 'checking' || job.status === 'applying';

const fileNameOf = (job: ImportJob) =>
  job.fileName ?? msg('(a file without a name)', { id: 'import.no_file_name' });

const when = (iso: string) => formatDate(iso, currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

declare global {
  interface HTMLElementTagNameMap {
    'lad-import-page': LadImportPage;
  }
}
