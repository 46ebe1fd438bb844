/**
 * Reads and validates the claims database from its YAML sources. Node-only (build scripts and tests);
 * the extension and the CLI import the compiled JSON through `lib/claims/database.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { parse } from 'yaml';
import {
  ClaimSchema,
  LexiconSchema,
  type Claim,
  type ClaimsDatabase,
  type Lexicon,
} from './schema';

export const CLAIMS_DIR = new URL('./data/', import.meta.url).pathname;
export const LEXICON_FILE = new URL('./lexicon.yaml', import.meta.url).pathname;

export class ClaimsDataError extends Error {}

function describeIssues(file: string, issues: v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => `${file}: ${v.getDotPath(issue) ?? '(entry)'}: ${issue.message}`)
    .join('\n');
}

function checkRawText(file: string, text: string): void {
  if (text.includes('\r')) throw new ClaimsDataError(`${file}: contains \\r (use Unix line ends)`);
  const trailing = text.split('\n').findIndex((line) => /[ \t]+$/.test(line));
  if (trailing >= 0) throw new ClaimsDataError(`${file}:${trailing + 1}: trailing whitespace`);
}

export function parseClaim(file: string, text: string): Claim {
  checkRawText(file, text);
  const result = v.safeParse(ClaimSchema, parse(text));
  if (!result.success) throw new ClaimsDataError(describeIssues(file, result.issues));
  const expectedId = basename(file, '.yaml');
  if (result.output.id !== expectedId) {
    throw new ClaimsDataError(`${file}: id "${result.output.id}" must match the file name`);
  }
  return result.output;
}

export function parseLexicon(file: string, text: string): Lexicon {
  checkRawText(file, text);
  const result = v.safeParse(LexiconSchema, parse(text));
  if (!result.success) throw new ClaimsDataError(describeIssues(file, result.issues));
  return result.output;
}

/** Every concept a rule names must exist, in the shared lexicon or the claim's own concepts. */
export function checkConceptReferences(claims: Claim[], lexicon: Lexicon): void {
  const shared = new Set(Object.keys(lexicon.concepts));
  for (const claim of claims) {
    const known = new Set([...shared, ...Object.keys(claim.concepts ?? {})]);
    for (const rule of claim.detect) {
      for (const ref of [
        ...rule.all,
        ...(rule.none ?? []),
        ...(rule.context ? [rule.context] : []),
      ]) {
        for (const concept of ref.split('|')) {
          if (!known.has(concept)) {
            throw new ClaimsDataError(`${claim.id}: detect names unknown concept "${concept}"`);
          }
        }
      }
    }
    for (const concept of Object.keys(claim.concepts ?? {})) {
      if (shared.has(concept)) {
        throw new ClaimsDataError(`${claim.id}: concept "${concept}" is already in the lexicon`);
      }
    }
  }
}

export function loadClaimsDatabase(dir = CLAIMS_DIR, lexiconFile = LEXICON_FILE): ClaimsDatabase {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const claims = files.map((name) => parseClaim(name, readFileSync(join(dir, name), 'utf8')));
  const lexicon = parseLexicon(basename(lexiconFile), readFileSync(lexiconFile, 'utf8'));
  checkConceptReferences(claims, lexicon);
  const version =
    claims
      .map((claim) => claim.reviewed)
      .sort()
      .at(-1) ?? '0000-00-00';
  return { version, claims, lexicon };
}
