import { html, nothing, noChange, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { foldVietnamese } from '../../format/text.js';
import type { Locale } from '../../format/locale.js';
import type { AwardDecision, AwardRecipient, Issue } from '../../model/types.js';
import { GovElement } from '../shared/gov-element.js';
import { toAwardCsv } from './csv.js';
import { queryTerms, type AwardSort } from './data.js';
import { messages, type AwardListMessages } from './messages.js';
import { styles } from './styles.js';
import { checkDecisions } from './validate.js';
import {
  awardListView,
  filterRows,
  matchCount,
  recipientDetails,
  type AwardListView,
  type DecisionView,
  type GroupView,
} from './view.js';

export { toAwardCsv } from './csv.js';
export type { AwardSort } from './data.js';

/** Rows put in the DOM per task when the list is rendered in the browser. */
const ROWS_PER_TASK = 1000;

/** The properties that change what the decisions are (checked again, grouped, sorted). */
const DATA_PROPERTIES = ['decision', 'decisions', '_data', 'sort', 'timeZone'];

/** Lays out one row: its recipient, its number in the group, whether the filter hides it. */
type RowTemplate = (row: AwardRecipient, number: number, hidden: boolean) => TemplateResult;

/** A paragraph with its part (and role), or nothing when there is no text. */
const paragraph = (part: string, text: unknown, role?: string) =>
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
 * The filter box and the download button need the script: the server's HTML leaves them out (a
 * page without JavaScript offers nothing that does nothing), and they come with the update after
 * the first one in the browser. A `query` set on the server filters its HTML all the same.
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
 * @csspart toolbar - The filter and download row (hidden in print; empty until the element runs in the browser).
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
 * @csspart group-matches - While filtering, how many of the group match ("3 trong số", hidden in print).
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

  /** The decisions as checked, and what was wrong in the data. */
  #checked: ReturnType<typeof checkDecisions> = { decisions: [], issues: [] };
  /** What is shown (see view.ts), and the locale it was made in (the first willUpdate makes it). */
  #view!: AwardListView;
  #viewLocale: Locale | undefined;
  /** The filter: the words of the query, and the indexes (in `#view.rows`) of the rows it shows. */
  #terms: string[] = [];
  #matching = new Set<number>();
  /** The `<li>`/`<tr>` of each row in the DOM so far, in the order of `#view.rows`. */
  #rowElements: HTMLElement[] = [];
  /** Whether this update renders the rows (see willUpdate). */
  #renderRows = false;
  #abort: AbortController | undefined;
  /** The `src` last fetched (or being fetched). */
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
    // The first render also leaves the controls out (see #toolbar): the update right after it
    // puts them in.
    if (!this.hasUpdated) void this.updateComplete.then(() => this.requestUpdate());
    const serverRenderedEmpty =
      this.shadowRoot && !this.hasUpdated && !this.shadowRoot.querySelector('[part=decision]');
    if (serverRenderedEmpty) void this.updateComplete.then(() => this.#readScript());
    else this.#readScript();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#fetched = undefined;
  }

  #readScript(): void {
    const text = this.querySelector(':scope>script[type="application/json"]')?.textContent;
    if (text == null || this.src) return;
    try {
      this._data = JSON.parse(text);
    } catch (error) {
      const message = `invalid JSON: ${(error as Error).message}`;
      this._sourceIssues = [{ path: 'script', message, code: 'invalid-json' }];
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
    const abort = new AbortController();
    this.#abort = abort;
    let json: unknown;
    let issues: Issue[];
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) throw Error(`HTTP ${response.status}`);
      json = await response.json();
      // `null`, `{}`, `[1, 2]`, a decision without a valid recipient: not an award list.
      const checked = checkDecisions(json);
      const awards =
        checked.decisions[0] && checked.decisions.every(({ decision }) => decision.recipients[0]);
      const notAwards: Issue = { path: 'src', message: 'not an award decision', code: 'malformed' };
      issues = awards ? [] : [notAwards, ...checked.issues];
    } catch (error) {
      const { name, message } = error as Error;
      issues = [{ path: 'src', message, code: name == 'SyntaxError' ? 'invalid-json' : 'fetch-failed' }];
    }
    if (abort.signal.aborted) return;
    if (!issues[0]) this._data = json;
    this._sourceIssues = issues;
  }

  /** Printing before every row is in: all go in now (Lit renders before the print layout). */
  #renderAllRows = (): void => {
    this._limit = Infinity;
  };

  /** The retry button: loads `src` again. */
  #retry(): void {
    void this.#fetch(this.src);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dataChanged = DATA_PROPERTIES.some((key) => changed.has(key));
    if (dataChanged) this.#checked = checkDecisions(this.decisions ?? this.decision ?? this._data);
    const viewChanged = dataChanged || this.locale != this.#viewLocale;
    if (viewChanged) {
      const options = { locale: this.locale, sort: this.sort, timeZone: this.timeZone };
      this.#view = awardListView(this.#checked, options);
      this.#viewLocale = this.locale;
    }
    if (viewChanged || changed.has('query')) {
      this.#terms = queryTerms(this.query ?? '');
      this.#matching = filterRows(this.#view, this.#terms);
    }
    // In the browser the rows go in a chunk at a time, one chunk a task, so that 20,000 rows
    // show their first screen at once. A server-rendered list is hydrated whole: the server
    // printed every row (for readers without scripts, and for print).
    const serverRendered = isServer || !!this.shadowRoot?.querySelector('[part~=recipient]');
    this._limit ??= serverRendered ? Infinity : ROWS_PER_TASK;
    // A keystroke (only `query` changed) does not render the rows again: Lit would compare
    // 20,000 rows. `updated` sets `hidden` on the rows whose state changed instead. Filtering
    // leaves every row in place (the same node; nothing is created or removed) and print can
    // show the whole list. Hence no `repeat` directive: rows only move when the data or the sort
    // changes.
    this.#renderRows = viewChanged || [...changed.keys()].some((key) => key != 'query');
    if (dataChanged || changed.has('_sourceIssues'))
      this.reportIssues([...this.#checked.issues, ...this._sourceIssues]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#renderRows)
      this.#rowElements = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~=recipient]')];
    const inDom = this.#rowElements.length;
    if (inDom < this.#view.rows.length) {
      setTimeout(() => {
        this._limit = inDom + ROWS_PER_TASK;
      });
      window.addEventListener('beforeprint', this.#renderAllRows);
    } else window.removeEventListener('beforeprint', this.#renderAllRows);
    // The filter's result. Also after the rows were rendered: Lit skips a `hidden` it believes
    // it already wrote, and the filter may have changed it since.
    this.#rowElements.forEach((element, index) => {
      const hidden = !this.#matching.has(index);
      if (element.hidden != hidden) element.hidden = hidden;
    });
    if (this.isConnected && this.src !== this.#fetched) void this.#fetch(this.src);
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  /** The CSV of every recipient (whatever the filter shows), downloaded through a temporary link. */
  #download(): void {
    const decisions = this.#checked.decisions.map((checked) => checked.decision);
    const csv = toAwardCsv(decisions, this.locale, { sort: this.sort, timeZone: this.timeZone });
    // "khen-thuong-163-qd-du.csv" for decision 163/QĐ-ĐU
    const number = (decisions.length == 1 && decisions[0]!.number) || '';
    const words = foldVietnamese(`${messages[this.locale].fileName} ${number}`).split(/[^a-z0-9]+/);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `${words.filter(Boolean).join('-')}.csv`;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // Empty child parts render `nothing`, never '': a server-rendered empty string has no text node
  // to update after hydration (Lit would write into the closing marker comment). No template ends
  // with a binding: lit-html then appends `<?>` to its HTML, and @lit-labs/ssr writes it out
  // (hence the decisions' `<div>`).
  override render(): TemplateResult {
    const text = messages[this.locale];
    const source = this._sourceIssues[0];
    const { decisions, invalid } = this.#view;
    // `heading-level` as a whole number from 1 to 5 (2 when it is not a number, or 0).
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 5);
    const loading = !decisions[0] && this.src && !source && text.loading;
    return html`${decisions[0] ? this.#toolbar(text) : nothing}${
        source ? this.#sourceNotice(source, text) : nothing
      }${paragraph('notice', invalid)}${paragraph('notice', loading)}
      <div>${decisions.map((decision) => this.#decision(decision, level, text))}</div>`;
  }

  /**
   * The controls' row and the live count of matches. The controls work only with the script, so
   * the first render (the server's, or the one that hydrates it) leaves the row empty.
   */
  #toolbar(text: AwardListMessages): TemplateResult {
    return html`<div part="toolbar">${this.hasUpdated ? this.#controls(text) : nothing}</div>
      <p part="status" role="status" aria-live="polite">
        ${this.#terms[0] ? text.matches(this.#matching.size, this.query.trim()) : nothing}
      </p>`;
  }

  /** The filter and the download button. */
  #controls(text: AwardListMessages): TemplateResult {
    return html`<label part="filter-label" for="filter">${text.filterLabel}</label>
      <input
        part="filter"
        id="filter"
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${this.#onInput}
      />
      <button part="download" type="button" @click=${this.#download}>${text.download}</button>`;
  }

  /** Why `src` or the child script could not be read; after `src`, with a retry button. */
  #sourceNotice(source: Issue, text: AwardListMessages): TemplateResult {
    const retry = html` <button part="retry" type="button" @click=${this.#retry}>${text.retry}</button>`;
    return html`<p part="notice" role="alert">
      ${text.loadFailed(source.code == 'fetch-failed' ? source.message : 'JSON')}${
        source.path == 'src' ? retry : nothing
      }
    </p>`;
  }

  #decision(view: DecisionView, level: number, text: AwardListMessages): TemplateResult {
    const { decision, date, issuer } = view;
    return html`<section part="decision">
      <div part="heading" role="heading" aria-level=${level}>${view.heading}</div>
      ${decision.number || date || issuer ? this.#decisionLine(view, text) : nothing}
      ${paragraph('emulation-title', decision.emulationTitle)} ${paragraph('reason', decision.reason)}
      ${paragraph('notice audit-notice', this.audit && view.mismatch, 'note')}
      ${view.groups.map((group) => this.#group(group, level + 1, text))}
      <p part="total">${view.total}</p>
    </section>`;
  }

  /** "Quyết định số 163/QĐ-ĐU ngày 15/03/2023 của Đảng ủy phường Quang Trung". */
  #decisionLine({ decision, date, issuer }: DecisionView, text: AwardListMessages): TemplateResult {
    const signed = date && html` ${text.signed} <time datetime=${date.datetime}>${date.text}</time>`;
    const issuedBy = issuer && ` ${text.issuedBy} ${issuer}`;
    return html`<p part="meta">
      ${text.decision(decision.number)}${signed || nothing}${issuedBy || nothing}
    </p>`;
  }

  #group(group: GroupView, level: number, text: AwardListMessages): TemplateResult {
    return this.layout == 'table' ? this.#table(group, text) : this.#list(group, level, text);
  }

  /**
   * The group's rows in the DOM so far (see `_limit`), each laid out by `template` with its number
   * (its place in the group) and whether the filter hides it; or, after a keystroke, `noChange`
   * (see willUpdate).
   */
  #rows(group: GroupView, template: RowTemplate) {
    if (!this.#renderRows) return noChange;
    const count = Math.max(0, this._limit - group.start);
    return group.rows
      .slice(0, count)
      .map((row, offset) => template(row, offset + 1, !this.#matching.has(group.start + offset)));
  }

  /** A name, and "(truy tặng)" after it. A plain name is text: one template instance a row, not two. */
  #name(row: AwardRecipient): TemplateResult | string {
    const posthumous = messages[this.locale].posthumous;
    return row.posthumous ? html`${row.name} <span part="posthumous">${posthumous}</span>` : row.name;
  }

  /**
   * "Cá nhân (14)"; while filtering, how many of them match: "Cá nhân (3 trong số 14)". That part
   * is hidden in print, which shows every row.
   */
  #groupHeading(group: GroupView, matches: number, text: AwardListMessages): TemplateResult {
    const shown = this.#terms[0] && html`<span part="group-matches">${text.matchesOf(matches)} </span>`;
    return html`${group.name} (${shown || nothing}${group.rows.length})`;
  }

  #list(group: GroupView, level: number, text: AwardListMessages): TemplateResult {
    const matches = matchCount(group, this.#matching);
    return html`<section part="group" ?hidden=${!matches}>
      <div part="group-heading" role="heading" aria-level=${level}>
        ${this.#groupHeading(group, matches, text)}
      </div>
      <ol part="list">
        ${this.#rows(group, this.#listItem)}
      </ol>
    </section>`;
  }

  /**
   * Each row prints its number: the filter hides rows, and a row keeps the number it has in the
   * decision. (`<li value>` would too, but Chromium lays it out in quadratic time.)
   */
  #listItem: RowTemplate = (row, number, hidden) => {
    const details = recipientDetails(row);
    return html`<li part="recipient" ?hidden=${hidden}>
      ${number}. <span part="name">${this.#name(row)}</span
      ><span part="details">${details ? `, ${details}` : nothing}</span>
    </li>`;
  };

  /** Position and unit columns only when a row of the group has one (see view.ts). */
  #table(group: GroupView, text: AwardListMessages): TemplateResult {
    const columns = ['number', 'name', ...group.columns] as const;
    const matches = matchCount(group, this.#matching);
    return html`<table part="table" ?hidden=${!matches}>
      <caption part="group-heading">
        ${this.#groupHeading(group, matches, text)}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th part="cell" scope="col">${text.columns[column]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${this.#rows(group, (row, number, hidden) => this.#tableRow(group, row, number, hidden))}
      </tbody>
    </table>`;
  }

  #tableRow(group: GroupView, row: AwardRecipient, number: number, hidden: boolean): TemplateResult {
    return html`<tr part="recipient" ?hidden=${hidden}>
      <td part="cell">${number}</td>
      <th part="cell name" scope="row">${this.#name(row)}</th>
      ${group.columns.map((column) => html`<td part="cell">${row[column] || nothing}</td>`)}
    </tr>`;
  }
}
