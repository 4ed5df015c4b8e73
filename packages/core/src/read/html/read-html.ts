import type { Body } from '../../body';
import { CopydeskError } from '../../errors';

export interface ReadHtmlOptions {
  url: string | null;
  maxDepth: number;
}

/** Reads an HTML page into a Body. (Filled in by the HTML issue.) */
export function readHtml(_html: string | Uint8Array, _options: ReadHtmlOptions): Body {
  throw new CopydeskError('UNSUPPORTED_INPUT', 'HTML input is not supported yet; pass { text } instead');
}
