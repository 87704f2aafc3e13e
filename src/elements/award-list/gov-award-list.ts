import { html, nothing, noChange, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { foldVietnamese } from '../../format/text.js';
import type { AwardDecision, Issue } from '../../model/types.js';
import { GovElement } from '../shared/gov-element.js';
import { calendarDate } from '../../format/dates.js';
import { decisionTitle, groupRecipients, queryTerms, rowMatches, toAwardCsv } from './data.js';
import type { AwardSort, RecipientGroup, RecipientRow } from './data.js';
import type { Locale } from '../../format/locale.js';
import { messages, type AwardListMessages } from './messages.js';
import { styles } from './styles.js';
import { checkDecisions, type CheckedDecision } from './validate.js';

export { toAwardCsv, type AwardSort } from './data.js';

interface DecisionView extends CheckedDecision {
  date?: ReturnType<typeof calendarDate>;
  groups: RecipientGroup[];
}

/** Rows put in the DOM per task when the list is rendered in the browser. */
const ROWS_PER_TASK = 1000;

/** A paragraph with its part (and role), or nothing when there is no text. */
const para = (part: string, text: unknown, role?: string) =>
  text ? html`<p part=${part} role=${role ?? nothing}>${text}</p>` : nothing;

/**
 * An award decision — form, rank, number, date, issuer, reason — and its recipients grouped as
 * collectives (tập thể), individuals (cá nhân) and households (hộ gia đình), with a total checked
 * against the stated one, an accent-insensitive filter, a print stylesheet and a CSV download.
 *
 * Data comes from the `decision` / `decisions` property, from `src` (a JSON URL, fetched in the
 * browser), or — tag-only — from a child `<script type="application/json">` holding one decision
 * or an array. The child script is read in the browser only, when the element connects:
 * @lit-labs/ssr does not give an element its light-DOM children, so for server rendering use
 * the property.
 *
 * Big decisions (20,000 recipients): each row prints its number in the decision, and keeps it
 * while the filter hides others. Rendered in the browser, rows go in 1,000 a task after the first
 * screen; a server-rendered list is hydrated whole. The filter, its live count, the CSV and print
 * always cover every row (printing first puts the missing rows in).
 *
 * @tagname gov-award-list
 * @summary A typed, searchable, printable list of award recipients (khen thưởng).
 *
 * @attr {string} src - URL of a JSON award decision (or array of them), fetched on the client.
 * @attr {'given' | 'name'} sort - `given` (default: the order of the decision, which ranks) or `name` (Vietnamese collation; individuals by given name, then full name).
 * @attr {'list' | 'table'} layout - `list` (default) or `table`.
 * @attr {boolean} audit - Editors' mode: shows a notice when the stated total disagrees with the list.
 * @attr {string} query - Text of the filter (accent-insensitive); follows what the reader types.
 * @attr {number} heading-level - Level of the decision heading (default 2); group headings are one below.
 * @attr {string} time-zone - Zone in which a signing date-time with an offset is read (default Asia/Ho_Chi_Minh).
 * @attr {string} lang - `vi` or `en`; defaults to the closest `[lang]`.
 *
 * @fires gov-error - `{ source, issues: [{ path, message, code }] }` when data is invalid (paths like
 * `decisions[0].recipients[3].name`), when `statedTotal` disagrees (`count-mismatch`), when the child JSON cannot be
 * read (`invalid-json`), or when `src` fails: `fetch-failed` (network, HTTP status), `invalid-json` (not JSON) or
 * `malformed` (JSON without an award decision with recipients, followed by its issues with paths). A failed `src`
 * keeps the last good data shown.
 *
 * @csspart toolbar - The filter and download row (hidden in print).
 * @csspart filter-label - Label of the filter box.
 * @csspart filter - The `<input type="search">`.
 * @csspart download - The CSV download button.
 * @csspart status - Live region announcing the number of matches.
 * @csspart retry - The retry button after `src` failed (the last good data stays shown).
 * @csspart notice - Any notice (loading, empty, load error, invalid data, count mismatch).
 * @csspart audit-notice - The count-mismatch notice of audit mode (with `notice`).
 * @csspart decision - One decision.
 * @csspart heading - The decision heading (form and rank).
 * @csspart meta - "Quyết định số … ngày … của …".
 * @csspart emulation-title - The emulation title (danh hiệu thi đua).
 * @csspart reason - The reason for the award.
 * @csspart group - One group of recipients (list layout).
 * @csspart group-heading - Heading of a group ("Tập thể (5)"); the caption in table layout.
 * @csspart list - The `<ol>` of a group (list layout).
 * @csspart recipient - One recipient (`<li>` or `<tr>`).
 * @csspart name - A recipient's name.
 * @csspart posthumous - "(truy tặng)".
 * @csspart details - Position and unit after the name (list layout).
 * @csspart table - The `<table>` of a group (table layout).
 * @csspart cell - A table cell (header or data).
 * @csspart total - The total line ("19 tập thể, cá nhân được khen thưởng").
 *
 * @cssproperty [--gov-award-list-text=var(--gov-color-text, #1b1b1b)] - Text colour.
 * @cssproperty [--gov-award-list-muted=var(--gov-color-text-muted, #595959)] - Colour of meta, details and counts.
 * @cssproperty [--gov-award-list-accent=var(--gov-color-primary, #a50f15)] - Colour of the decision heading.
 * @cssproperty [--gov-award-list-border=var(--gov-color-border, #c9c9c9)] - Rules and table borders.
 * @cssproperty [--gov-award-list-notice-bg=var(--gov-color-warning-bg, #fff4d6)] - Background of notices.
 * @cssproperty [--gov-award-list-focus=var(--gov-color-focus, #0b4ea2)] - Focus outline colour.
 */
export class GovAwardList extends GovElement {
  static override styles = styles;

  static override properties = {
    decision: { attribute: false },
    decisions: { attribute: false },
    src: {},
    sort: {},
    layout: { reflect: true },
    audit: { type: Boolean, reflect: true },
    query: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeZone: { attribute: 'time-zone' },
    _data: { state: true },
    _sourceIssues: { state: true },
    _limit: { state: true },
  };

  /** One decision (typed model object, or JSON from a CMS: it is checked). */
  declare decision: AwardDecision | undefined;
  /** Several decisions; wins over `decision`. */
  declare decisions: AwardDecision[] | undefined;
  declare src: string | undefined;
  declare sort: AwardSort;
  declare layout: 'list' | 'table';
  declare audit: boolean;
  declare query: string;
  declare headingLevel: number;
  declare timeZone: string | undefined;
  /** Data read from `src` or from the child script. */
  declare private _data: unknown;
  /** What went wrong reading `src` or the child script (empty when nothing did). */
  declare private _sourceIssues: Issue[];
  /** How many rows the DOM may hold (see willUpdate). */
  declare private _limit: number;

  #views: DecisionView[] = [];
  /** Every row of every group, in document order, and the `<li>`/`<tr>` of each. */
  #rows: RecipientRow[] = [];
  #rowElements: HTMLElement[] = [];
  /** Whether this update renders the rows (see willUpdate), and in which locale they were. */
  #renderRows = false;
  #rowsLocale: Locale | undefined;
  #dataIssues: Issue[] = [];
  #shown = 0;
  #terms: string[] = [];
  #abort: AbortController | undefined;
  #fetched: string | undefined;

  constructor() {
    super();
    this.sort = 'given';
    this.layout = 'list';
    this.audit = false;
    this.query = '';
    this.headingLevel = 2;
    this._sourceIssues = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Server-rendered: the first render must match the server's. A server that was given the
    // data (property) rendered decisions, and the child holds the same data: read it now. A server
    // that had no data rendered none: render that first, then read the child. (`src` is fetched
    // from `updated`: GovElement asks for an update on every connection.)
    if (isServer) return;
    if (this.shadowRoot?.querySelector('[part=decision]') || !this.shadowRoot || this.hasUpdated)
      this.#readScript();
    else void this.updateComplete.then(() => this.#readScript());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#fetched = undefined;
  }

  #readScript(): void {
    const text = this.querySelector(':scope>script[type="application/json"]')?.textContent;
    if (text != null && !this.src) {
      try {
        this._data = JSON.parse(text);
      } catch (error) {
        const message = `invalid JSON: ${(error as Error).message}`;
        this._sourceIssues = [{ path: 'script', message, code: 'invalid-json' }];
      }
    }
  }

  /**
   * Fetches `src` (state is only set after an await: never inside `updated`). Only an answer that
   * holds award decisions replaces the data: after a failure, or JSON of another shape, the last
   * good data stays on screen, with the error and a retry button.
   */
  async #fetch(src: string | undefined): Promise<void> {
    this.#abort?.abort();
    this.#fetched = src;
    if (!src) return;
    const { signal } = (this.#abort = new AbortController());
    let json: unknown;
    let issues: Issue[];
    try {
      const response = await fetch(src, { signal });
      if (!response.ok) throw Error(`HTTP ${response.status}`);
      json = await response.json();
      // `null`, `{}`, `[1, 2]`, a decision without a valid recipient: not an award list.
      const checked = checkDecisions(json);
      const malformed =
        !checked.decisions[0] || checked.decisions.some(({ decision }) => !decision.recipients[0]);
      const notAwards: Issue = { path: 'src', message: 'not an award decision', code: 'malformed' };
      issues = malformed ? [notAwards, ...checked.issues] : [];
    } catch (error) {
      const { name, message } = error as Error;
      issues = [{ path: 'src', message, code: name == 'SyntaxError' ? 'invalid-json' : 'fetch-failed' }];
    }
    if (signal.aborted) return;
    if (!issues[0]) this._data = json;
    this._sourceIssues = issues;
  }

  /** Printing before every row is in: all go in now (Lit renders before the print layout). */
  #renderAllRows = () => (this._limit = Infinity);

  /** The retry button: loads `src` again. */
  #retry(): void {
    void this.#fetch(this.src);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dataChanged = ['decision', 'decisions', '_data', 'sort', 'timeZone'].some((k) => changed.has(k));
    if (dataChanged) {
      const checked = checkDecisions(this.decisions ?? this.decision ?? this._data);
      this.#dataIssues = checked.issues;
      this.#views = checked.decisions.map((c) => ({
        ...c,
        date: calendarDate(c.decision.signedAt, this.timeZone),
        groups: groupRecipients(c.decision.recipients, this.sort),
      }));
      this.#rows = this.#views.flatMap((view) => view.groups.flatMap((group) => group.rows));
    }
    // In the browser the rows go in a chunk at a time, one chunk a task, so that 20,000 rows
    // show their first screen at once. A server-rendered list is hydrated whole: the server
    // printed every row (for readers without scripts, and for print).
    this._limit ??=
      isServer || this.shadowRoot?.querySelector('[part~=recipient]') ? Infinity : ROWS_PER_TASK;
    let room = this._limit;
    for (const view of this.#views) {
      for (const group of view.groups) room -= group.rendered = Math.min(room, group.rows.length);
    }
    // A keystroke (only `query` changed, same locale) does not render the rows again: Lit would
    // compare 20,000 rows. `updated` toggles `hidden` on the rows whose state changed instead.
    this.#renderRows = this.locale != this.#rowsLocale || [...changed.keys()].some((key) => key != 'query');
    this.#rowsLocale = this.locale;
    if (dataChanged || changed.has('query')) {
      // Filtering sets `hidden` on the rows already in the DOM: every row stays in place (the
      // same node), nothing is created or removed, and print can show the whole list. Hence no
      // `repeat` directive: rows only move when the data or the sort changes.
      const terms = (this.#terms = queryTerms(this.query ?? ''));
      this.#shown = 0;
      for (const view of this.#views) {
        for (const group of view.groups) {
          this.#shown += group.shown = group.rows.filter(
            (row) => !(row.hidden = !rowMatches(row, terms)),
          ).length;
        }
      }
    }
    if (dataChanged || changed.has('_sourceIssues'))
      this.reportIssues([...this.#dataIssues, ...this._sourceIssues]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#renderRows)
      this.#rowElements = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~=recipient]')];
    const inDom = this.#rowElements.length;
    if (inDom < this.#rows.length) {
      setTimeout(() => (this._limit = inDom + ROWS_PER_TASK));
      window.addEventListener('beforeprint', this.#renderAllRows);
    } else window.removeEventListener('beforeprint', this.#renderAllRows);
    // The filter's result. Also after the rows were rendered: Lit skips a `hidden` it believes
    // it already wrote, and this loop may have changed it since.
    this.#rowElements.forEach((element, index) => {
      const hidden = !!this.#rows[index]?.hidden;
      if (element.hidden != hidden) element.hidden = hidden;
    });
    if (this.isConnected && this.src !== this.#fetched) void this.#fetch(this.src);
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  /** The CSV of every recipient (whatever the filter shows), downloaded through a temporary link. */
  #download(): void {
    const decisions = this.#views.map((v) => v.decision);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(
      new Blob([toAwardCsv(decisions, this.locale, this)], { type: 'text/csv;charset=utf-8' }),
    );
    // "khen-thuong-163-qd-du.csv" for decision 163/QĐ-ĐU
    a.download = `${[messages[this.locale].fileName, ...foldVietnamese((decisions.length == 1 && decisions[0]!.number) || '').split(/[^a-z0-9]+/)].filter((w) => w).join('-')}.csv`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // Empty child parts render `nothing`, never '': a server-rendered empty string has no text node
  // to update after hydration (Lit would write into the closing marker comment).
  override render(): TemplateResult {
    const m = messages[this.locale];
    const source = this._sourceIssues[0];
    const invalid = this.#dataIssues.filter((i) => i.code != 'count-mismatch').length;
    const has = this.#views.length;
    return html`${
      has
        ? html`<div part="toolbar">
              <label part="filter-label" for="filter">${m.filterLabel}</label
              ><input
                part="filter"
                id="filter"
                type="search"
                autocomplete="off"
                .value=${this.query}
                @input=${this.#onInput}
              /><button part="download" type="button" @click=${this.#download}>${m.download}</button>
            </div>
            <p part="status" role="status" aria-live="polite">
              ${this.#terms.length ? m.matches(this.#shown, this.query.trim()) : nothing}
            </p>`
        : nothing
    }${
      source
        ? html`<p part="notice" role="alert">
            ${m.loadFailed(source.code == 'fetch-failed' ? source.message : 'JSON')}${
              source.path == 'src'
                ? html` <button part="retry" type="button" @click=${this.#retry}>${m.retry}</button>`
                : nothing
            }
          </p>`
        : nothing
    }${para(
      'notice',
      invalid && m.invalid(invalid),
    )}${para('notice', !has && this.src && !source && m.loading)}${this.#views.map((view) => this.#renderDecision(view, m))}`;
  }

  #renderDecision({ decision: d, given, date, groups }: DecisionView, m: AwardListMessages): TemplateResult {
    const level = Math.min(Math.max(this.headingLevel | 0 || 2, 1), 5);
    const issuer = [d.issuer?.title, d.issuer?.body].filter((w) => w).join(' ');
    const stated = d.statedTotal;
    return html`<section part="decision">
      <div part="heading" role="heading" aria-level=${level}>${decisionTitle(d, this.locale)}</div>
      ${
        d.number || date || issuer
          ? html`<p part="meta">
              ${m.decision(d.number)}${date ? html` ${m.signed} <time datetime=${date.datetime}>${date.text}</time>` : nothing}${issuer ? ` ${m.issuedBy} ${issuer}` : nothing}
            </p>`
          : nothing
      }${para('emulation-title', d.emulationTitle)}${para('reason', d.reason)}${para(
        'notice audit-notice',
        this.audit && stated !== undefined && stated != given && m.mismatch(stated, given),
        'note',
      )}${groups.map((g) => this.#renderGroup(g, level + 1, m))}
      <p part="total">
        ${m.total(
          d.recipients.length,
          groups.map((g) => g.kind),
        )}
      </p>
    </section>`;
  }

  #renderGroup(g: RecipientGroup, level: number, m: AwardListMessages): TemplateResult {
    const heading = `${m.kinds[g.kind]} (${g.rows.length})`;
    // A plain name is text, not a nested template: one template instance a row, not three.
    const name = (row: RecipientRow) =>
      row.posthumous ? html`${row.name} <span part="posthumous">${m.posthumous}</span>` : row.name;
    // The rows in the DOM so far, or none again after a keystroke (see willUpdate).
    const rows = (template: (row: RecipientRow) => TemplateResult) =>
      this.#renderRows ? g.rows.slice(0, g.rendered).map(template) : noChange;
    if (this.layout != 'table') {
      // Each row prints its number: the filter hides rows, and a row keeps the number it has in
      // the decision. (`<li value>` would too, but Chromium lays it out in quadratic time.)
      const item = (row: RecipientRow) => {
        const details = [row.position, row.unit].filter((word) => word).join(', ');
        return html`<li part="recipient" ?hidden=${row.hidden}>
          ${row.n}. <span part="name">${name(row)}</span
          ><span part="details">${details ? `, ${details}` : nothing}</span>
        </li>`;
      };
      return html`<section part="group" ?hidden=${!g.shown}>
        <div part="group-heading" role="heading" aria-level=${level}>${heading}</div>
        <ol part="list">
          ${rows(item)}
        </ol>
      </section>`;
    }
    // Position and unit columns only when a row of the group has one.
    const columns = (['position', 'unit'] as const).filter((column) => g.rows.some((row) => row[column]));
    const header = (['n', 'name', ...columns] as const).map(
      (column) => html`<th part="cell" scope="col">${m.columns[column]}</th>`,
    );
    const tableRow = (row: RecipientRow) =>
      html`<tr part="recipient" ?hidden=${row.hidden}>
        <td part="cell">${row.n}</td>
        <th part="cell name" scope="row">${name(row)}</th>
        ${columns.map((column) => html`<td part="cell">${row[column] || nothing}</td>`)}
      </tr>`;
    return html`<table part="table" ?hidden=${!g.shown}>
      <caption part="group-heading">
        ${heading}
      </caption>
      <thead>
        <tr>
          ${header}
        </tr>
      </thead>
      <tbody>
        ${rows(tableRow)}
      </tbody>
    </table>`;
  }
}
