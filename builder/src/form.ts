/**
 * The form: the lesson's own fields, then each list (events, figures, glossary, questions, sources, periods) as
 * items that fold open, each with its fields, Move up / Move down / Delete, and an Add button. Templates only: every
 * change goes to the element's handlers (`FormContext`), which edit the lesson and check it again.
 *
 * Every control carries `data-path`, the lesson path it edits (`events[2].date`), which is also the path of
 * `parseLesson`'s problems about it: its problems are shown right under it, named in its `aria-describedby`, and
 * make it `aria-invalid` when they are errors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { suggestDates } from '../../src/dates/partial-date.js';
import { isRecord, items, LISTS, type Draft, type ListName } from './draft.js';
import { LANGUAGES, LESSON_FIELDS, LIST_DEFS, MEDIA_FIELDS, type FieldDef, type ListDef } from './fields.js';
import { fieldId, type PlacedProblem, type ProblemMap } from './problem-map.js';

/** An item just deleted, kept so that "Undo" can put it back where it was. */
export interface Deleted {
  /** The path of the list it was in: `events`, or `questions[0].choices`. */
  readonly list: string;
  readonly index: number;
  readonly item: unknown;
  /** How the item is named: `Event 3 (“The TTP ends its ceasefire”)`. */
  readonly label: string;
}

/** What the form's templates need from the element. */
export interface FormContext {
  readonly draft: Draft;
  readonly problems: ProblemMap;
  readonly deleted: Deleted | null;
  /** The text box's text for a field: what the teacher typed when it still means the value, else the value. */
  shownText(path: string, value: unknown, kind: FieldDef['kind']): string;
  isExpanded(key: string): boolean;
  /** A key for an item that stays the same when it moves (for `repeat` and the open/closed state). */
  keyOf(item: unknown, list: string, index: number): string;
  /** `input` and `change` of every control: reads `data-path` and `data-kind`. */
  readonly onInput: (e: Event) => void;
  /** Opens or closes an item: reads `data-key`. */
  readonly onToggle: (e: Event) => void;
  /** Move up, Move down, Delete: reads `data-list`, `data-index` and `data-action`. */
  readonly onItemAction: (e: Event) => void;
  /** Add: reads `data-list` (a path) and `data-kind` (the list's name, or `choices` / `series`). */
  readonly onAdd: (e: Event) => void;
  readonly onUndo: (e: Event) => void;
  /** Removes a field the format does not have: reads `data-path`. */
  readonly onRemoveField: (e: Event) => void;
  /** Writes a value the lesson check suggested (a date in lesson form) into a field: reads `data-path`, `data-value`. */
  readonly onUseValue: (e: Event) => void;
}

/** The words a problem starts with, so that its kind is never told by colour alone. */
function severityWord(problem: PlacedProblem): string {
  return problem.severity === 'error' ? 'Problem:' : 'Check:';
}

/**
 * The list of problems shown at one place (under a field, in a group, at the top of an item). `values`: what the
 * field's first problem suggests writing instead (`2024-06` for a date typed `June 2024`), each offered as a button.
 */
