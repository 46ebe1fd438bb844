/**
 * The scan CLI: `npm run scan -- [--format json|text] [--url URL] FILE...`
 *
 * Runs the extension's own adapters and engine over saved pages (.html/.htm, parsed with linkedom)
 * and plain-text threads (.txt). JSON goes to stdout and nothing else does; problems go to stderr.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { database } from '../claims/database';
import { matcherTables } from '../claims/generated/matchers';
import { readPage } from '../dom/read-page';
import { createEngine, type Engine } from '../engine/engine';
import { analysePage } from '../engine/page';
import { readPlainText } from '../engine/plain-text';
import { formatText, toScanEntry, type ScanEntry } from './report';

const USAGE = 'usage: npm run scan -- [--format json|text] [--url URL] FILE...';

function pageUrl(doc: Document, path: string, given: string | undefined): URL {
  const declared =
    given ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (declared) return new URL(declared);
  } catch {
    // An unparseable canonical link: fall back to the file's own URL.
  }
  return pathToFileURL(resolve(path));
}

export async function scanFile(engine: Engine, path: string, url?: string): Promise<ScanEntry> {
  const content = await readFile(path, 'utf8');
  if (/\.html?$/i.test(path)) {
    const { document } = parseHTML(content);
    const page = readPage(document, pageUrl(document, path, url));
    const texts = page.posts.map((post) => post.index.text);
    const analysis = analysePage(engine, page.title, texts);
    return toScanEntry(path, page.engine, page.title, texts.length, analysis);
  }
  const thread = readPlainText(content);
  const analysis = analysePage(engine, thread.title, thread.posts);
  return toScanEntry(path, 'text', thread.title, thread.posts.length, analysis);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'json' }, url: { type: 'string' } },
    });
  } catch (error) {
    console.error(`scan: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.format !== 'json' && values.format !== 'text') {
    console.error(`scan: --format must be json or text\n${USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const engine = createEngine(database, matcherTables);
  const entries: ScanEntry[] = [];
  let failed = false;
  for (const path of positionals) {
    try {
      entries.push(await scanFile(engine, path, values.url));
    } catch (error) {
      failed = true;
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      console.error(`scan: cannot read ${path}: ${reason}`);
    }
  }
  process.stdout.write(
    values.format === 'json' ? JSON.stringify(entries, null, 2) + '\n' : formatText(entries),
  );
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
