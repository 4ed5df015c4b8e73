import { describe } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { ES } from './index';

describe('the es pack', () => {
  checkPack(ES, 'es');
});