export function problemList(
  ctx: FormContext,
  id: string,
  problems: readonly PlacedProblem[],
  values: readonly string[] = [],
): TemplateResult {
  return html`<ul class="problems" id=${id}>
    ${problems.map(
      (p, i) =>
        html`<li class=${p.severity}>
          <strong>${severityWord(p)}</strong> ${p.message}; ${p.fix}.
          ${(i === 0 ? values : []).map(
            (value) =>
              html` <button
                type="button"
                class="small"
                data-path=${p.path}
                data-value=${value}
                @click=${ctx.onUseValue}
                aria-describedby=${id}
              >
                Use ${value}
              </button>`,
          )}
          ${
            p.unknownField !== undefined
              ? html`<button
                  type="button"
                  class="small"
                  data-path=${p.path}
                  @click=${ctx.onRemoveField}
                  aria-describedby=${id}
                >
                  Remove “${p.unknownField}”
                </button>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

/**
 * The `aria-describedby`, `aria-invalid` and problems of the control at `path`; `values`, what its problems suggest
 * writing instead.
 */
function described(ctx: FormContext, path: string, hint: boolean, values: readonly string[] = []) {
  const id = fieldId(path);
  const problems = ctx.problems.at(path);
  const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return {
    id,
    describedBy: ids || undefined,
    invalid: problems.some((p) => p.severity === 'error') ? ('true' as const) : ('false' as const),
    problems: problems.length
      ? problemList(ctx, `${id}-problems`, problems, problems[0].path === path ? values : [])
      : nothing,
  };
}

function label(def: FieldDef, id: string, text = def.label): TemplateResult {
  return html`<label for=${id}
    >${text}${def.required ? html` <span class="required">(required)</span>` : nothing}</label
  >`;
}

function hint(def: FieldDef, id: string): TemplateResult | typeof nothing {
  return def.hint ? html`<p class="hint" id=${`${id}-hint`}>${def.hint}</p>` : nothing;
}

/** One field of the lesson or of an item, by its kind. */
function renderField(ctx: FormContext, owner: Record<string, unknown>, base: string, def: FieldDef): TemplateResult {
  const path = base ? `${base}.${def.key}` : def.key;
  const value = owner[def.key];
  switch (def.kind) {
    case 'media':
      return mediaGroup(ctx, path, value);
    case 'choices':
      return choicesGroup(ctx, path, value, def);
    case 'series':
      return seriesGroup(ctx, path, value, def);
    case 'refs':
      return refsGroup(ctx, path, value, def);
    case 'check':
      return checkField(ctx, path, value, def);
    case 'select':
    case 'ref':
    case 'answer':
      return selectField(ctx, path, value, def, owner);
    default:
      return textField(ctx, path, value, def);
  }
}

function textField(ctx: FormContext, path: string, value: unknown, def: FieldDef): TemplateResult {
  // A date typed another way (`June 2024`, `17/06/2024`): the problem says how to write it, a button writes it.
  const values = def.kind === 'date' && typeof value === 'string' ? suggestDates(value) : [];
  const d = described(ctx, path, Boolean(def.hint), values);
  const text = ctx.shownText(path, value, def.kind);
  const common = {
    dir: def.prose ? ('auto' as const) : ('ltr' as const),
  };
  const control =
    def.kind === 'textarea'
      ? html`<textarea
          id=${d.id}
          rows="3"
          dir=${common.dir}
          .value=${text}
          data-path=${path}
          data-kind=${def.kind}
          aria-required=${def.required ? 'true' : 'false'}
          aria-invalid=${d.invalid}
          aria-describedby=${ifDefined(d.describedBy)}
          @input=${ctx.onInput}
        ></textarea>`
      : html`<input
          id=${d.id}
          type="text"
          class=${def.kind}
          dir=${common.dir}
          .value=${text}
          data-path=${path}
          data-kind=${def.kind}
          inputmode=${ifDefined(def.kind === 'number' ? 'decimal' : undefined)}
          list=${ifDefined(def.kind === 'lang' ? 'edu-builder-languages' : undefined)}
          spellcheck=${def.prose ? 'true' : 'false'}
          autocomplete="off"
          aria-required=${def.required ? 'true' : 'false'}
          aria-invalid=${d.invalid}
          aria-describedby=${ifDefined(d.describedBy)}
          @input=${ctx.onInput}
        />`;
  return html`<div class="field ${def.kind}">${label(def, d.id)} ${hint(def, d.id)} ${control} ${d.problems}</div>`;
}

function checkField(ctx: FormContext, path: string, value: unknown, def: FieldDef): TemplateResult {
  const d = described(ctx, path, Boolean(def.hint));
  return html`<div class="field check">
    <div class="check-row">
      <input
        id=${d.id}
        type="checkbox"
        .checked=${value === true}
        data-path=${path}
        data-kind="check"
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedBy)}
        @change=${ctx.onInput}
      />
      ${label(def, d.id)}
    </div>
    ${hint(def, d.id)} ${d.problems}
  </div>`;
}

/** The ids of a list's items that can be named (their own valid `id`), with a line naming each. */
function referable(ctx: FormContext, list: 'sources' | 'events' | 'stats'): [id: string, name: string][] {
  const def = LIST_DEFS[list];
  return items(ctx.draft, list).flatMap((item, i): [string, string][] => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id.trim() : '';
    return id ? [[id, `${def.noun} ${i + 1}: ${def.summary(item)}`]] : [];
  });
}

function selectField(
  ctx: FormContext,
  path: string,
  value: unknown,
  def: FieldDef,
  owner: Record<string, unknown>,
): TemplateResult {
  const d = described(ctx, path, Boolean(def.hint));
  let options: (readonly [string, string])[];
  if (def.kind === 'answer') {
    const choices = Array.isArray(owner.choices) ? owner.choices : [];
    const texts = [...new Set(choices.filter((c): c is string => typeof c === 'string' && c.trim() !== ''))];
    options = [
      ['', texts.length ? 'choose the right answer' : 'write the answers first'],
      ...texts.map((c) => [c, c] as const),
    ];
  } else if (def.kind === 'ref') {
    options = [['', 'none'], ...referable(ctx, def.refs ?? 'events')];
  } else {
    options = [...(def.options ?? [])];
  }
  const current =
    typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const shown = current === '' && def.kind === 'select' ? options[0][0] : current;
  // A value from an imported file that is not among the choices stays visible (and named by its problem) until the
  // teacher picks another.
  if (!options.some(([v]) => v === shown)) options.push([shown, `${shown} (not one of the choices)`]);
  return html`<div class="field select">
    ${label(def, d.id)} ${hint(def, d.id)}
    <select
      id=${d.id}
      data-path=${path}
      data-kind=${def.kind}
      aria-required=${def.required ? 'true' : 'false'}
      aria-invalid=${d.invalid}
      aria-describedby=${ifDefined(d.describedBy)}
      @change=${ctx.onInput}
    >
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === shown}>${text}</option>`)}
    </select>
    ${d.problems}
  </div>`;
}

