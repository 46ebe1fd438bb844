/**
 * The scan CLI's output. The JSON shape is a contract read by tools outside the project: add
 * fields, never rename or remove them.
 */
import { claimById, VERDICT_LABELS } from '../claims/database';
import type { PageAnalysis } from '../engine/page';
import type { TopicResult } from '../engine/topic';

export interface ScanAnnotation {
  claimId: string;
  verdict: string;
  stance: string;
  post: number;
  sentence: string;
  match: string;
}

export interface ScanEntry {
  source: string;
  engine: string;
  title: string;
  topic: TopicResult;
  posts: number;
  annotations: ScanAnnotation[];
}

export function toScanEntry(
  source: string,
  engine: string,
  title: string,
  posts: number,
  analysis: PageAnalysis,
): ScanEntry {
  return {
    source,
    engine,
    title,
    topic: analysis.topic,
    posts,
    annotations: analysis.annotations.map((a) => ({
      claimId: a.claimId,
      verdict: claimById(a.claimId)?.verdict ?? 'uncertain',
      stance: a.stance,
      post: a.post,
      sentence: a.sentence,
      match: a.match,
    })),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

export function formatText(entries: readonly ScanEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    const verdictCounts = new Map<string, number>();
    for (const a of entry.annotations) {
      verdictCounts.set(a.verdict, (verdictCounts.get(a.verdict) ?? 0) + 1);
    }
    lines.push(`${entry.source}  [${entry.engine}]  "${entry.title}"`);
    lines.push(
      `  ${entry.topic.backPain ? 'Back-pain discussion' : 'Not a back-pain discussion'}` +
        ` (score ${entry.topic.score.toFixed(2)}), ${entry.posts} posts, ` +
        `${entry.annotations.length} claim${entry.annotations.length === 1 ? '' : 's'}`,
    );
    for (const a of entry.annotations) {
      const label = VERDICT_LABELS[a.verdict as keyof typeof VERDICT_LABELS] ?? a.verdict;
      lines.push(`  post ${a.post}: ${a.claimId} (${label}; the post ${a.stance})`);
      lines.push(`    "${oneLine(a.sentence)}"`);
      lines.push(`    matched: ${oneLine(a.match)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
