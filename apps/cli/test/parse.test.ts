import { readFileSync } from 'node:fs';
import { validateArticle } from '@copydesk/core';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { NINJS_SCHEMA, runCli, SEED } from './_run';

const STORY = readFileSync(SEED, 'utf8');
const HEADLINE = 'Syria army, allies retake Albu Kamal from Islamic State';

const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
// The ninjs schema refers to GeoJSON online; copydesk never writes geojson, so a stub suffices.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validateNinjs = ajv.compile(JSON.parse(readFileSync(NINJS_SCHEMA, 'utf8')));

/** What each format's output must satisfy. */
const CHECKS: Record<string, (out: string) => void> = {
  json: (out) => expect(validateArticle(JSON.parse(out)).success).toBe(true),
  text: (out) => expect(out.split('\n')[0]).toBe(HEADLINE),
  markdown: (out) => expect(out.split('\n')[0]).toBe(`# ${HEADLINE}`),
  jsonld: (out) => expect(JSON.parse(out)).toMatchObject({ '@type': 'NewsArticle', headline: HEADLINE }),
  ninjs: (out) => {
    const item = JSON.parse(out);
    expect(validateNinjs(item), ajv.errorsText(validateNinjs.errors)).toBe(true);
    expect(item.headlines[0].value).toBe(HEADLINE);
  },
};

const CASES = Object.keys(CHECKS).flatMap((format) => [
  [format, 'a file'],
  [format, 'stdin'],
]);

describe('copydesk parse', () => {
  it.each(CASES)('prints --format %s from %s', async (format, from) => {
    const args = ['parse', '--format', format, '--published', '2017-11-19'];
    const ran =
      from === 'stdin' ? await runCli([...args, '-'], { input: STORY }) : await runCli([...args, SEED]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    CHECKS[format]?.(ran.stdout);
  });

  it('indents JSON with --pretty', async () => {
    const ran = await runCli(['parse', SEED, '--pretty']);
    expect(ran.stdout.split('\n')[1]).toBe('  "schemaVersion": "1.3.0",');
  });

  it.each([
    [['parse', SEED, '--format', 'yaml'], 2, 'unknown --format "yaml"'],
    [['parse', SEED, '--no-such-option'], 2, "Unknown option '--no-such-option'"],
    [['parse', SEED, SEED], 2, 'parse takes one FILE'],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
    [['parse', 'no/such/file.txt'], 1, 'cannot read no/such/file.txt: no such file'],
  ])('exits with a clear line for %j', async (args, code, message) => {
    const ran = await runCli(args);
    expect(ran.code).toBe(code);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain(message);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports empty stdin as an error', async () => {
    const ran = await runCli(['parse', '-'], { input: '   \n' });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe('copydesk: the input is empty\n');
  });
});
