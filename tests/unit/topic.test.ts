/** The topic gate: whole pages, back-pain discussions or not. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { database } from '../../lib/claims/database';
import { createEngine, matcherConcepts } from '../../lib/engine/engine';
import { foldText } from '../../lib/engine/fold';
import { compileLexicon, matchConcepts } from '../../lib/engine/matcher';
import { tokenize } from '../../lib/engine/tokens';
import { lowBackScreen, screensLowBack, topicEvidence } from '../../lib/engine/topic';
import { createTopicScreen } from '../../lib/engine/topic-gate';

const engine = createEngine(database);

describe('the topic gate', () => {
  it.each([
    [
      'low back pain named in Spanish, Portuguese and French ("lumbalgia", "lombalgie")',
      'Lumbalgia, ¿qué hago?',
      [
        'Tengo lumbalgia desde hace una semana, the doctor says rest a bit but keep walking.',
        'Eu tive lombalgia o ano passado, physio and walking sorted it.',
        "Ma lombalgie s'est calmée avec de la chaleur et de la marche.",
      ],
      true,
    ],
    [
      'low back pain by its abbreviation ("acute LBP"), the back never named in full',
      'Med student, acute LBP after moving flats - is this normal?',
      [
        'Helped carry a sofa down three flights on Sunday, woke up Monday with acute LBP, no radiation, no red flags.',
        'Most of these settle within a few weeks. Keep moving and dont bother with an MRI unless something changes.',
        'Day 10 update: almost back to normal. Thanks all.',
      ],
      true,
    ],
    [
      'low back pain named in Japanese ("gikkuri-goshi"), the back never named in English',
      'Gikkuri-goshi on the first day of my holiday in Osaka',
      [
        'Bent to pick up my suitcase at the hotel and got gikkuri-goshi, the pharmacist gave me a hot patch and said walk slowly.',
        'Happened to me in Kyoto too, took about a week to settle.',
        'Thanks, feeling a bit better today.',
      ],
      true,
    ],
    [
      "a recipe thread that names an absent cook's back pain once, in passing",
      "Grandad's plum jam, first time making it alone",
      [
        'Every August grandad makes the plum jam but his back pain kept him in the chair this year, so I had a go myself. It set far too runny. How long do you boil yours?',
        'A good twenty minutes at a rolling boil, then the cold saucer test.',
        'Add the stones in a muslin bag, they help it set.',
        'Less sugar than you think, the plums are sweet enough.',
        'Thanks all, second batch set perfectly and grandad gave it a thumbs up.',
      ],
      false,
    ],
    [
      "the writer's own back named in the first post only, with replies that name no treatment",
      'Here we go again',
      [
        'Lower back went again lifting the shopping out of the boot. Third time this year.',
        'Oh no, sending hugs.',
        'Same here last month, took about a week.',
        'Feel better soon, and maybe let someone else carry the bags for a bit.',
      ],
      true,
    ],
    [
      "the same shape of thread, with replies about what helps a relative's back",
      'Grandad stuck in his chair since Sunday',
      [
        'Grandad is 84 and his back pain has kept him in the chair since Sunday. He refuses to call anyone. What can we do?',
        'Get the GP out for a home visit if he cannot stand, at his age it is worth a look.',
        'A heat pad and regular paracetamol helped my nan in the same spot.',
        'Gentle walking round the house every hour, even a few steps.',
        'Thanks, the doctor came this morning and he is already moving a bit better.',
      ],
      true,
    ],
    [
      'a pain that follows the writer "like a little dog" is no animal\'s',
      'Three years of this now',
      [
        'Three years since I bent for a sack of feed and felt the pop in my lower back. The ache never left, it follows me like a little dog, and now the leg burns too. MRI shows L5-S1.',
        'That sounds exhausting. Has anyone looked at the nerve side of it?',
        'Did the surgeon say anything about an injection first?',
        'Thanks, seeing the clinic next week.',
      ],
      true,
    ],
    [
      'low back pain named in Swedish and Finnish ("ryggskott", "noidannuoli"), the back never named in English',
      'Ryggskott again after moving the sofa',
      [
        'Ryggskott again this morning, bent to lift the sofa and it locked. Is a day in bed the right call?',
        'Noidannuoli here last winter. Walking a little every hour was what got me moving again.',
        'Thanks, feeling a bit better today.',
      ],
      true,
    ],
    [
      'slang for a bad back (Australian "crook back")',
      'Crook back after a day laying bricks',
      [
        'Never had a crook back in 20 years on site till today, bent down for a brick and felt it go down low on the left. Any tips?',
        'Take tomorrow off if you can mate, heat pack and keep moving round the house.',
        'Cheers, pulled up stiff but moving this morning.',
      ],
      true,
    ],
    [
      'low back pain named "waist pain" (Nigerian and Indian English)',
      'Waist pain wey no gree me rest',
      [
        'Since two weeks my waist pain dey worry me, especially when I bend to sweep. Wetin I fit do?',
        'Go see doctor, make dem check am well.',
      ],
      true,
    ],
    [
      'a dance lesson about posture (a straight back, not a pain)',
      'Ballet posture: how do I stop hollowing my back in pliés?',
      [
        'My teacher says I keep hollowing my back in pliés and my bum sticks out. How do I keep a straight back without going rigid?',
        'Think of your tailbone dropping towards the floor and your lower back lengthening.',
        'Floor barre helped me more than anything, you can feel when you lose it.',
        'Thanks, trying floor barre on Thursday.',
      ],
      false,
    ],
    [
      'a baby arching his back at feeds (reflux)',
      'Newborn arching his back after feeds',
      [
        'He arches his back and cries after every bottle, could it be reflux?',
        'Ours did the same, the health visitor said reflux and it passed by six months.',
      ],
      false,
    ],
    [
      'another person arching her back in pain',
      "Wife can't arch her back without pain",
      [
        "She can't arch her back without sharp pain since lifting the dog bed.",
        'Has she seen anyone about it?',
      ],
      true,
    ],
    [
      "arching one's own back that hurts",
      'Arching my back hurts',
      ['Arching my back hurts since the weekend, low back is stiff as a board.'],
      true,
    ],
    [
      'a low-back-pain thread',
      'Tweaked my lower back deadlifting',
      [
        'Lower back is locked up since yesterday.',
        'Try walking, it helped my back pain.',
        'Ice or heat?',
      ],
      true,
    ],
    [
      'a back-pain thread with a vague title',
      'Help please',
      [
        'My back has been killing me for a week, spasms every morning.',
        'Sciatica down the left leg too.',
        'Same here, L5-S1 bulge.',
      ],
      true,
    ],
    [
      'a thread about exercises named after animals',
      'Cat-cow and bird dogs for lower back pain?',
      [
        'Cat-cow and bird dogs every morning helped my lower back a lot.',
        'Downward dog too, and a CAT scan showed nothing serious.',
      ],
      true,
    ],
    [
      'a back-pain thread whose replies wish the pain away with fingers crossed',
      'Any advice?',
      [
        'Threw my back out lifting yesterday, the pain is awful.',
        'Fingers crossed the pain eases soon.',
        'Fingers crossed the pain settles, rest up.',
        'Fingers crossed, the pain usually goes in a week.',
        'Keeping my fingers crossed the pain eases for you.',
        'Fingers crossed the pain is gone by Monday.',
      ],
      true,
    ],
    [
      'a back-pain thread about office chairs',
      'Lower back aches after work, which chair?',
      [
        'My lower back aches every evening since I started working from home on a kitchen chair.',
        'A decent office chair with lumbar support made a big difference for me.',
        'Any chair is fine if you get up every half hour.',
        'Second-hand chairs from office clearances are a bargain.',
      ],
      true,
    ],
    [
      'a knee thread',
      'Knee pain after squats',
      [
        'My knee hurts on the way down.',
        'Try box squats.',
        'My back hurt once too but the knee is worse.',
        'Ice the knee.',
      ],
      false,
    ],
    [
      'a frozen-shoulder thread, in which reaching behind the back is hard',
      'Frozen shoulder: injection or physio first?',
      [
        "Nine months of frozen shoulder, I can't reach behind my back to tuck my shirt in.",
        'The injection gave me a few good weeks of range.',
        'Physio twice a week, slow but steady.',
        'Mine thawed on its own after eighteen months.',
      ],
      false,
    ],
    [
      "a horse's sore back",
      'Mare sore along her back after the new saddle',
      [
        'My mare flinches when I brush along her back since the saddle change.',
        'Get the saddle fitter out, and the vet.',
        'Our gelding was the same, the equine physio sorted him.',
        'Give her a week off and lunge her instead.',
      ],
      false,
    ],
    [
      'a bent-over row form check',
      'Bent over row form check',
      [
        'Here is my bent over row at 80kg, does my torso angle look ok?',
        'Pull to your belly button, not your chest.',
        'Looks solid, maybe brace a bit harder.',
      ],
      false,
    ],
    [
      'a neck and TMJ thread',
      'Jaw clicking and neck tension',
      [
        'My jaw pain is worst in the morning.',
        'Neck is stiff too.',
        'Dentist gave me a muscle relaxant for the TMJ.',
      ],
      false,
    ],
    [
      'a back squat programming thread',
      'Back squat vs front squat',
      [
        'Back squat is better for total strength.',
        'I got back to squatting after a layoff.',
        'Front squats hit the quads.',
      ],
      false,
    ],
    [
      'a nostalgia thread',
      'Back in the day',
      [
        'Back in the day we trained in a garage.',
        'Those were the days, back then no phones.',
        'I came back to lifting last year.',
      ],
      false,
    ],
    [
      'a backup camera thread',
      'Backup camera not working',
      [
        'The backup camera screen is black.',
        'Check the fuse in the back of the trunk.',
        'Mine came back after a reset.',
      ],
      false,
    ],
    [
      'a training log with one passing mention',
      'My 2026 training log',
      [
        'Squat 5x5 at 140.',
        'Bench felt good.',
        'Deadlift 3x3.',
        'Ran 5k.',
        'Slight back pain today.',
        'Rows and curls.',
        'Rest day.',
        'Press 5x5.',
        'Squat moved well.',
        'Deadlift PR!',
      ],
      false,
    ],
    [
      'a knee replacement thread where people sleep on their backs',
      'Total knee replacement, week 3',
      [
        'TKR three weeks ago and the nights are horrible. I can only sleep on my back and it is awful.',
        'Lying on your back for weeks is the worst part, it gets easier.',
        'Ice after the physio exercises helped my swelling.',
      ],
      false,
    ],
    [
      'a pilonidal cyst thread',
      'Lump above my bum crack',
      [
        "Found a painful lump just above my bum, it's red and swollen.",
        'Sounds like a pilonidal cyst, get it looked at.',
        'Mine came back twice and I needed surgery.',
      ],
      false,
    ],
    [
      'a baby put down to sleep on her back',
      'She only naps on her back when I hold her',
      [
        'She sleeps on her back in the pram but screams when I lay her down on her back in the cot.',
        'Warm the sheet first, that worked for us.',
        'It gets better around four months, hang in there.',
      ],
      false,
    ],
    [
      'a fall onto the back (not a baby put down to sleep)',
      'Mum came down on her back on the ice',
      [
        'Mum slipped on the ice and came down on her back, now she can barely get out of a chair.',
        'Get her checked, falls at that age can crack a vertebra.',
        'Heat and gentle walking helped my mum after a fall like that.',
      ],
      true,
    ],
    [
      'a Scots back that "goes oot"',
      'Ma back goes oot every spring',
      [
        'Every spring or so ma back goes oot, usually bendin tae lift the wean. Chiro or physio?',
        'Physio, and keep moving. Mine settled in a fortnight.',
        'Cheers, booked in for Monday.',
      ],
      true,
    ],
    [
      'a back episode told by where it aches, never naming the back',
      "Can't get my shoes on since the weekend",
      [
        'Since Saturday I can barely bend forward to get my shoes on. The ache sits just above the belt line, worse on the left.',
        'Keep pottering about, mine took ten days to settle.',
        'Hot water bottle and paracetamol helped me.',
      ],
      true,
    ],
    [
      'low back pain named in Swahili, Quebec French and Polish, the back never named in English',
      'Cant stand up straight since Monday',
      [
        'maumivu ya mgongo since I carried the water tanks, low down on the right.',
        'Classic tour de reins, happened to me shovelling snow. Keep walking.',
        'My dad calls it korzonki, he swears by a hot water bottle.',
      ],
      true,
    ],
    [
      'a back garden is a place, not a back: a swarm of bees in one',
      'Bees everywhere in my back garden',
      [
        'A swarm settled on the hedge in my back garden this morning. How do I get them into a box?',
        'Shake the branch over a sheet at dusk and the queen usually drops in.',
        'Wear gloves and a veil even if they seem calm.',
      ],
      false,
    ],
  ])('%s', (_label, title, posts, expected) => {
    expect(engine.topic(title, posts).backPain).toBe(expected);
  });
});

/**
 * The labelled pages from many forums (tests/fixtures/labelled/): on a page that is not a back-pain
 * discussion Backcheck must annotate nothing at all, so every one of them must be turned away.
 */
