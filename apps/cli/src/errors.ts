/** Exit code for a run that failed. */
export const EXIT_FAILURE = 1;
/** Exit code for a command line that cannot be run as written (unknown option, bad value). */
export const EXIT_USAGE = 2;

/** An error the CLI reports as one line on stderr before exiting with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** A mistake in the command line itself: exits with 2. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}
