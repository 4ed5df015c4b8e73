import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { PT } from './index';

describe('the pt pack', () => {
  checkPack(PT, 'pt');
});
