import { primarySubtag } from './languages';
import { hasNerModel, loadNerLanguage, nerTaggerFor } from './nlp/ner/languages';

/**
 * Loads what copydesk needs to read stories in a language (a BCP 47 tag: "de", "pt-BR"): today its entity model,
 * a chunk of its own. English is always loaded, and so is every language under Node (the `node` export
 * condition loads them all). parseArticle stays synchronous: on an article whose language is not loaded it
 * finds no entities and warns `model-not-loaded`. Resolves at once for a loaded language or one copydesk has no
 * model for.
 */
export function loadLanguage(tag: string): Promise<void> {
  return loadNerLanguage(primarySubtag(tag));
}

/** Whether parseArticle can tag names in a language now: its model is loaded, or copydesk has none to load. */
export function isLanguageLoaded(tag: string): boolean {
  const code = primarySubtag(tag);
  return !hasNerModel(code) || nerTaggerFor(code) !== null;
}
