/** A caption with its photo credit split off. */
export interface CaptionParts {
  caption: string;
  credit: string | null;
}

// Words that mark a trailing run as a photo credit rather than part of the sentence.
const CREDIT_WORD =
  /\b(?:AFP|AP|Reuters|REUTERS|EPA|EFE|Getty|Images?|PHOTO|Photo|Photograph|Pool|POOL|Stringer|STRINGER|ANADOLU|Xinhua|dpa|Shutterstock|Bloomberg|SANA|HANDOUT|Handout|Courtesy|via)\b/;

/**
 * Splits a trailing photo credit off a caption: "… 2017. / AFP PHOTO / STRINGER",
 * "… (Reuters/Jane Doe)", "… Photo: AP", "… (AP Photo/Evan Vucci)", "… AFP/Getty Images".
 */
export function splitCredit(raw: string): CaptionParts {
  const text = raw.trim();
  // "… / AFP PHOTO / STRINGER": the first " / " that opens a run of credit words.
  const slash = /\s+[/|]\s+/g;
  for (let m = slash.exec(text); m; m = slash.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    if (rest.length <= 120 && CREDIT_WORD.test(rest) && !/[.!?]\s+[A-Z][a-z]/.test(rest)) {
      return { caption: text.slice(0, m.index).trim(), credit: rest.trim() };
    }
  }
  // "… (Reuters/Jane Doe)" or "(Photo: Jane Doe/AFP)" at the very end.
  const paren = /\(([^()]{2,120})\)\s*\.?$/.exec(text);
  if (paren && (CREDIT_WORD.test(paren[1]!) || /\//.test(paren[1]!))) {
    const credit = paren[1]!
      .replace(/^(?:Photo|Photograph|Picture|Image|Credit)s?(?:\s+by)?\s*:?\s*/i, '')
      .trim();
    return { caption: text.slice(0, paren.index).trim(), credit };
  }
  // "… Photo: AP" / "… Photograph: Jane Doe/Reuters" / "… Credit: …"
  const label =
    /(?:^|\s|[.!?]\s*)((?:Photo|Photograph|Picture|Image|Credit|Foto)s?(?:\s+by)?\s*:\s*)([^:]{2,120})$/i.exec(
      text,
    );
  if (label) {
    const start = label.index + label[0].indexOf(label[1]!);
    return { caption: text.slice(0, start).trim(), credit: label[2]!.trim() };
  }
  // "… REUTERS/Jane Doe" or "… AFP/Getty Images" glued to the end of the sentence.
  const tail =
    /(?:^|[.!?]\s+|\s)((?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|AP|Getty Images|ANADOLU AGENCY|XINHUA)(?:\s*\/\s*[^/\n]{1,60}){1,3})$/.exec(
      text,
    );
  if (tail) {
    const start = tail.index + tail[0].indexOf(tail[1]!);
    return { caption: text.slice(0, start).trim(), credit: tail[1]!.trim() };
  }
  return { caption: text, credit: null };
}

/** True when a block reads as a photo caption (a credit split off it, or a "Photo:" lead). */
export function looksLikeCaption(raw: string): boolean {
  if (/^(?:Photo|Photograph|Picture|Image|Caption)\s*:/i.test(raw.trim())) return true;
  return splitCredit(raw).credit !== null;
}
