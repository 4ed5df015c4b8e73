/** True when `stream` is a terminal that wants colour: not with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (!stream.isTTY) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return process.env.TERM !== 'dumb';
}

/** Wraps text in an ANSI colour when `on`. */
export function paint(on: boolean, code: 'red' | 'green' | 'dim', text: string): string {
  if (!on) return text;
  const open = code === 'red' ? 31 : code === 'green' ? 32 : 2;
  return `\u001b[${open}m${text}\u001b[0m`;
}
