/**
 * Prints how much peak memory grew from the smallest run to the largest and sets a failing exit code past
 * `limit` (a share: 0.2 is 20%): a streaming stage keeps memory flat however many records pass through it.
 */
export function reportFlatness(first: number | undefined, last: number | undefined, limit: number): void {
  if (!first || !last) return;
  const growth = last / first - 1;
  const verdict = growth <= limit ? 'flat' : 'NOT flat';
  process.stdout.write(
    `\npeak memory grew ${(growth * 100).toFixed(1)}% (limit ${limit * 100}%): ${verdict}\n`,
  );
  if (growth > limit) process.exitCode = 1;
}
