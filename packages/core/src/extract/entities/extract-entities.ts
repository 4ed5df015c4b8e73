import type { Annotated } from '../../nlp/annotate';
import type { Entity } from '../../schema/article';
import { buildEntities } from './build-entities';
import { classifyGroups } from './classify-groups';
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
  const tagged = recogniseNames(doc).map((m) => trimTitles(doc, m));
  const mentions = linkDescriptions(doc, classifyGroups(doc, repairMentions(doc, tagged)));
  const sets = mergeAliases(doc, mentions);
  const placed = propagateMentions(
    doc,
    mentions.map((mention, i) => ({ mention, entity: sets.find(i) })),
  );
  return buildEntities(doc, placed);
}
