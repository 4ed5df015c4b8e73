import type { Annotated } from '../../nlp/annotate';
import type { Entity } from '../../schema/article';
import { buildEntities } from './build-entities';
import { classifyGroups } from './classify-groups';
import { MAX_NAME_TOKENS } from './constants';
import { dropNonNames } from './drop-non-names';
import { trimTitles } from './find-roles';
import { linkDescriptions } from './link-descriptions';
import { mergeAliases } from './merge-aliases';
import { propagateMentions } from './propagate-mentions';
import { recogniseNames } from './recognise-names';
import { repairMentions } from './repair-mentions';
import { type EntityOptions, switchOf } from './steps';

/**
 * People, organisations, places and groups, each with every mention in the text (headline and captions too),
 * aliases merged into one entity per referent and titles kept apart as roles.
 */
export function extractEntities(doc: Annotated, options?: EntityOptions): Entity[] {
  const on = switchOf(options, doc.pack.story.entities.skipSteps);
  // Overlong runs are dropped first: matching them against every later token made a line of capitalised
  // words quadratic (bench/scaling.ts).
  const tagged = recogniseNames(doc)
    .filter((m) => m.last - m.first < MAX_NAME_TOKENS)
    .map((m) => (on('trim-titles') ? trimTitles(doc, m) : m));
  const cleaned = repairMentions(doc, tagged, on);
  const repaired = on('drop-non-names') ? dropNonNames(doc, cleaned) : cleaned;
  const mentions = linkDescriptions(doc, on('classify-groups') ? classifyGroups(doc, repaired) : repaired);
  const sets = mergeAliases(doc, mentions, on);
  const sorted = mentions.map((mention, i) => ({ mention, entity: sets.find(i) }));
  const placed = on('propagate-mentions') ? propagateMentions(doc, sorted, on) : sorted;
  return buildEntities(doc, placed, on);
}
