import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { ZH } from './index';

describe('the zh pack', () => {
  checkPack(ZH, 'zh');
});
