import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['The army said it had taken full control of the town, and that the fighting was over for now.', 'en'],
    [
      "L'armée a déclaré qu'elle avait pris le contrôle de la ville et que les combats sont terminés pour le moment.",
      'fr',
    ],
    [
      'Die Armee erklärte, sie habe die Kontrolle über die Stadt übernommen und die Kämpfe seien für den Moment vorbei.',
      'de',
    ],
    [
      'El ejército dijo que había tomado el control de la ciudad y que los combates habían terminado por ahora con la paz.',
      'es',
    ],
    ['Albu Kamal', null],
    // A bond notice's "NA" columns are no Portuguese "na"; team names with "De" and "Van" are no Dutch.
    ['AMT : NA DATE : NA NYC Time : NA ISSUER : NA ST : NA ISSUE : NA TAX STAT : NA', null],
    [
      'Willem II Tilburg 1 ( Van Der Vegt ) De Graafschap Doetinchem 0 . De Meern Van Gaal Het Ajax Een',
      null,
    ],
    ['', null],
  ])('%j → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
