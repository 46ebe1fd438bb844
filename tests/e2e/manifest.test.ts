/**
 * Least privilege, pinned: the store builds ask for exactly these permissions, run only on the known
 * forums, and the Firefox build declares its id and that it collects nothing, and passes web-ext lint.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { database } from '../../lib/claims/database';
import { KNOWN_FORUM_MATCHES } from '../../lib/sites';

const manifest = (dir: string) =>
  JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, unknown> & {
    content_scripts: Array<{ matches: string[] }>;
  };

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s store build', (dir) => {
  const m = manifest(dir);

  it('asks only for storage, scripting and activeTab, and any other site only when turned on', () => {
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // The known forums only, where the background injects the annotator into a back-pain page.
    expect([...(m.host_permissions as string[])].sort()).toEqual([...KNOWN_FORUM_MATCHES].sort());
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs its content script on the known forums only: never local or all URLs', () => {
    const matches = m.content_scripts.flatMap((c) => c.matches);
    expect([...matches].sort()).toEqual([...KNOWN_FORUM_MATCHES].sort());
    expect(matches.join(' ')).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|\*:\/\/\*\//);
  });

  it('loads only the topic screen on every forum page, and the claims only on a back-pain page', () => {
    // The content script starts on every thread and carries none of the claims; the annotator,
    // injected where the gate finds a back-pain discussion, carries their wording and verdicts for
    // its markers; the claims' matcher (which reads the posts) and a note's evidence are in the
    // background, which the annotator asks.
    const content = readFileSync(`.output/${dir}/content-scripts/content.js`, 'utf8');
    const annotator = readFileSync(`.output/${dir}/annotator.js`, 'utf8');
    const background = readFileSync(`.output/${dir}/background.js`, 'utf8');
    for (const claim of database.claims) {
      const wording = JSON.stringify(claim.claim).slice(1, -1);
      expect(content).not.toContain(wording);
      expect(annotator).toContain(wording);
      expect(annotator).not.toContain(claim.sources[0]!.title);
      expect(background).toContain(claim.sources[0]!.title);
    }
    // The claims' own vocabulary (a muscle relaxant's brand) is in the background's matcher, in
    // neither script a page loads.
    expect(background).toContain('flexeril');
    expect(annotator).not.toContain('flexeril');
    expect(content).not.toContain('flexeril');
    // Every forum page carries only the topic's screen; the topic's matcher (one of its concepts:
    // someone else's back) is asked of the background, for the pages the screen cannot decide.
    expect(background).toContain('someone-elses-back');
    expect(content).not.toContain('someone-elses-back');
  });

  it('carries its name, description, icons and the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(m.name).toBe('Backcheck');
    expect(m.version).toBe(pkg.version);
    expect(Object.keys(m.icons as object)).toEqual(['16', '32', '48', '128']);
  });
});

describe('the Firefox build', () => {
  it('declares a gecko id and that it collects no data', () => {
    const gecko = (
      manifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }
    ).gecko;
    expect(gecko.id).toBe('backcheck@backcheck.dev');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes web-ext lint with no errors', () => {
    const out = execFileSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
