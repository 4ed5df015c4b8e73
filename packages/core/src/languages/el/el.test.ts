import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { EL } from './index';

describe('the el pack', () => {
  checkPack(EL, 'el');
});