describe('labelled pages that are not about back pain', () => {
  const pages = [
    'dev',
    'heldout',
    'final',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
    'twentyfirst',
    'twentysecond',
    'twentythird',
    'twentyfourth',
    'twentyfifth',
    'twentysixth',
    'twentyseventh',
    'twentyeighth',
    'twentyninth',
    'thirtieth',
    'thirtyfirst',
    'thirtysecond',
    'thirtythird',
    'thirtyfourth',
    'thirtyfifth',
    'thirtysixth',
    'thirtyseventh',
    'thirtyeighth',
    'thirtyninth',
    'fortieth',
  ].flatMap((set) =>
    (
      JSON.parse(readFileSync(`tests/fixtures/labelled/${set}-pages.json`, 'utf8')) as Array<{
        title: string;
        posts: string[];
        backPain: boolean;
      }>
    )
      .filter((page) => !page.backPain)
      .map((page) => [`${set}: ${page.title}`, page] as const),
  );

  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(398);
  });

  it.each(pages)('%s', (_label, page) => {
    expect(engine.topic(page.title, page.posts).backPain).toBe(false);
  });
});

/**
 * The gate reads a text closely only when its screen says the text may name the low back, or when
 * another text names it: that is only sound if no text the screen turns away ever names it.
 */
describe('texts the low-back screen turns away', () => {
  const concepts = matcherConcepts(database).topic;
  const lexicon = compileLexicon(concepts);
  const mayNameLowBack = screensLowBack(lowBackScreen(concepts));
  const texts = readdirSync('tests/fixtures/labelled')
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const items = JSON.parse(readFileSync(`tests/fixtures/labelled/${name}`, 'utf8')) as Array<{
        text?: string;
        title?: string;
        posts?: string[];
      }>;
      return items.flatMap((item) => [item.text ?? item.title ?? '', ...(item.posts ?? [])]);
    });

  it('never name the low back', () => {
    const namesLowBack = (text: string) =>
      topicEvidence(matchConcepts(lexicon, tokenize(foldText(text)))).lowBack;
    const missed = texts.filter((text) => namesLowBack(text) && !mayNameLowBack(foldText(text)));
    expect(texts.length).toBeGreaterThan(5000);
    expect(missed).toEqual([]);
  });

  it.each([
    'drop back down and build up slower',
    'i had similar, backed off the volume for a few weeks',
    'any feedback on the new programme welcome',
    'back in the day we walked everywhere',
    'my knee is killing me after squats',
  ])('turns away a text that cannot name the low back: %s', (text) => {
    expect(mayNameLowBack(foldText(text))).toBe(false);
  });

  it.each([
    'my back is killing me',
    'Lower-back tightness after deadlifts',
    'woke up and the back was sore',
    'L4/L5 again',
    'sciatica down the left leg',
    "back's gone again",
  ])('lets through a text that may name it: %s', (text) => {
    expect(mayNameLowBack(foldText(text))).toBe(true);
  });

  it('turns away most texts of pages that are not about back pain, so the gate reads little of them', () => {
    const posts = readdirSync('tests/fixtures/labelled')
      .filter((name) => name.endsWith('-pages.json'))
      .flatMap((name) =>
        (
          JSON.parse(readFileSync(`tests/fixtures/labelled/${name}`, 'utf8')) as Array<{
            title: string;
            posts: string[];
            backPain: boolean;
          }>
        )
          .filter((page) => !page.backPain)
          .flatMap((page) => [page.title, ...page.posts]),
      );
    const screenedIn = posts.filter((post) => mayNameLowBack(foldText(post)));
    expect(posts.length).toBeGreaterThan(1000);
    expect(screenedIn.length).toBeLessThan(posts.length / 10);
  });
});

/**
 * The content script's screen decides a page alone only when none of its first texts can name the
 * low back, and must then decide exactly as the whole gate (in the background) would.
 */
describe('the screen alone', () => {
  const screen = createTopicScreen(() => lowBackScreen(matcherConcepts(database).topic));
  const labelled = readdirSync('tests/fixtures/labelled')
    .filter((file) => file.endsWith('-pages.json'))
    .flatMap(
      (file) =>
        JSON.parse(readFileSync(`tests/fixtures/labelled/${file}`, 'utf8')) as Array<{
          title: string;
          posts: string[];
          backPain: boolean;
        }>,
    );

  it('decides as the gate does, and decides most pages it can alone', () => {
    let decidedAlone = 0;
    for (const page of labelled) {
      const alone = screen.decideUnread(page.title, page.posts);
      if (alone === undefined) continue;
      decidedAlone++;
      expect(alone, page.title).toEqual(engine.topic(page.title, page.posts));
      expect(alone.backPain, page.title).toBe(false);
    }
    // The labelled pages not about back pain are hard cases, most of them naming a back on purpose;
    // still a good share of them never can.
    expect(decidedAlone).toBeGreaterThan(150);
  });
});
