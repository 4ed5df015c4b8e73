import { type Detail, describeMarks, type FactIndex } from './describe';
import { h } from './dom';
import type { Mark } from './marks';
import type { RenderedArticle } from './render-article';

export interface DetailsOptions {
  container: HTMLElement;
  tooltip: HTMLElement;
  facts: FactIndex;
  rendered: RenderedArticle;
  isVisible: (mark: Mark) => boolean;
}

function renderDetail(detail: Detail): HTMLElement {
  const list = h('dl', {});
  for (const [label, value] of detail.rows) list.append(h('dt', {}, label), h('dd', {}, value));
  return h('div', { class: 'detail' }, h('p', { class: 'detail-title' }, detail.title), list);
}

/**
 * Shows the facts under the pointer or focus in one tooltip, and lights up every other place
 * the same entity or quote is highlighted. Returns a function that removes the listeners.
 */
export function attachDetails(options: DetailsOptions): () => void {
  const { container, tooltip, facts, rendered, isVisible } = options;
  let current: HTMLElement | null = null;
  let linked: HTMLElement[] = [];

  const unlink = (): void => {
    for (const el of linked) el.classList.remove('is-linked');
    linked = [];
  };
  const hide = (): void => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tooltip.hidden = true;
    unlink();
  };
  const show = (target: HTMLElement): void => {
    if (target === current) return;
    hide();
    const marks = rendered.marksOf.get(target);
    if (!marks) return;
    const details = describeMarks(marks, facts, isVisible);
    if (!details.length) return;
    current = target;
    tooltip.replaceChildren(...details.map(renderDetail));
    tooltip.hidden = false;
    target.setAttribute('aria-describedby', tooltip.id);
    for (const mark of marks) {
      if (mark.layer === 'date' || mark.layer === 'casualty' || !isVisible(mark)) continue;
      for (const el of rendered.elementsByGroup.get(mark.group) ?? []) {
        el.classList.add('is-linked');
        linked.push(el);
      }
    }
    place(target);
  };
  const place = (target: HTMLElement): void => {
    const box = target.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    tooltip.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    tooltip.style.left = `${left + window.scrollX}px`;
    tooltip.style.top = `${box.bottom + window.scrollY + 6}px`;
  };
  const highlightOf = (event: Event): HTMLElement | null =>
    (event.target as Element | null)?.closest?.<HTMLElement>('.hl') ?? null;

  const onOver = (event: Event): void => {
    const target = highlightOf(event);
    if (target) show(target);
  };
  const onOut = (event: Event): void => {
    const next = (event as FocusEvent).relatedTarget as Element | null;
    if (current && next && current.contains(next)) return;
    if (next?.closest?.('.hl')) return;
    hide();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') hide();
  };
  container.addEventListener('mouseover', onOver);
  container.addEventListener('mouseout', onOut);
  container.addEventListener('focusin', onOver);
  container.addEventListener('focusout', onOut);
  document.addEventListener('keydown', onKey);
  return () => {
    hide();
    container.removeEventListener('mouseover', onOver);
    container.removeEventListener('mouseout', onOut);
    container.removeEventListener('focusin', onOver);
    container.removeEventListener('focusout', onOut);
    document.removeEventListener('keydown', onKey);
  };
}
