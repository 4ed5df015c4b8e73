import type { InputType } from './worker/protocol';

/** What a dropped or chosen file holds, as the parser's input type. */
export function inputTypeOfFile(name: string, mime: string): InputType | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json') || mime === 'application/json') return 'json';
  if (lower.endsWith('.html') || lower.endsWith('.htm') || mime === 'text/html') return 'html';
  if (lower.endsWith('.txt') || mime === 'text/plain') return 'text';
  return null;
}

/** Reads a .txt, .html or .json file as text; other files are refused so binaries never reach the parser. */
export async function readArticleFile(file: File): Promise<{ text: string; type: InputType }> {
  const type = inputTypeOfFile(file.name, file.type);
  if (!type) throw new Error(`${file.name} is not a .txt, .html or .json file`);
  return { text: await file.text(), type };
}
