import { describe } from 'vitest';
import { checkPack } from '../check-pack';
import { DE } from './index';

describe('the de pack', () => {
  checkPack(DE, 'de');
});
