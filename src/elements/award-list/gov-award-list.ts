import { html, nothing, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { slugify } from '../../format/text.js';
import type { AwardDecision, Issue, RecipientKind } from '../../model/types.js';
import { GovElement } from '../shared/gov-element.js';
import {
  decisionDate,
  decisionTitle,
  groupRecipients,
  queryTerms,
  toAwardCsv,
  type AwardSort,
  type DecisionDate,
  type RecipientGroup,
  type RecipientRow,
} from './data.js';
import { messages, type AwardListMessages } from './messages.js';
import { styles } from './styles.js';
import { checkDecisions } from './validate.js';

export { toAwardCsv, type AwardSort } from './data.js';

interface GroupView extends RecipientGroup {
  /** Rows the filter keeps. */
  shown: number;
}

interface DecisionView {
  decision: AwardDecision;
  index: number;
  date?: DecisionDate;
  groups: GroupView[];
  count: number;
  kinds: RecipientKind[];
  /** Set when `statedTotal` disagrees with the recipients given. */
  mismatch?: { stated: number; listed: number };
}

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
 * @fires gov-error - `{ source, issues: [{ path, message, code }] }` when data is invalid (paths like `decisions[0].recipients[3].name`), when `statedTotal` disagrees (`count-mismatch`), or when `src` fails (`fetch-failed`) or the child JSON cannot be read (`invalid-json`).
 *
 * @csspart toolbar - The filter and download row (hidden in print).
 * @csspart filter-label - Label of the filter box.
 * @csspart filter - The `<input type="search">`.
 * @csspart download - The CSV download button.
 * @csspart status - Live region announcing the number of matches.
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
 * @cssproperty [--gov-award-list-muted=var(--gov-color-muted, #505050)] - Colour of meta, details and counts.
 * @cssproperty [--gov-award-list-accent=var(--gov-color-primary, #a50f15)] - Colour of the decision heading.
 * @cssproperty [--gov-award-list-border=var(--gov-color-border, #c9c9c9)] - Rules and table borders.
 * @cssproperty [--gov-award-list-surface=var(--gov-color-surface, #ffffff)] - Background.
 * @cssproperty [--gov-award-list-notice-bg=var(--gov-color-warning-bg, #fff4d6)] - Background of notices.
 * @cssproperty [--gov-award-list-focus=var(--gov-color-focus, #1a5fb4)] - Focus outline colour.
 * @cssproperty [--gov-award-list-font-family=var(--gov-font-family, system-ui, sans-serif)] - Font.
 */
export class GovAwardList extends GovElement {
  static override styles = styles;

  static override properties = {
    ...GovElement.properties,
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
    _sourceIssue: { state: true },
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
  declare private _sourceIssue: Issue | undefined;

  #views: DecisionView[] = [];
  #dataIssues: Issue[] = [];
  #hidden = new Set<string>();
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
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // Server-rendered: the first render must match the server's. A server that was given the
    // data (property) rendered decisions, and the child holds the same data: read it now. A server
    // that had no data rendered none: render that first, then read the child.
    const serverHadNoData = this.shadowRoot && !this.hasUpdated && !this.shadowRoot.querySelector('[part~="decision"]');
    if (serverHadNoData) void this.updateComplete.then(() => this.#readScript());
    else this.#readScript();
    if (this.hasUpdated && this.src !== this.#fetched) void this.#fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#fetched = undefined;
  }

  #readScript(): void {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (text == null || this.src) return;
    try {
      this._data = JSON.parse(text);
    } catch (error) {
      this._sourceIssue = { path: 'script', message: `invalid JSON: ${(error as Error).message}`, code: 'invalid-json' };
    }
  }

  async #fetch(): Promise<void> {
    await null; // never set state inside `updated`
    this.#abort?.abort();
    const src = (this.#fetched = this.src);
    if (!src) return;
    const { signal } = (this.#abort = new AbortController());
    try {
      const response = await fetch(src, { signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json: unknown = await response.json();
      if (signal.aborted) return;
      this._data = json;
      this._sourceIssue = undefined;
    } catch (error) {
      // Keep the last good data; say what failed.
      if (!signal.aborted) this._sourceIssue = { path: 'src', message: String((error as Error).message ?? error), code: 'fetch-failed' };
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dataChanged = ['decision', 'decisions', '_data', 'sort', 'timeZone'].some((k) => changed.has(k));
    if (dataChanged) {
      const checked = checkDecisions(this.decisions ?? this.decision ?? this._data);
      const issues = checked.issues;
      this.#views = checked.decisions.map(({ decision, index, given }) => {
        const groups = groupRecipients(decision.recipients, this.sort, `${index}-`).map((g) => ({ ...g, shown: 0 }));
        const stated = decision.statedTotal;
        const view: DecisionView = {
          decision,
          index,
          date: decisionDate(decision.signedAt, this.timeZone),
          groups,
          count: decision.recipients.length,
          kinds: groups.map((g) => g.kind),
        };
        if (stated !== undefined && stated !== given) {
          view.mismatch = { stated, listed: given };
          issues.push({
            path: `decisions[${index}].statedTotal`,
            message: `statedTotal is ${stated} but ${given} recipient(s) are listed`,
            code: 'count-mismatch',
          });
        }
        return view;
      });
      this.#dataIssues = issues;
    }
    if (dataChanged || changed.has('query')) {
      // Search keys were folded once per data change (groupRecipients); a keystroke only compares.
      // Filtering toggles `hidden` on the rows already in the DOM: every row stays in place (the
      // same node), nothing is created or removed, and print can show the whole list. Hence no
      // `repeat` directive: rows only move when the data or the sort changes.
      const terms = (this.#terms = queryTerms(this.query ?? ''));
      const hidden = (this.#hidden = new Set<string>());
      this.#shown = 0;
      for (const view of this.#views) {
        for (const group of view.groups) {
          group.shown = 0;
          for (const row of group.rows) {
            if (terms.every((t) => row.search.includes(t))) group.shown++;
            else hidden.add(row.key);
          }
          this.#shown += group.shown;
        }
      }
    }
    if (dataChanged || changed.has('_sourceIssue')) {
      this.reportIssues(this._sourceIssue ? [...this.#dataIssues, this._sourceIssue] : this.#dataIssues);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('src') && this.src !== this.#fetched) void this.#fetch();
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  /** The CSV of every recipient (whatever the filter shows), downloaded through a temporary link. */
  #download(): void {
    const decisions = this.#views.map((v) => v.decision);
    const number = decisions.length === 1 ? decisions[0]!.number : undefined;
    const url = URL.createObjectURL(
      new Blob([toAwardCsv(decisions, this.locale, { sort: this.sort, timeZone: this.timeZone })], { type: 'text/csv;charset=utf-8' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `${messages[this.locale].fileName}${number ? `-${slugify(number)}` : ''}.csv`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // Empty child parts render `nothing`, never '': a server-rendered empty string has no text node
  // to update after hydration (Lit would write into the closing marker comment).
  override render(): TemplateResult {
    const m = messages[this.locale];
    const source = this._sourceIssue;
    const invalid = this.#dataIssues.filter((i) => i.code !== 'count-mismatch').length;
    const query = this.query.trim();
    const has = this.#views.length;
    return html`${has
        ? html`<div part="toolbar"><label part="filter-label" for="filter">${m.filterLabel}</label><input part="filter" id="filter" type="search" autocomplete="off" .value=${this.query} @input=${this.#onInput} /><button part="download" type="button" @click=${this.#download}>${m.download}</button></div><p part="status" role="status" aria-live="polite">${this.#terms.length ? m.matches(this.#shown, query) : nothing}</p>`
        : nothing}${source
        ? html`<p part="notice" role="alert">${m.loadFailed(source.code === 'invalid-json' ? 'JSON' : source.message)}</p>`
        : nothing}${invalid ? html`<p part="notice">${m.invalid(invalid)}</p>` : nothing}${!has && this.src && !source ? html`<p part="notice">${m.loading}</p>` : nothing}${this.#views.map((view) => this.#renderDecision(view, m))}`;
  }

  #renderDecision(view: DecisionView, m: AwardListMessages): TemplateResult {
    const d = view.decision;
    const id = `d${view.index}`;
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 5);
    const issuer = d.issuer ? [d.issuer.title, d.issuer.body].filter(Boolean).join(' ') : '';
    const count = view.count;
    return html`<section part="decision" aria-labelledby=${id}>
<div part="heading" role="heading" aria-level=${level} id=${id}>${decisionTitle(d, this.locale)}</div>
${d.number || view.date || issuer
      ? html`<p part="meta">${m.decision(d.number ?? '')}${view.date
          ? html` ${m.signed} <time datetime=${view.date.datetime}>${view.date.text}</time>`
          : nothing}${issuer ? ` ${m.issuedBy} ${issuer}` : nothing}</p>`
      : nothing}
${d.emulationTitle ? html`<p part="emulation-title">${d.emulationTitle}</p>` : nothing}
${d.reason ? html`<p part="reason">${d.reason}</p>` : nothing}
${this.audit && view.mismatch ? html`<p part="notice audit-notice" role="note">${m.mismatch(view.mismatch.stated, view.mismatch.listed)}</p>` : nothing}
${view.groups.map((g, j) => this.#renderGroup(g, `${id}g${j}`, level + 1, m))}
<p part="total">${m.total(count, view.kinds).replace(String(count), count.toLocaleString(this.locale === 'vi' ? 'vi-VN' : 'en-US'))}</p>
</section>`;
  }

  #renderGroup(g: GroupView, id: string, level: number, m: AwardListMessages): TemplateResult {
    const heading = `${m.kinds[g.kind]} (${g.rows.length})`;
    const posthumous = (r: RecipientRow) => (r.posthumous ? html` <span part="posthumous">${m.posthumous}</span>` : nothing);
    const hidden = (r: RecipientRow) => this.#hidden.has(r.key);
    if (this.layout !== 'table') {
      return html`<section part="group" aria-labelledby=${id} ?hidden=${!g.shown}>
<div part="group-heading" role="heading" aria-level=${level} id=${id}>${heading}</div>
<ol part="list">${g.rows.map(
        (r) =>
          html`<li part="recipient" value=${r.n} ?hidden=${hidden(r)}><span part="name">${r.name}</span>${posthumous(r)}${r.position || r.unit
            ? html`<span part="details">, ${[r.position, r.unit].filter(Boolean).join(', ')}</span>`
            : nothing}</li>`,
      )}</ol>
</section>`;
    }
    const [order, name, position, unit] = m.columns;
    const col = (on: boolean, text: string | undefined, tag: 'th' | 'td') =>
      on ? (tag === 'th' ? html`<th part="cell" scope="col">${text}</th>` : html`<td part="cell">${text ?? nothing}</td>`) : nothing;
    return html`<table part="table" ?hidden=${!g.shown}>
<caption part="group-heading">${heading}</caption>
<thead><tr><th part="cell" scope="col">${order}</th><th part="cell" scope="col">${name}</th>${col(g.hasPosition, position, 'th')}${col(g.hasUnit, unit, 'th')}</tr></thead>
<tbody>${g.rows.map(
      (r) =>
        html`<tr part="recipient" ?hidden=${hidden(r)}><td part="cell">${r.n}</td><th part="cell name" scope="row">${r.name}${posthumous(r)}</th>${col(g.hasPosition, r.position, 'td')}${col(g.hasUnit, r.unit, 'td')}</tr>`,
    )}</tbody>
</table>`;
  }
}
