/** Wire agencies by canonical name, with the forms they are written in. */
export const AGENCIES: readonly { name: string; forms: readonly string[] }[] = [
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Agence France-Press'] },
  { name: 'Reuters', forms: ['Reuters', 'REUTERS', 'Thomson Reuters'] },
  { name: 'AP', forms: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'UPI', forms: ['UPI', 'United Press International'] },
  { name: 'dpa', forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'ANSA', forms: ['ANSA'] },
  { name: 'EFE', forms: ['EFE', 'Agencia EFE'] },
  { name: 'Xinhua', forms: ['Xinhua'] },
  { name: 'Kyodo', forms: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', forms: ['Yonhap'] },
  { name: 'PA', forms: ['PA', 'PA Media', 'Press Association'] },
  { name: 'AAP', forms: ['AAP', 'Australian Associated Press'] },
  { name: 'CP', forms: ['CP', 'The Canadian Press', 'Canadian Press'] },
  { name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { name: 'IANS', forms: ['IANS'] },
  { name: 'ANI', forms: ['ANI'] },
  { name: 'TASS', forms: ['TASS', 'Tass'] },
  { name: 'Interfax', forms: ['Interfax'] },
  { name: 'Anadolu', forms: ['Anadolu', 'Anadolu Agency'] },
  { name: 'Bloomberg', forms: ['Bloomberg', 'Bloomberg News'] },
  { name: 'Bernama', forms: ['Bernama'] },
  { name: 'Europa Press', forms: ['Europa Press'] },
];

// Short forms that are also ordinary words or initials elsewhere; trusted only in wire positions.
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set(['AP', 'PA', 'CP', 'ANI', 'dpa']);
