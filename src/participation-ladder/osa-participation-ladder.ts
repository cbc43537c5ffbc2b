import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { OsaElement, warn, states } from '../core/element.js';
import { heading } from '../core/heading.js';
import { readJsonSetting, type JsonResult } from '../core/inline-json.js';
import { sharedStyles } from '../core/base-styles.js';
import { safeUrl } from '../core/url.js';
import { checkData, customLevels, pick, pickList, type LadderData } from './data.js';
import { MODELS, builtInLevels, type Level, type ModelName } from './models.js';
import type { en } from './strings/en.js';
import { easyModelTexts, ladderStrings, ladderEasyStrings, modelTexts } from './strings/index.js';
import { ladderStyles } from './styles.js';

const list = (items: string[] | undefined) => (items?.length ? html`<ul class="list">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing);

/**
 * Explains levels of participation in plain words and, next to a survey, panel or workshop, says
 * honestly where that activity sits: what we promise at that level, what people can influence and
 * what is already decided.
 *
 * The ladder is an ordered list drawn as a ladder: the highest level on top and first in the
 * reading order, level 1 at the bottom. Each level is a disclosure (a button in a heading) that opens its
 * description, promise and examples. A screen reader hears each level's position ("Level 3 of 5").
 * The current level is marked in words ("This activity is here"), by shape and with
 * `aria-current="step"`, never by colour alone. When printed, every level is open.
 *
 * Data for the summary and your own levels come from a child `<script type="application/json">`
 * (or the `json` attribute, or the `data` property): `{"canInfluence": [...], "decided": [...], "levels": [...], "title": "...", "intro": "..."}`.
 * Every text can be a string or `{"fi": "...", "sv": "...", "en": "..."}`. Invalid JSON gives a
 * console warning and a short note on the page; the built-in model is shown instead.
 *
 * @tagname osa-participation-ladder
 * @summary Levels of participation, and where this activity sits on them.
 *
 * @slot can-influence - What people can influence in this activity, e.g. a `<ul>`. Shown under "What you can influence" when `current` is set. Replaces `canInfluence` from the JSON.
 * @slot decided - What is already decided (money, law, earlier decisions), e.g. a `<ul>`. Shown under "What is already decided" when `current` is set. Replaces `decided` from the JSON.
 *
 * @csspart summary - The box at the top that says where this activity sits.
 * @csspart contact - The link for questions.
 * @csspart compact - The one-line version (`variant="compact"`).
 * @csspart ladder - The ordered list of levels.
 * @csspart level - One level (list item).
 * @csspart current-level - The level this activity is at (also has the part `level`).
 * @csspart level-button - The button that opens and closes a level.
 * @csspart panel - The description, promise and examples of a level.
 *
 * @cssprop --osa-color-primary - Marks the current level (border and number) and links.
 * @cssprop --osa-color-info-surface - Background of the summary and the current level.
 * @cssprop --osa-color-border - The numbers' circles and the line between them.
 */
export class OsaParticipationLadder extends OsaElement<typeof en> {
  static override styles = [sharedStyles, ladderStyles];

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('open', 'expanded'),
    model: { reflect: true },
    current: { reflect: true },
    activity: {},
    variant: { reflect: true },
    contactUrl: { attribute: 'contact-url' },
    contactText: { attribute: 'contact-text' },
    json: {},
    data: { attribute: false },
  };

  /** Built-in model: `roles` (THL's six customer roles, the default), `spectrum` (five levels based on IAP2) or `arnstein` (eight rungs). Ignored when the JSON gives `levels`. */
  model = 'roles';

  /** Key of the level this activity is at, e.g. `consult`. Shows the summary and marks the level. */
  current = '';

  /** Name of the activity, e.g. "Survey on health-centre opening hours". Used in the summary's heading. */
  activity = '';

  /** `full` (default) or `compact`: one line beside a survey that opens the full explanation in place. */
  variant = 'full';

  /** Address for questions about taking part (http, https, mailto or tel, or a relative path). */
  contactUrl = '';

  /** Text of the questions link. Default: "Ask us about this activity" in the reader's language. */
  contactText = '';

  /** The ladder JSON (`levels`, `canInfluence`, `decided`, `title`, `intro`, as in the child script) as JSON, for pages and CMS filters that keep attributes but not `<script>`. Wins over the child script. */
  json = '';

  /** The same data as the inline JSON, as an object. When set, the inline JSON is not read. */
  data?: LadderData;

  /** Keys of the open levels. */
  private open: Record<string, boolean> = {};
  /** The compact variant's explanation is open. */
  private expanded = false;

  private checked: ReturnType<typeof checkData> = { data: {}, problems: [] };
  private source?: unknown;
  private children$ = new MutationObserver(() => this.requestUpdate());

  /** One lazily loaded file per language: the texts around the ladder and the three models. */
  protected get catalog() {
    return ladderStrings;
  }

  protected override get easyCatalog() {
    return ladderEasyStrings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS may add or change the JSON or the slotted lists after the element has started.
    this.children$.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.children$.disconnect();
  }

  private get modelName(): ModelName {
    return Object.hasOwn(MODELS, this.model) ? (this.model as ModelName) : 'roles';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The JSON is parsed and checked only when its text changes, not on every update.
    const setting = this.data ? undefined : readJsonSetting(this, this.json, 'json');
    const source = this.data ?? `${setting!.where}\n${setting!.text}`;
    const dataChanged = source !== this.source;
    if (dataChanged) {
      this.source = source;
      const json: JsonResult = setting ?? { found: true, data: this.data };
      this.checked = json.error ? { data: {}, problems: [json.error] } : json.found ? checkData(json.data) : { data: {}, problems: [] };
      const what = setting ? setting.where : 'The "data" property';
      for (const problem of this.checked.problems) warn(this, `${what} ${problem}. ${this.checked.data.levels ? '' : 'The built-in levels are shown. '}See docs/participation-ladder.md.`);
    }
    const custom = this.checked.data.levels;
    if (changed.has('model') && this.model && !Object.hasOwn(MODELS, this.model)) {
      warn(this, `model="${this.model}" is not a built-in model. Use roles, spectrum or arnstein; "roles" is shown.`);
    }
    if ((changed.has('current') || changed.has('model') || dataChanged) && this.current) {
      const keys = custom ? custom.map((l) => l.key) : MODELS[this.modelName];
      if (!keys.includes(this.current)) warn(this, `current="${this.current}" is not a level of this ladder. Use one of: ${keys.join(', ')}.`);
    }
  }

  private toggle(key: string) {
    this.open = { ...this.open, [key]: !this.open[key] };
  }

  override render() {
    const lang = this.language;
    const { data, problems } = this.checked;
    // The base class renders only once the reader's language is loaded, models included.
    const m = (this.easy ? easyModelTexts : modelTexts)[lang]!;
    // Level titles are one below the top headings, so those stop at 5.
    const h = Math.min(5, this.level);
    const model = this.modelName;
    const levels: Level[] = data.levels ? customLevels(data.levels, lang) : builtInLevels(model, m);
    const index = levels.findIndex((l) => l.key === this.current);
    const current = levels[index];
    const url = safeUrl(this.contactUrl);
    const contact = url ? html`<p class="contact"><a href=${url} part="contact">${this.contactText || this.t('contact')}</a></p>` : nothing;

    const body = html`
      ${problems.length ? html`<p class="box box--warning">${this.t('dataError')}</p>` : nothing}
      ${current ? this.renderSummary(current, index, levels.length, data, h, contact) : nothing}
      ${heading(h, data.levels ? pick(data.title, lang) ?? this.t('ladderTitle') : m[model].name, 'title')}
      ${data.levels && !data.intro ? nothing : html`<p class="intro">${data.levels ? pick(data.intro, lang) : m[model].intro}</p>`}
      <ol class="ladder" part="ladder" reversed>${levels.map((_, r) => {
        // A ladder is climbed upwards: the highest level comes first, on top and for a screen reader alike.
        const i = levels.length - 1 - r;
        return this.renderLevel(levels[i], i, levels, i === index, h + 1);
      })}</ol>
      ${current ? nothing : contact}`;

    if (this.variant !== 'compact') return html`<div lang=${lang}>${body}</div>`;
    return html`<div lang=${lang}>
      <p class="compact" part="compact">
        ${current ? html`<span>${this.t('compact')} <strong>${current.title}</strong></span>` : nothing}
        <button type="button" class="link-button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="details"
          @click=${() => (this.expanded = !this.expanded)}>${this.t(current ? 'more' : 'moreAll')}<span class="chevron" aria-hidden="true"></span></button>
      </p>
      <div class="details" id="details" ?hidden=${!this.expanded}>${body}</div>
    </div>`;
  }

  private renderSummary(level: Level, index: number, total: number, data: LadderData, h: number, contact: unknown) {
    const lang = this.language;
    const section = (slot: string, items: string[], label: string) => {
      const shown = items.length || this.querySelector(`:scope > [slot="${slot}"]`);
      return html`${shown ? heading(h + 1, label, 'subtitle') : nothing}<slot name=${slot}>${list(items)}</slot>`;
    };
    const params = { activity: this.activity, level: level.title };
    return html`<div class="summary box box--info" part="summary">
      ${heading(h, this.t(this.activity ? 'summaryNamed' : 'summary', params), 'summary__title')}
      <p class="position">${this.t('levelOf', { n: index + 1, total })}</p>
      ${level.promise ? html`<p><strong>${this.t('promise')}</strong> ${level.promise}</p>` : level.description ? html`<p>${level.description}</p>` : nothing}
      ${section('can-influence', pickList(data.canInfluence, lang), this.t('canInfluence'))}
      ${section('decided', pickList(data.decided, lang), this.t('decided'))}
      ${contact}
    </div>`;
  }

  private renderLevel(level: Level, i: number, levels: Level[], here: boolean, h: number) {
    const open = !!this.open[level.key];
    const id = `level-${i + 1}`;
    const hasContent = level.description || level.promise || level.examples?.length;
    const label = html`<span class="badge" aria-hidden="true">${i + 1}</span>
      <span class="level__text"><span class="visually-hidden">${this.t('levelOf', { n: i + 1, total: levels.length })}${level.group ? `, ${level.group}` : ''}: </span><span class="level__title">${level.title}</span>${here
        ? html`<span class="visually-hidden">. </span><span class="here">${this.t('here')}</span>` : nothing}</span>`;
    return html`<li class="level${here ? ' level--current' : ''}" part=${here ? 'level current-level' : 'level'} aria-current=${here ? 'step' : nothing}>
      ${level.group && level.group !== levels[i + 1]?.group ? html`<p class="group">${level.group}</p>` : nothing}
      ${heading(h, hasContent
        ? html`<button type="button" class="level__button" part="level-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
            @click=${() => this.toggle(level.key)}>${label}<span class="chevron" aria-hidden="true"></span></button>`
        : html`<span class="level__button">${label}</span>`, 'level__heading')}
      ${hasContent ? html`<div class="panel" part="panel" id=${id} ?hidden=${!open}>
        ${level.description ? html`<p>${level.description}</p>` : nothing}
        ${level.promise ? html`<p><strong>${this.t('promise')}</strong> ${level.promise}</p>` : nothing}
        ${level.examples?.length ? html`<p class="examples">${this.t('examples')}</p>${list(level.examples)}` : nothing}
      </div>` : nothing}
    </li>`;
  }
}
