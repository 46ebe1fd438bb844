/**
 * Reading a page's posts in the background: the annotator sends the texts and places what comes
 * back, so the background must give exactly what the engine gives in place (the scan CLI's engine),
 * post for post, and an answer that does not pair with the posts must never be placed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPosts, readTopic, warmEngine } from '../../lib/background-engine';
import { database } from '../../lib/claims/database';
import { backgroundReader, localReader } from '../../lib/content/reader';
import { createEngine } from '../../lib/engine/engine';
import { readPlainText } from '../../lib/engine/plain-text';
import type { Message } from '../../lib/messages';

const thread = readPlainText(
  readFileSync('tests/fixtures/discourse/back-spasm-sprained-back.txt', 'utf8'),
);
const texts = thread.posts;
const inPlace = createEngine(database);

describe('the background engine', () => {
  it("finds each post's claims exactly as the engine in place does, after its warm-up too", () => {
    const expected = texts.map((text) => inPlace.annotate(text));
    expect(expected.flat().length).toBeGreaterThan(5);
    expect(readPosts(texts)).toEqual(expected);
    warmEngine();
    expect(readPosts(texts)).toEqual(expected);
    expect(readTopic(thread.title, texts.slice(0, 20))).toEqual(
      inPlace.topic(thread.title, texts.slice(0, 20)),
    );
  });
});

describe('the background reader', () => {
  it("answers with the background's reading of each post, in order", async () => {
    const sent: Message[] = [];
    const reader = backgroundReader((message) => {
      sent.push(message);
      return message.type === 'backcheck:read-posts'
        ? Promise.resolve(readPosts(message.texts))
        : Promise.reject(new Error('not asked'));
    });
    const found = await reader.annotate(texts);
    expect(found).toEqual(await localReader(inPlace).annotate(texts));
    expect(sent).toEqual([{ type: 'backcheck:read-posts', texts }]);
  });

  it('refuses an answer that does not pair with the posts sent', async () => {
    const short = backgroundReader(() => Promise.resolve(readPosts(texts.slice(1))));
    await expect(short.annotate(texts)).rejects.toThrow(/did not read/);
    // The background gone (an extension reload) answers undefined in some browsers.
    const gone = backgroundReader(() => Promise.resolve(undefined));
    await expect(gone.annotate(texts)).rejects.toThrow(/did not read/);
    await expect(gone.topic(thread.title, texts)).rejects.toThrow(/did not decide/);
  });
});
