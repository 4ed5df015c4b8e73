import type { Entity } from '@copydesk/core';

/** The highlight layers a visitor can switch on and off, in legend order. */
export const LAYERS = [
  { id: 'quote', label: 'Quotes' },
  { id: 'person', label: 'People' },
  { id: 'organization', label: 'Organisations' },
  { id: 'location', label: 'Places' },
  { id: 'group', label: 'Groups' },
  { id: 'date', label: 'Dates' },
  { id: 'casualty', label: 'Casualties' },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];

/** Entity types map one to one onto layers. */
export function layerOfEntity(type: Entity['type']): LayerId {
  return type;
}
