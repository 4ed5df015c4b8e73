import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { AR } from './index';

describe('the ar pack', () => {
  checkPack(AR, 'ar');
});
