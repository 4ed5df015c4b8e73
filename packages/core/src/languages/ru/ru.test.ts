import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { RU } from './index';

describe('the ru pack', () => {
  checkPack(RU, 'ru');
});
