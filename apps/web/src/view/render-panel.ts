import type { Article, Entity } from '@copydesk/core';
import type { SchemaCheck } from '../worker/protocol';
import { h } from './dom';
import { LAYERS } from './layers';
import type { SpeakerGroup } from './speakers';

/** Longest quote excerpt listed in the panel, in characters. */
const QUOTE_EXCERPT_LENGTH = 140;
/** Most schema issues listed; the rest are counted. */
const MAX_ISSUES_SHOWN = 20;

export interface PanelActions {
  /** Highlights (on) or unhighlights every element of a fact. */
  link(group: string, on: boolean): void;
  /** Scrolls to a fact's first element and focuses it. */
  reveal(group: string): void;
}

const ENTITY_HEADINGS: Record<Entity['type'], string> = {
  person: 'People',
  organization: 'Organisations',
  location: 'Places',
  group: 'Groups',
};

/** A button that links and reveals one fact of the article. */
function factButton(group: string, actions: PanelActions, ...children: (Node | string)[]): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'fact', 'data-group': group }, ...children);
  button.addEventListener('mouseenter', () => actions.link(group, true));
  button.addEventListener('mouseleave', () => actions.link(group, false));
  button.addEventListener('focus', () => actions.link(group, true));
  button.addEventListener('blur', () => actions.link(group, false));
  button.addEventListener('click', () => actions.reveal(group));
  return button;
}

export function renderSchemaCheck(check: SchemaCheck, version: string): HTMLElement {
  if (check.success) {
    return h('p', { class: 'check check-ok', id: 'schema-check' }, `✓ Valid Article (schema ${version})`);
  }
  const list = h('ul', {});
  for (const issue of check.issues.slice(0, MAX_ISSUES_SHOWN)) {
    list.append(h('li', {}, h('code', {}, issue.path.join('.') || '(root)'), ` ${issue.message}`));
  }
  if (check.issues.length > MAX_ISSUES_SHOWN) {
    list.append(h('li', {}, `… and ${check.issues.length - MAX_ISSUES_SHOWN} more`));
  }
  return h(
    'div',
    { class: 'check check-fail', id: 'schema-check' },
    h('p', {}, `✗ ${check.issues.length} schema issue(s)`),
    list,
  );
}

export function renderEntities(article: Article, actions: PanelActions): HTMLElement {
  const section = h('section', { class: 'panel-section', 'aria-labelledby': 'entities-heading' });
  section.append(h('h2', { id: 'entities-heading' }, `Entities (${article.entities.length})`));
  if (!article.entities.length) {
    section.append(h('p', { class: 'empty' }, 'No entities found.'));
    return section;
  }
  for (const type of ['person', 'organization', 'location', 'group'] as const) {
    const entities = article.entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (!entities.length) continue;
    const list = h('ul', { class: 'fact-list' });
    for (const entity of entities) {
      const count = h(
        'span',
        { class: 'count', 'aria-label': `${entity.mentions.length} mentions` },
        String(entity.mentions.length),
      );
      list.append(
        h(
          'li',
          {},
          factButton(
            entity.id,
            actions,
            h('span', { class: `swatch swatch-${type}` }),
            entity.name,
            ' ',
            count,
          ),
        ),
      );
    }
    section.append(h('h3', {}, ENTITY_HEADINGS[type]), list);
  }
  return section;
}

export function renderQuotesBySpeaker(
  groups: readonly SpeakerGroup[],
  total: number,
  actions: PanelActions,
): HTMLElement {
  const section = h('section', { class: 'panel-section', 'aria-labelledby': 'quotes-heading' });
  section.append(h('h2', { id: 'quotes-heading' }, `Quotes (${total})`));
  if (!groups.length) {
    section.append(h('p', { class: 'empty' }, 'No quotes found.'));
    return section;
  }
  for (const group of groups) {
    const list = h('ul', { class: 'fact-list' });
    for (const { index, quote } of group.quotes) {
      const excerpt =
        quote.text.length > QUOTE_EXCERPT_LENGTH
          ? `${quote.text.slice(0, QUOTE_EXCERPT_LENGTH)}…`
          : quote.text;
      list.append(
        h(
          'li',
          {},
          factButton(`q${index}`, actions, h('span', { class: 'quote-type' }, quote.type), ' ', excerpt),
        ),
      );
    }
    section.append(
      h(
        'h3',
        { class: 'speaker' },
        h('span', { class: `swatch q-c${group.color}` }),
        `${group.name} (${group.quotes.length})`,
      ),
      list,
    );
  }
  return section;
}

/** The legend: one sample per layer with its on/off switch, then the speaker colours. */
export function renderLegend(
  hidden: ReadonlySet<string>,
  speakers: readonly SpeakerGroup[],
  onToggle: (layer: string, visible: boolean) => void,
): HTMLElement {
  const fieldset = h('fieldset', { class: 'legend' }, h('legend', {}, 'Show highlights'));
  for (const layer of LAYERS) {
    const input = h('input', { type: 'checkbox', id: `layer-${layer.id}`, 'data-layer': layer.id });
    input.checked = !hidden.has(layer.id);
    input.addEventListener('change', () => onToggle(layer.id, input.checked));
    fieldset.append(
      h(
        'label',
        { class: 'toggle', for: `layer-${layer.id}` },
        input,
        h('span', { class: `sample sample-${layer.id}` }, layer.label),
      ),
    );
  }
  if (speakers.length) {
    const list = h('ul', { class: 'speaker-legend', 'aria-label': 'Quote colours by speaker' });
    for (const speaker of speakers)
      list.append(h('li', {}, h('span', { class: `swatch q-c${speaker.color}` }), speaker.name));
    fieldset.append(list);
  }
  return fieldset;
}