/** A group of fields (`<fieldset>`): focusable, so the problems summary can lead to it; its problems under its legend. */
function group(
  ctx: FormContext,
  path: string,
  legend: string,
  body: TemplateResult,
  options: { hint?: string; required?: boolean; className?: string } = {},
): TemplateResult {
  const id = fieldId(path);
  const problems = ctx.problems.at(path);
  const ids = [options.hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return html`<fieldset
    class="group ${options.className ?? ''}"
    id=${id}
    tabindex="-1"
    aria-describedby=${ifDefined(ids || undefined)}
  >
    <legend>${legend}${options.required ? html` <span class="required">(required)</span>` : nothing}</legend>
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${problems.length ? problemList(ctx, `${id}-problems`, problems) : nothing} ${body}
  </fieldset>`;
}

function refsGroup(ctx: FormContext, path: string, value: unknown, def: FieldDef): TemplateResult {
  const list = def.refs ?? 'sources';
  const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const available = referable(ctx, list);
  // Ids the lesson cites that no item has: shown ticked, so the teacher sees them and can untick them.
  const missing = chosen
    .filter((id) => !available.some(([a]) => a === id))
    .map((id): [string, string] => [id, `“${id}” (there is no such ${LIST_DEFS[list].noun.toLowerCase()})`]);
  const all = [...available, ...missing];
  const none =
    list === 'sources'
      ? 'There are no sources to choose from yet: add them under Sources, each with a short name.'
      : `There are no ${LIST_DEFS[list].heading.toLowerCase()} with a short name to choose from yet.`;
  return group(
    ctx,
    path,
    def.label,
    all.length
      ? html`<ul class="checks">
          ${all.map(([id, name], i) => {
            const inputId = `${fieldId(path)}-${i}`;
            return html`<li class="check-row">
              <input
                type="checkbox"
                id=${inputId}
                .checked=${chosen.includes(id)}
                data-path=${path}
                data-kind="refs"
                data-ref=${id}
                @change=${ctx.onInput}
              /><label for=${inputId} dir="auto">${name}</label>
            </li>`;
          })}
        </ul>`
      : html`<p class="empty">${none}</p>`,
    { className: 'refs' },
  );
}

function mediaGroup(ctx: FormContext, path: string, value: unknown): TemplateResult {
  const media = isRecord(value) ? value : {};
  const decorative = media.alt === '';
  const decorativeId = `${fieldId(path)}-decorative`;
  return group(
    ctx,
    path,
    'Picture',
    html`${MEDIA_FIELDS.map((def) => (def.key === 'alt' && decorative ? nothing : renderField(ctx, media, path, def)))}
      <div class="field check">
        <div class="check-row">
          <input
            type="checkbox"
            id=${decorativeId}
            .checked=${decorative}
            data-path=${`${path}.alt`}
            data-kind="decorative"
            @change=${ctx.onInput}
          />
          <label for=${decorativeId}>The picture is only decoration (nothing to describe)</label>
        </div>
      </div>`,
    { hint: 'Optional: an image shown with the event.', className: 'media' },
  );
}

/** The buttons of one row of a list: Move up, Move down, Delete. */
function rowTools(ctx: FormContext, list: string, index: number, count: number, noun: string): TemplateResult {
  const id = `${fieldId(list)}-${index}`;
  const first = index === 0;
  const last = index === count - 1;
  return html`<button
      type="button"
      class="tool"
      id=${`${id}-up`}
      data-list=${list}
      data-index=${index}
      data-action="up"
      @click=${ctx.onItemAction}
      aria-disabled=${first ? 'true' : 'false'}
      aria-label=${`Move up: ${noun} ${index + 1}`}
    >
      <span aria-hidden="true">↑</span> Move up</button
    ><button
      type="button"
      class="tool"
      id=${`${id}-down`}
      data-list=${list}
      data-index=${index}
      data-action="down"
      @click=${ctx.onItemAction}
      aria-disabled=${last ? 'true' : 'false'}
      aria-label=${`Move down: ${noun} ${index + 1}`}
    >
      <span aria-hidden="true">↓</span> Move down</button
    ><button
      type="button"
      class="tool danger"
      id=${`${id}-delete`}
      data-list=${list}
      data-index=${index}
      data-action="delete"
      @click=${ctx.onItemAction}
      aria-label=${`Delete: ${noun} ${index + 1}`}
    >
      Delete
    </button>`;
}

/** The line that stands where an item was deleted, with the button that brings it back. */
function deletedRow(ctx: FormContext, list: string): TemplateResult {
  const deleted = ctx.deleted!;
  const id = `${fieldId(list)}-undo`;
  return html`<li class="deleted">
    <p id=${`${id}-text`}>${deleted.label} was deleted.</p>
    <button type="button" id=${id} data-list=${list} @click=${ctx.onUndo} aria-describedby=${`${id}-text`}>Undo</button>
  </li>`;
}

/** Rows of a list with the deleted item's line at its place. */
function withDeleted(ctx: FormContext, list: string, rows: TemplateResult[]): TemplateResult[] {
  const deleted = ctx.deleted;
  if (!deleted || deleted.list !== list) return rows;
  const at = Math.min(deleted.index, rows.length);
  return [...rows.slice(0, at), deletedRow(ctx, list), ...rows.slice(at)];
}

function choicesGroup(ctx: FormContext, path: string, value: unknown, def: FieldDef): TemplateResult {
  const choices: unknown[] = Array.isArray(value) ? value : [];
  const rows = choices.map((choice, j) => {
    const at = `${path}[${j}]`;
    const d = described(ctx, at, false);
    const text = typeof choice === 'string' ? choice : JSON.stringify(choice);
    return html`<li class="row">
      <div class="field">
        <label for=${d.id}>Answer ${j + 1}</label>
        <input
          id=${d.id}
          type="text"
          dir="auto"
          .value=${text}
          data-path=${at}
          data-kind="choice"
          autocomplete="off"
          aria-invalid=${d.invalid}
          aria-describedby=${ifDefined(d.describedBy)}
          @input=${ctx.onInput}
        />
        ${d.problems}
      </div>
      <div class="row-tools" role="group" aria-label=${`Answer ${j + 1}`}>
        ${rowTools(ctx, path, j, choices.length, 'answer')}
      </div>
    </li>`;
  });
  return group(
    ctx,
    path,
    def.label,
    html`<ol class="rows">
        ${withDeleted(ctx, path, rows)}
      </ol>
      <button type="button" class="add" data-list=${path} data-kind="choices" @click=${ctx.onAdd}>
        Add an answer
      </button>`,
    { hint: '2 to 8 different answers, in the order pupils see them.', required: def.required, className: 'choices' },
  );
}

function seriesGroup(ctx: FormContext, path: string, value: unknown, def: FieldDef): TemplateResult {
  const points: unknown[] = Array.isArray(value) ? value : [];
  const rows = points.map((point, j) => {
    const at = `${path}[${j}]`;
    const owner = isRecord(point) ? point : {};
    const fields: FieldDef[] = [
      { key: 'period', label: `Point ${j + 1}: when`, kind: 'text', prose: true },
      { key: 'value', label: `Point ${j + 1}: figure`, kind: 'number' },
    ];
    const own = ctx.problems.at(at);
    return html`<li class="row">
      <div class="pair">${fields.map((f) => renderField(ctx, owner, at, f))}</div>
      ${own.length ? problemList(ctx, `${fieldId(at)}-problems`, own) : nothing}
      <div class="row-tools" role="group" aria-label=${`Point ${j + 1}`}>
        ${rowTools(ctx, path, j, points.length, 'point')}
      </div>
    </li>`;
  });
  return group(
    ctx,
    path,
    def.label,
    html`<ol class="rows">
        ${withDeleted(ctx, path, rows)}
      </ol>
      <button type="button" class="add" data-list=${path} data-kind="series" @click=${ctx.onAdd}>Add a point</button>`,
    {
      hint: 'Optional: the figure for several periods, at least two, in the order to draw them (only figures your source gives).',
      className: 'series',
    },
  );
}

const NOT_A_GROUP = 'This item is not written as a group of fields: correct it in the JSON text.';

/** The counts of problems in an item's header. */
function badges(errors: number, warnings: number): TemplateResult {
  return html`<span class="badges"
    >${errors ? html`<span class="badge error">${errors} ${errors === 1 ? 'problem' : 'problems'}</span>` : nothing}
    ${warnings ? html`<span class="badge warning">${warnings} to check</span>` : nothing}</span
  >`;
}

/** The fields of an item; one shown only in some cases (a stat's currency) also when it has a value or a problem. */
function itemFields(ctx: FormContext, def: ListDef, item: Record<string, unknown>, path: string): unknown[] {
  return def.fields.map((f) =>
    f.when && !f.when(item) && item[f.key] === undefined && !ctx.problems.within(`${path}.${f.key}`).length
      ? nothing
      : renderField(ctx, item, path, f),
  );
}

/** One item of a list: its header (open/close, and its tools), then, when open, its fields. */
function itemTemplate(ctx: FormContext, def: ListDef, item: unknown, index: number, count: number): TemplateResult {
  const path = `${def.name}[${index}]`;
  const key = ctx.keyOf(item, def.name, index);
  const open = ctx.isExpanded(key);
  const id = fieldId(path);
  const inside = ctx.problems.within(path);
  const errors = inside.filter((p) => p.severity === 'error').length;
  const warnings = inside.length - errors;
  const own = ctx.problems.at(path);
  const noun = def.noun.toLowerCase();
  return html`<li class="item ${errors ? 'has-errors' : ''}" data-key=${key}>
    <div class="item-head">
      <h4>
        <button
          type="button"
          class="toggle"
          id=${id}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${id}-body`}
          data-key=${key}
          data-item=${path}
          @click=${ctx.onToggle}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="item-title"
            ><span class="noun">${def.noun} ${index + 1}</span>
            <span class="name" dir="auto">${def.summary(item)}</span>
            ${errors || warnings ? badges(errors, warnings) : nothing}</span
          >
        </button>
      </h4>
      <div class="row-tools" role="group" aria-label=${`${def.noun} ${index + 1}`}>
        ${rowTools(ctx, def.name, index, count, noun)}
      </div>
    </div>
    ${
      open
        ? html`<div class="item-body" id=${`${id}-body`} role="group" aria-labelledby=${id}>
            ${isRecord(item) ? itemFields(ctx, def, item, path) : html`<p class="empty">${NOT_A_GROUP}</p>`}
            ${
              // After the fields: parseLesson's line for a left-out item says "fix the problems above".
              own.length ? problemList(ctx, `${id}-problems`, own) : nothing
            }
          </div>`
        : nothing
    }
  </li>`;
}

/** One list of the lesson, with its items and its Add button. */
function listSection(ctx: FormContext, def: ListDef): TemplateResult {
  const list = items(ctx.draft, def.name);
  const headingId = `${fieldId(def.name)}-heading`;
  const own = ctx.problems.at(def.name);
  const deleted = ctx.deleted?.list === def.name ? ctx.deleted : null;
  const entries: ({ item: unknown; index: number } | null)[] = list.map((item, index) => ({ item, index }));
  // The line of a deleted item stands where the item was, until it is undone or another item is deleted.
  if (deleted) entries.splice(Math.min(deleted.index, list.length), 0, null);
  const rows = repeat(
    entries,
    (entry) => (entry ? ctx.keyOf(entry.item, def.name, entry.index) : 'deleted'),
    (entry) => (entry ? itemTemplate(ctx, def, entry.item, entry.index, list.length) : deletedRow(ctx, def.name)),
  );
  return html`<section class="list" id=${fieldId(def.name)} aria-labelledby=${headingId} tabindex="-1">
    <h3 id=${headingId}>${def.heading} <span class="count">(${list.length})</span></h3>
    <p class="intro">${def.intro}</p>
    ${own.length ? problemList(ctx, `${fieldId(def.name)}-problems`, own) : nothing}
    ${
      entries.length
        ? html`<ol class="items">
            ${rows}
          </ol>`
        : nothing
    }
    <button type="button" class="add" data-list=${def.name} data-kind=${def.name} @click=${ctx.onAdd}>
      <span aria-hidden="true">+</span> ${def.add}
    </button>
  </section>`;
}

/** The whole form. */
export function renderForm(ctx: FormContext): TemplateResult {
  return html`<div class="form">
    <section class="list about" id="f-about" aria-labelledby="f-about-heading" tabindex="-1">
      <h3 id="f-about-heading">About the lesson</h3>
      ${LESSON_FIELDS.map((def) => renderField(ctx, ctx.draft, '', def))}
      <datalist id="edu-builder-languages">
        ${LANGUAGES.map(([code, name]) => html`<option value=${code}>${name}</option>`)}
      </datalist>
    </section>
    ${LISTS.map((name: ListName) => listSection(ctx, LIST_DEFS[name]))}
  </div>`;
}
