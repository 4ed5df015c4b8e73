/** Every failure copydesk reports has one of these codes. */
export type CopydeskErrorCode =
  | 'EMPTY_INPUT'
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'TIMEOUT'
  | 'UNSUPPORTED_INPUT'
  | 'INVALID_OPTION'
  | 'INTERNAL';

/** The one error type copydesk throws; `code` is stable, `message` is for people. */
export class CopydeskError extends Error {
  override readonly name = 'CopydeskError';
  readonly code: CopydeskErrorCode;

  constructor(code: CopydeskErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** Plain-object form, for JSONL error lines. */
  toJSON(): { code: CopydeskErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isCopydeskError(value: unknown): value is CopydeskError {
  return value instanceof CopydeskError;
}
