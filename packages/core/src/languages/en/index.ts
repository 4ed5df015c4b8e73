import type { StoryPack } from '../types';
import { EN_AGENCIES } from './agencies';
import { EN_CASUALTIES } from './casualties';
import { EN_DATES } from './dates';
import { EN_ENTITIES } from './entities';
import { EN_NUMBERS } from './numbers';
import { EN_PAGE } from './page';
import { EN_QUOTES } from './quotes';
import { EN_SENTENCES } from './sentences';

export const EN: StoryPack = {
  code: 'en',
  name: 'English',
  page: EN_PAGE,
  story: {
    sentences: EN_SENTENCES,
    dates: EN_DATES,
    numbers: EN_NUMBERS,
    quotes: EN_QUOTES,
    casualties: EN_CASUALTIES,
    entities: EN_ENTITIES,
    agencies: EN_AGENCIES,
  },
};
