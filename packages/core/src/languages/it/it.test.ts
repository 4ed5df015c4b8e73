import { describe } from 'vitest';
import { checkPack } from '../check-pack';
import { IT } from './index';

describe('the it pack', () => {
  checkPack(IT, 'it');
});
