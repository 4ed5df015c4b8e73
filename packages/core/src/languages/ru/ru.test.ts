import { describe } from 'vitest';
import { checkPack } from '../check-pack';
import { RU } from './index';

describe('the ru pack', () => {
  checkPack(RU, 'ru');
});
