import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { NL } from './index';

describe('the nl pack', () => {
  checkPack(NL, 'nl');
});
