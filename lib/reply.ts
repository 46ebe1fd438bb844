/**
 * "Copy a reply with sources": a short, polite reply that states what the evidence shows, with
 * citations, in the forum's own markup (Markdown for Discourse and Reddit, BBCode for the classic
 * boards). Pure text in, text out: the user pastes and edits it; Backcheck never posts anything.
 */
import type { Claim, Stance } from './claims/schema';

export type ReplyMarkup = 'markdown' | 'bbcode' | 'plain';

const MARKUP_BY_ENGINE: Record<string, ReplyMarkup> = {
  discourse: 'markdown',
  reddit: 'markdown',
  xenforo: 'bbcode',
  vbulletin: 'bbcode',
  phpbb: 'bbcode',
  invision: 'plain',
  wordpress: 'plain',
  generic: 'plain',
};

export function replyMarkupFor(engine: string): ReplyMarkup {
  return MARKUP_BY_ENGINE[engine] ?? 'plain';
}

/** Database prose may carry <em>/<strong>/<a>; replies are plain words. */
function plain(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

/**
 * The first line depends on both how the post relates to the claim and what the evidence says, so a
 * reply never agrees with a post the evidence contradicts.
 */
function opening(claim: Claim, stance: Stance): string {
  const evidenceFor = claim.verdict === 'supported' || claim.verdict === 'partly-supported';
  const evidenceAgainst = claim.verdict === 'not-supported' || claim.verdict === 'misleading';
  if (stance === 'asks')
    return 'Good question. For what it is worth, here is what the research says:';
  if (stance === 'experience') {
    return 'Thanks for sharing that. For anyone reading later, here is what larger studies found:';
  }
  if (stance === 'denies') {
    if (evidenceAgainst) return 'Agreed, and the research backs this up:';
    if (evidenceFor) return 'The research actually leans the other way on this one:';
    return 'The research on this is still unsettled:';
  }
  if (evidenceFor) return 'The research backs this up, with some caveats:';
  if (evidenceAgainst) return 'Worth knowing what the research says on this one:';
  return 'The research on this is still unsettled:';
}

/** "Dahm et al." for several authors, the name alone for one (or for a body such as NICE). */
function citeAuthors(authors: string): string {
  const list = authors.split(',').map((a) => a.trim());
  const first = list[0]!.replace(/\s+et al\.?$/, '');
  return list.length > 1 || /et al\.?$/.test(authors) ? `${first.split(' ')[0]} et al.` : first;
}

export function composeReply(claim: Claim, stance: Stance, markup: ReplyMarkup): string {
  const sources = claim.sources.map((s) => {
    const label = `${citeAuthors(s.authors)}, ${s.journal} ${s.year}`;
    if (markup === 'markdown') return `- [${label}](${s.url}): ${s.finding}`;
    if (markup === 'bbcode') return `[*][url=${s.url}]${label}[/url]: ${s.finding}`;
    return `- ${label} (${s.url}): ${s.finding}`;
  });
  const summary = plain(claim.summary);
  const practical = plain(claim.practical);
  const lines =
    markup === 'bbcode'
      ? [
          opening(claim, stance),
          '',
          `[b]${summary}[/b]`,
          '',
          practical,
          '',
          '[list]',
          ...sources,
          '[/list]',
        ]
      : [
          opening(claim, stance),
          '',
          markup === 'markdown' ? `**${summary}**` : summary,
          '',
          practical,
          '',
          'Sources:',
          ...sources,
        ];
  lines.push('', 'Not medical advice; if symptoms are severe, new or worrying, see a clinician.');
  return lines.join('\n');
}
