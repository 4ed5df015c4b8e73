import { describe } from 'vitest';
import { checkPack } from '../check-pack';
import { NL } from './index';

describe('the nl pack', () => {
  checkPack(NL, 'nl');
});
