/** What a dropped or chosen file holds, as the parser's input type. */
export function inputTypeOfFile(name: string, mime: string): 'html' | 'text' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || mime === 'text/html') return 'html';
  if (lower.endsWith('.txt') || mime === 'text/plain') return 'text';
  return null;
}

/** Reads a .txt or .html file as text; other files are refused so binaries never reach the parser. */
export async function readArticleFile(file: File): Promise<{ text: string; type: 'html' | 'text' }> {
  const type = inputTypeOfFile(file.name, file.type);
  if (!type) throw new Error(`${file.name} is not a .txt or .html file`);
  return { text: await file.text(), type };
}
