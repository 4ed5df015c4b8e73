import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { IT } from './index';

describe('the it pack', () => {
  checkPack(IT, 'it');
});
