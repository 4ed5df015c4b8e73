import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { PL } from './index';

describe('the pl pack', () => {
  checkPack(PL, 'pl');
});
