/** Photo agencies and sources whose names mark a trailing run of a caption as its credit (not language words). */
export const PHOTO_SOURCES: readonly string[] = [
  'AFP',
  'AP',
  'Reuters',
  'REUTERS',
  'EPA',
  'EFE',
  'Getty',
  'ANADOLU',
  'Xinhua',
  'dpa',
  'Shutterstock',
  'Bloomberg',
  'SANA',
];
