import type { Annotated } from '../../nlp/annotate';
import type { Entity } from '../../schema/article';
import { buildEntities } from './build-entities';
import { classifyGroups } from './classify-groups';
import { MAX_NAME_TOKENS } from './constants';
import { trimTitles } from './find-roles';
import { linkDescriptions } from './link-descriptions';
import { mergeAliases } from './merge-aliases';
import { propagateMentions } from './propagate-mentions';
import { recogniseNames } from './recognise-names';
import { repairMentions } from './repair-mentions';

/**
 * People, organisations, places and groups, each with every mention in the text (headline and captions too),
 * aliases merged into one entity per referent and titles kept apart as roles.
 */
export function extractEntities(doc: Annotated): Entity[] {
  // Overlong runs are dropped first: matching them against every later token made a line of capitalised
  // words quadratic (bench/scaling.ts).
  const tagged = recogniseNames(doc)
    .filter((m) => m.last - m.first < MAX_NAME_TOKENS)
    .map((m) => trimTitles(doc, m));
  const mentions = linkDescriptions(doc, classifyGroups(doc, repairMentions(doc, tagged)));
  const sets = mergeAliases(doc, mentions);
  const placed = propagateMentions(
    doc,
    mentions.map((mention, i) => ({ mention, entity: sets.find(i) })),
  );
  return buildEntities(doc, placed);
}
