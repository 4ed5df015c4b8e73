import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { HE } from './index';

describe('the he pack', () => {
  checkPack(HE, 'he');
});
