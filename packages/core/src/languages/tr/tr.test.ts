import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { TR } from './index';

describe('the tr pack', () => {
  checkPack(TR, 'tr');
});
