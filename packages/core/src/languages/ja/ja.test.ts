import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { JA } from './index';

describe('the ja pack', () => {
  checkPack(JA, 'ja');
});
