import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { KO } from './index';

describe('the ko pack', () => {
  checkPack(KO, 'ko');
});
