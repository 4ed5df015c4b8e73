import { describe, expect, it } from 'vitest';
import { looksLikeCaption, splitCredit } from './split-credit';

describe('splitCredit', () => {
  it.each([
    [
      'Syrian forces carry the flag, on November 9, 2017. / AFP PHOTO / STRINGER',
      'Syrian forces carry the flag, on November 9, 2017.',
      'AFP PHOTO / STRINGER',
    ],
    ['Police stand guard in Paris. (Reuters/Jane Doe)', 'Police stand guard in Paris.', 'Reuters/Jane Doe'],
    ['Flughafen Frankfurt, © Fraport AG', 'Flughafen Frankfurt', 'Fraport AG'],
    ['Ski star Marco Odermatt. © AFP / JANE DOE', 'Ski star Marco Odermatt.', 'AFP / JANE DOE'],
    ['Die Altstadt im Juni. ©dpa', 'Die Altstadt im Juni.', 'dpa'],
    ['Supporters cheer in Ohio. (AP Photo/Evan Vucci)', 'Supporters cheer in Ohio.', 'AP Photo/Evan Vucci'],
    ['The summit opened on Monday. Photo: AP', 'The summit opened on Monday.', 'AP'],
    [
      'Firefighters at the scene. Photograph: Jane Doe/Reuters',
      'Firefighters at the scene.',
      'Jane Doe/Reuters',
    ],
    [
      'Protesters march in Hong Kong. REUTERS/Tyrone Siu',
      'Protesters march in Hong Kong.',
      'REUTERS/Tyrone Siu',
    ],
    [
      'A view of the damaged building. AFP/Getty Images',
      'A view of the damaged building.',
      'AFP/Getty Images',
    ],
  ])('splits %j', (raw, caption, credit) => {
    expect(splitCredit(raw)).toEqual({ caption, credit });
  });

  it.each([
    ['The army said it had taken full control of the town.'],
    ['Russia, Iran and Turkey (the sponsors of the talks) met on Sunday.'],
    ['He said the vote was 52/48 in favour.'],
    // An agency's name before a slash opens a sentence here, not a credit (a wire story read as a caption).
    ['According to a Reuters/Ipsos poll, most voters back the plan.'],
    ['A new AP/NORC survey found that few trust the count.'],
    // A copyright sign followed by a sentence, not by names.
    ['The logo © belongs to the club, which sued the maker.'],
  ])('leaves a plain sentence alone: %j', (raw) => {
    expect(splitCredit(raw).credit).toBeNull();
    expect(looksLikeCaption(raw)).toBe(false);
  });
});
