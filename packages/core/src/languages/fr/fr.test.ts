import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { FR } from './index';

describe('the fr pack', () => {
  checkPack(FR, 'fr');
});
