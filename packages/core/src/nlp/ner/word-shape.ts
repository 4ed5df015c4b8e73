/** The word's shape with runs collapsed: "Lavrov" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of prefix(word)) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Capitalisation class: "T" title, "U" all caps, "L" lower, "M" mixed, "D" digits, "P" punctuation. */
export function capitalisationOf(whole: string): string {
  const word = prefix(whole);
  const first = word[0] ?? '';
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (lower === upper) return /\d/.test(word) ? 'D' : 'P';
  if (word === lower) return 'L';
  if (word === upper) return word.length === 1 ? 'T' : 'U';
  if (first === first.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase()) return 'T';
  return 'M';
}

// A name is never this long: past it, a token's shape and case are read from its start, so one 5 MB "word"
// costs no more than a short one.
const LONGEST = 64;

function prefix(word: string): string {
  return word.length > LONGEST ? word.slice(0, LONGEST) : word;
}
