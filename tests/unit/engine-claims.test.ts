/**
 * Claim detection, sentence by sentence: what each sentence claims and how it relates to the claim.
 * Seed sentences are labelled by hand; the rest are the catalogue's near misses and common forum
 * phrasings of negation, questions and first-person reports.
 */
import { describe, expect, it } from 'vitest';
import { database } from '../../lib/claims/database';
import { createEngine } from '../../lib/engine/engine';

const engine = createEngine(database);
const claimsIn = (text: string) => engine.annotate(text).map((a) => `${a.claimId}:${a.stance}`);

/** Each sentence makes exactly these claims, with these stances, and no other. */
function makesExactly(cases: Array<[string, string[]]>): void {
  it.each(cases)('%s', (sentence, expected) => {
    expect([...new Set(claimsIn(sentence))].sort()).toEqual(expected);
  });
}

describe('sentences from the seed threads', () => {
  it.each([
    [
      'I personally take baclofen for my spasms, but it made me drowsy.',
      'muscle-relaxants-relax-muscles:experience',
    ],
    ['Have you tried foam rolling or a deep tissue massage?', 'massage-helps:asks'],
    ['Go to a doctor.', 'see-doctor-red-flags:asserts'],
    ['First of all see a professional and get properly assessed!', 'see-doctor-red-flags:asserts'],
    [
      'Only by getting a full MRI (not that open MRI shit) did they find the disc problem.',
      'imaging-needed:asserts',
    ],
    [
      'One thing that is quite common and not so serious is ischemia in the postural muscles of the spine.',
      'pain-spasm-cycle:asserts',
    ],
    [
      "The spasm then 'locks' the area protecting the spine from further movement.",
      'spasm-protective:asserts',
    ],
    // With the post's next sentence: a warm-up claim needs the body or training in its post.
    [
      'This is where proper warm-up is essential! Increased blood flow = nourishment for the muscles.',
      'warmup-prevents:asserts',
    ],
    ['stretching my hamstrings really help my lower back pain.', 'stretching-helps:experience'],
    [
      'diazepam in small doses also helps to relax the muscle.',
      'benzodiazepines-for-back-pain:asserts',
    ],
  ])('%s', (sentence, expected) => {
    expect(claimsIn(sentence)).toContain(expected);
  });
});

describe('stance: negation, questions and first-person reports', () => {
  it.each([
    ['You need an MRI to see what is going on.', 'imaging-needed:asserts'],
    ['There is no need for an MRI unless you have red flags.', 'imaging-needed:denies'],
    ["An MRI won't change anything at this stage.", 'imaging-needed:denies'],
    ['Should I get an MRI?', 'imaging-needed:asks'],
    // A question the writer answers no at once is a verdict; an open answer leaves it a question.
    [
      'Tramadol for a pulled back? No thanks, I have seen what it does.',
      'opioids-for-back-pain:denies',
    ],
    ['An MRI for two days of back pain? Nope.', 'imaging-needed:denies'],
    ['Is surgery worth it? No idea, still deciding.', 'surgery-needed:asks'],
    // Sarcasm.
    ["Sure, because a week in bed fixes everyone's back.", 'bed-rest:denies'],
    [
      "GP said take ibuprofen, like that's gonna touch a disc bulge.",
      'nsaids-for-back-pain:denies',
    ],
    ["I started PT and it feels like it's gonna help my back.", 'physical-therapy:experience'],
    ["Sounds like that'll help, I'm booking physio for my back.", 'physical-therapy:experience'],
    ['my MRI showed two bulging discs', 'imaging-needed:experience'],
    ['Avoid bed rest, it makes things worse.', 'bed-rest:denies'],
    ['Stay active and keep walking.', 'bed-rest:denies'],
    ['Spend a few days in bed for it to calm down.', 'bed-rest:asserts'],
    ["Muscle relaxers don't actually relax the muscle.", 'muscle-relaxants-relax-muscles:denies'],
    [
      'take a muscle relaxer, your back is just locked up',
      'muscle-relaxants-relax-muscles:asserts',
    ],
    ['ice it for the first 48 hours then switch to heat', 'ice-first:asserts'],
    ['Have you tried a heating pad?', 'heat-helps:asks'],
    ['I went to the chiro twice and it helped a lot', 'spinal-manipulation-helps:experience'],
    ['Deadlifts are not bad for your back if you build up slowly.', 'lifting-harmful:denies'],
    ["I'm afraid to deadlift and squat ever again.", 'lifting-harmful:experience'],
    ['anyone tried acupuncture for this', 'acupuncture-helps:asks'],
    // A professional's advice passed on is the advice; a finding about the writer's own body, or
    // the writer's outcome after it, is their case.
    [
      'GP said paracetamol wont do much for my back, try naproxen.',
      'paracetamol-for-back-pain:denies',
    ],
    ['the physio said insoles were a waste of money for my back', 'insoles-orthotics:denies'],
    ['My neurosurgeon said no surgery, most discs get better with time.', 'surgery-needed:denies'],
    ['Chiro said my L5 was rotated and my hip was higher.', 'spine-out-of-place:experience'],
    [
      'My GP said to keep walking and that has been the thing that helped.',
      'exercise-helps:experience',
    ],
    // Praise of medium-firm doubts the firm mattress, and a sentence that also calls firm a myth
    // doubts it no less.
    ['A medium firm one suits a bad back better than a hard one.', 'mattress-firm:denies'],
    [
      'Rock hard beds are an old myth, medium-firm came out ahead for back pain.',
      'mattress-firm:denies',
    ],
    // A recommendation makes the writer's story advice; an affirming "no" and "the worst of it"
    // deny nothing.
    ['Two weeks of physio got my back moving again, highly recommend.', 'physical-therapy:asserts'],
    ['A heat pack on my lower back was the way to go when it seized.', 'heat-helps:asserts'],
    [
      'Naproxen got me through the worst of it, ask your GP for some.',
      'nsaids-for-back-pain:asserts',
    ],
    [
      'No shame in taking codeine for your back when it is that bad.',
      'opioids-for-back-pain:asserts',
    ],
    [
      'When my back is at its worst, tramadol is what gets me through.',
      'opioids-for-back-pain:experience',
    ],
    // "mine's" is the writer; "foam rolling" names a habit, where "foam roll" orders it.
    [
      "mine's locked up again, heat pack and ibuprofen, same old routine",
      'nsaids-for-back-pain:experience',
    ],
    ['Foam rolling the glutes every night has been great for my back.', 'massage-helps:experience'],
    ['Foam roll your glutes, it helps your back.', 'massage-helps:asserts'],
    // From the tenth session's review: a recommendation phrase in the writer's own habit or plan,
    // turned down, or a verdict after all.
    [
      'i stock up on ibuprofen every winter because my back always flares',
      'nsaids-for-back-pain:experience',
    ],
    [
      'gonna give it a go with the inversion table tonight for my back',
      'traction-helps:experience',
    ],
    ['physio was the go for me, the chiro just cracked stuff', 'physical-therapy:experience'],
    [
      'tried the inversion table for a month for my back, wouldnt recommend it',
      'traction-helps:denies',
    ],
    ["can't recommend physio enough for a bad back", 'physical-therapy:asserts'],
    ['there is no question of surgery for a disc bulge like yours', 'surgery-needed:denies'],
    ['bed rest is the worst of all the options for a bad back', 'bed-rest:denies'],
    [
      "everyone has a theory, mine's that bad posture causes most back pain",
      'posture-causes-pain:asserts',
    ],
    // A harm said of a practice claimed to help denies it (the rules' `harm: denies`); a harm
    // denied, the pain's own course, or a harm said of a cause do not.
    ['A lumbar support belt worn all day weakens your core over time.', 'braces-supports:denies'],
    ['Foam rolling a sore lower back only aggravates it.', 'massage-helps:denies'],
    ['Heat on a fresh back strain can make it worse.', 'heat-helps:denies'],
    ['A back brace worn every day lets your muscles get lazy.', 'braces-supports:denies'],
    [
      'Stretching a stiff lower back hard every morning, it just winds it up.',
      'stretching-helps:denies',
    ],
    ['Massage on an acute back spasm, leave it alone for a few days.', 'massage-helps:denies'],
    ['Gentle stretching never aggravates a sore lower back.', 'stretching-helps:asserts'],
    ["Massage won't make your back worse.", 'massage-helps:asserts'],
    // A judgement of what the claim's clause is about, and a closing "save your money".
    ['Surgery for a bulging disc should be the last resort.', 'surgery-needed:denies'],
    [
      'Posture has little to do with back pain, a good physio will tell you the same.',
      'posture-causes-pain:denies',
    ],
    [
      'Posture has little to do with back pain, a good physio will tell you the same.',
      'physical-therapy:asserts',
    ],
    ['Acupuncture for back pain feels relaxing but save your money.', 'acupuncture-helps:denies'],
    ['Can a vertebra actually slip out of place?', 'spine-out-of-place:asks'],
    // A scan's finding of a bulge is the writer's own case, with or without "my".
    ['Scan showed two bulging discs at L4 and L5.', 'disc-bulge-explains-pain:experience'],
    ['Scan showed two bulging discs at L4 and L5.', 'imaging-needed:experience'],
    // A negation inside the condition, right before an order to go, is the condition's.
    ["If your groin goes numb or you can't pee go to A&E tonight.", 'see-doctor-red-flags:asserts'],
    // An order in a later clause makes the writer's story advice; "go figure" orders nothing.
    ['Pilates sorted my lower back out completely, do it.', 'exercise-helps:asserts'],
    // From the eleventh session's independent review: the edges of the session's changes.
    ['massage helps loads, it only aggravates it if they go way too deep', 'massage-helps:asserts'],
    ['stretch gently twice a day, leave it alone otherwise', 'stretching-helps:asserts'],
    [
      'The pain has less to do with the disc and more to do with how sensitised your nervous system is',
      'pain-is-output:asserts',
    ],
    ['save your money for a good physio and skip the chiro', 'physical-therapy:asserts'],
    [
      'I have to brace my lower back with a belt whenever I lift at work',
      'braces-supports:experience',
    ],
    ['scan came back with a small disc protrusion at L5', 'disc-bulge-explains-pain:experience'],
    [
      "MRI showed a bulge but the physio reckons it's not what's causing the pain",
      'disc-bulge-explains-pain:denies',
    ],
    [
      'My MRI shows degeneration at two levels and no back pain at all, go figure.',
      'degeneration-normal:experience',
    ],
    [
      "Start physio for your back soon, don't wait for it to get worse.",
      'physical-therapy:asserts',
    ],
    ['Slouching at a desk all day aggravates back pain.', 'posture-causes-pain:asserts'],
    // Words that are names of an object's own properties are words like any other.
    ['Stretching a lower back constructor just makes it worse.', 'stretching-helps:denies'],
    // Verdicts that outweigh the writer's story (session 12): sarcasm, "so much for", a clause
    // judged "nothing to do with" it, a recommendation turned down at the end.
    ['oh yes, because a week in bed worked wonders for my back last winter', 'bed-rest:denies'],
    [
      'Foam rolled my lower back every night for a month and it still flared, so much for foam rolling',
      'massage-helps:denies',
    ],
    ['Thanks so much for the tips, the heat pack on my back helped.', 'heat-helps:experience'],
    [
      'What fixed my back was sleep and walking, nothing to do with my posture.',
      'posture-causes-pain:denies',
    ],
    ['My core has sod all to do with my back pain.', 'core-weakness-causes-pain:denies'],
    [
      'Tried diazepam for my back spasms and felt drunk for two days, so I would give it a miss',
      'benzodiazepines-for-back-pain:denies',
    ],
    // A practice that "does nothing" in a clause sharing its subject, or that is temporary at best.
    ['Heat feels nice but does nothing for the actual back problem.', 'heat-helps:denies'],
    ['A heat wrap helps my back but does nothing for the sciatica.', 'heat-helps:experience'],
    ['Cortisone shots in the back are a temporary fix at best.', 'steroid-injections:denies'],
    ['Epidurals for back pain are only ever temporary.', 'steroid-injections:denies'],
    ["Skip the TENS for your back, don't waste your money.", 'tens-helps:denies'],
    // A professional who would rush or talk the reader into it.
    ['Never let a surgeon rush you into a fusion for back pain.', 'surgery-needed:denies'],
    // Brands and misspellings from the eighteenth set, and a dismissal that names no effect.
    [
      'Doctor gave me Ketonal for my lower back, it helps a bit.',
      'nsaids-for-back-pain:experience',
    ],
    ['Chiropractic is quackery for back pain.', 'spinal-manipulation-helps:denies'],
    ['Chiros are quacks, cracking your back fixes nothing.', 'spinal-manipulation-helps:denies'],
    // "so much for that" is the writer's own attempt, not a verdict on the practice.
    [
      'Took a robaxine, slept ten hours and the spasm in my back was still there, so much for that',
      'muscle-relaxants-relax-muscles:experience',
    ],
    [
      "Don't let the doctor send you home with oxycodone for a back strain.",
      'opioids-for-back-pain:denies',
    ],
  ])('%s', (sentence, expected) => {
    expect(claimsIn(sentence)).toContain(expected);
  });
});

describe('near misses: no claim', () => {
  it.each([
    ['I wear braces on my trousers, not a belt.', 'braces-supports'],
    ['Back squats went well today, hit a new PR.', 'lifting-harmful'],
    ['My dentist gave me a muscle relaxant for my TMJ.', 'muscle-relaxants-relax-muscles'],
    ['Got an MRI on my knee last week.', 'imaging-needed'],
    ['Ice your ankle after the run.', 'ice-first'],
    ['I take Xanax for my anxiety.', 'benzodiazepines-for-back-pain'],
    ['Dbol and other anabolic steroids are not worth the risk.', 'oral-steroids'],
    ['Orthotics fixed my plantar fasciitis.', 'insoles-orthotics'],
    ['Just relax and enjoy the holidays.', 'muscle-relaxants-relax-muscles'],
    ['Take a rest day on Sunday.', 'bed-rest'],
    ['Bring the heat in your last set.', 'heat-helps'],
    // Another body region, or another condition, without the low back.
    ['Had my kneecap X-rayed after the fall, just bruised.', 'imaging-needed'],
    ['A CT of my sinuses finally showed the polyps.', 'imaging-needed'],
    ['Acupuncture for fertility worked for my sister.', 'acupuncture-helps'],
    ['The midwife suggested a TENS machine for early labour.', 'tens-helps'],
    ['Found an old brace and bit in the shed, still drills fine.', 'braces-supports'],
    // Animals: the claims are about people's backs.
    ['Took the puppy to the vet for a massage session, she loved it.', 'massage-helps'],
    ['Our cat sleeps on the heating pad all winter.', 'heat-helps'],
    ["The vet says our dachshund's slipped disc needs surgery.", 'surgery-needed'],
    ['Our golden retriever had disc surgery and is walking again.', 'surgery-needed'],
    ['12 week scan today, the baby was waving!', 'imaging-needed'],
    ['Had an MRI of my head for migraines, all normal.', 'degeneration-normal'],
    ['Morphine made the last weeks of his chemo bearable.', 'opioids-for-back-pain'],
    // Everyday senses of words a claim uses (from a review of the new vocabulary).
    ['That thread cracked me up, hope your back settles.', 'spinal-manipulation-helps'],
    ['I get pins and needles in my back when I sit too long.', 'acupuncture-helps'],
    ["I've usually gone to the gym by six, but not with this back.", 'most-recover'],
    ['My GP cleared me to go back to deadlifting eventually.', 'most-recover'],
    ['Dead hangs for grip, three sets after pulls.', 'traction-helps'],
    ['The ache sits just above the belt line on the right.', 'braces-supports'],
    // A condition of another region, a slip on ice, a personal trainer, an epidural in labour.
    ['Hip bursitis, the cortisone shot helped for months.', 'steroid-injections'],
    ['Anti-inflammatories for my gout flare.', 'nsaids-for-back-pain'],
    ['Slipped on the ice and bruised my hip.', 'ice-first'],
    ['My mate is doing a PT course to become a personal trainer.', 'physical-therapy'],
    ['Had an epidural in labour and it was bliss.', 'steroid-injections'],
    // Another region or condition, another reason for the drug, other senses of the words.
    ['Heart ablation for atrial flutter, in and out the same day.', 'radiofrequency-ablation'],
    [
      'Our chiropractor helped with the baby’s colic, or so it seemed.',
      'spinal-manipulation-helps',
    ],
    ['Bought contact lenses online without a prescription, never again.', 'unapproved-drugs'],
    ['Trying to stretch the budget to cover a new kitchen.', 'stretching-helps'],
    ['Diazepam before the dentist, I hate that chair.', 'benzodiazepines-for-back-pain'],
    ['Valium for the long flight and I slept the whole way.', 'benzodiazepines-for-back-pain'],
    ['Gel insoles in my walking boots and the blisters are gone.', 'insoles-orthotics'],
    // Heat and exercise words in their everyday senses, with nothing of a treatment around them.
    ['The sauna at the new gym is always packed after six.', 'heat-helps'],
    ['Race day heat was brutal, walked the last two miles.', 'heat-helps'],
    ['Booked a swim session with the kids on Saturday, they are so excited.', 'exercise-helps'],
    ['Best pre-workout for early sessions?', 'exercise-helps'],
    ['Yoga class got moved to Thursdays this term.', 'stretching-helps'],
    [
      'Warm-up laps before the race are essential, the first attacks are savage.',
      'warmup-prevents',
    ],
    ['A night guard did more for my jaw than any muscle relaxant.', 'spasm-protective'],
    ['Training with a partner makes all the difference for motivation.', 'exercise-helps'],
    // A physio who only passes on an explanation; a lifting cue; a mattress for guests.
    [
      'My physio said the tightness is just my back guarding and it will ease off.',
      'physical-therapy',
    ],
    ['Take a big breath and brace before every rep.', 'braces-supports'],
    ['Got a new mattress for the spare room, the old one was ancient.', 'mattress-firm'],
    // Prices, sales and appointments say nothing of what a treatment does.
    ['Naproxen is half price at the chemist this week.', 'nsaids-for-back-pain'],
    ['My physio appointment got moved to Friday.', 'physical-therapy'],
    ['Selling my TENS unit, collection only.', 'tens-helps'],
    ['Hot tub at the cabin this weekend.\nBest trip all year.', 'heat-helps'],
    // A muscle can be rock hard; an imbalance between two arms is no back claim.
    [
      'Back spasms are real, the muscle was rock hard and twitching under my hand.',
      'mattress-firm',
    ],
    [
      'My left bicep is bigger than my right, how do I fix the imbalance?',
      'muscle-imbalance-causes-pain',
    ],
    // A massage's pressure is no mattress.
    ['Medium firmness pressure during the massage really helped my lower back.', 'mattress-firm'],
    // Another organ's operation.
    [
      'Had my appendix out last month, surgery went fine and I was home in a day.',
      'surgery-needed',
    ],
    // Buying a thing says nothing of what it does: prices, discounts, shops.
    ['Heating pads are 40% off at Walgreens this week.', 'heat-helps'],
    ['Costco has the big bottles of ibuprofen for like $12.', 'nsaids-for-back-pain'],
    ['Inversion table on marketplace, £50, pickup only.', 'traction-helps'],
    // A chiropractor or a massage therapist passing on another claim.
    [
      'My chiro says my hips are out every week, funny how that works.',
      'spinal-manipulation-helps',
    ],
    ['Is the pain-spasm cycle real or just something massage therapists say?', 'massage-helps'],
    // Paracetamol in a combination, where the claim is about the other ingredient.
    [
      'Tylenol 3 did more for my back than anything, pretty sure it is the codeine.',
      'paracetamol-for-back-pain',
    ],
    // Heat as weather; slouching on a couch; a strong core as protection; another condition.
    ['Heat and humidity wrecked my pace this week.', 'heat-helps'],
    ['Could slouching on the couch every night be why my lower back aches?', 'bed-rest'],
    ['A strong core is the best protection your back can get.', 'spasm-protective'],
    ['Acupuncture helped my nausea during chemo.', 'acupuncture-helps'],
    ['I cracked my own back stretching this morning.', 'spinal-manipulation-helps'],
    ['I could barely lie in bed without screaming last night.', 'bed-rest'],
    // Insurers, appointments and parking; the drugs for another condition (MS spasticity, teething).
    ['Anyone know if Aetna covers chiro visits?', 'spinal-manipulation-helps'],
    ['Just got home from my physio appt, the parking is a nightmare.', 'physical-therapy'],
    ['MS nurse upped my baclofen for the leg spasticity, walking a bit better.', 'exercise-helps'],
    ["Panadol for the baby's teething, is the dose by weight?", 'paracetamol-for-back-pain'],
    // Staying active oneself is no verdict on bed rest (advice to stay active is).
    ['Doc told me to keep walking as much as I can, so far so good.', 'bed-rest'],
    // From the seventeenth set: brace as a verb, a belt in a simile, out of place among people,
    // and another region's scan or recovery.
    ['Brace yourself, the results thread is long.', 'braces-supports'],
    ['I have to brace against the wall every time I sneeze.', 'braces-supports'],
    ['The ache wraps round my lower back like a tight belt.', 'braces-supports'],
    ['I felt so out of place at my first powerlifting meet.', 'spine-out-of-place'],
    ['X ray showed a scaphoid fracture after the fall.', 'imaging-needed'],
    ['My frozen shoulder went away on its own after a year.', 'most-recover'],
    ['got a wonky back tooth, nurofen is the only thing touching it', 'nsaids-for-back-pain'],
    ['MRI showed a bulging disc in my neck, C5/C6', 'disc-bulge-explains-pain'],
    // From the eighteenth set: a benzodiazepine for vertigo, and another region's pain science.
    ['Valium for the vertigo, the room finally stopped spinning.', 'benzodiazepines-for-back-pain'],
    ["Hurt doesn't mean harm, my physio says, about my achilles.", 'pain-equals-damage'],
  ])('%s', (sentence, claimId) => {
    expect(claimsIn(sentence).map((c) => c.split(':')[0])).not.toContain(claimId);
  });
});

describe('forum writing that still makes the claim', () => {
  it.each([
    // Common misspellings.
    ['firm or soft matress for my lower back?', 'mattress-firm:asks'],
    // Heat words that are often weather or leisure, here beside a treatment or the back.
    ['Ice for a couple of days, then heat.', 'heat-helps:asserts'],
    ['The hot tub after a long shift with my back like this is bliss.', 'heat-helps:experience'],
    // From the fourth review: logistics words in other senses, and terse advice with no context.
    ['Make an appointment with your GP if the numbness spreads.', 'see-doctor-red-flags:asserts'],
    ['Keep moving at all costs.', 'bed-rest:denies'],
    ['How much ibuprofen can I safely take in a day?', 'nsaids-for-back-pain:asks'],
    ['Buy Valium online, fast delivery, no prescription.', 'unapproved-drugs:asserts'],
    ['Try heat.', 'heat-helps:asserts'],
    ['Yoga, every day.', 'stretching-helps:asserts'],
    ['You should walk every day.', 'exercise-helps:asserts'],
    [
      'The spasm is your body protecting itself, same thing happened with my shoulder last year.',
      'spasm-protective:asserts',
    ],
    ['Physio twice a week sorted my back out.', 'physical-therapy:experience'],
    // From the fifth review: a physio who speaks and is also judged; PT attended before a comma; a
    // named brace in a lifting cue; terse mattress advice.
    [
      'My physio said it would take 6 weeks and she was spot on, PT fixed me.',
      'physical-therapy:experience',
    ],
    [
      'Went to PT, told them where it hurt, six sessions and it was sorted.',
      'physical-therapy:experience',
    ],
    [
      "Wear a back brace every rep when you're coming back from a disc injury.",
      'braces-supports:asserts',
    ],
    ['Go buy a new mattress. Trust me.', 'mattress-firm:asserts'],
    ['Wear a lumbar belt at work, it takes the strain off your back.', 'braces-supports:asserts'],
    // A sale or an offer that also says what the thing does.
    ['Selling my inversion table, it did nothing for my back.', 'traction-helps:experience'],
    [
      'Heat packs are on offer at Boots and honestly they are the only thing that eases my back.',
      'heat-helps:experience',
    ],
    // The context may be elsewhere in the post: a list under its heading.
    ['What helped me most:\n- heat\n- short walks', 'heat-helps:asserts'],
    ["Child's pose every morning makes a big difference for me.", 'stretching-helps:experience'],
    ['Excercise is the best thing for back pain imo.', 'exercise-helps:asserts'],
    [
      'Streching my hamstrings every morning fixed my lower back pain.',
      'stretching-helps:experience',
    ],
    ['My chiropactor cracked my back and it felt amazing.', 'spinal-manipulation-helps:experience'],
    // Animal words: exercises named after animals are exercises, and a CAT scan is a scan.
    ['Cat-cow every morning has helped my back a lot.', 'stretching-helps:experience'],
    ['I had a CAT scan and it showed a bulging disc.', 'imaging-needed:experience'],
    ['Cat stretches help lower back pain.', 'stretching-helps:asserts'],
    // A person's back, or back pain, in the sentence keeps the claim.
    ['Walking the dog every day did more for my back than the pills.', 'exercise-helps:experience'],
    ['Walking the dog every day has been great for back pain.', 'exercise-helps:asserts'],
    [
      'As a vet, I can tell you bed rest is the worst thing for lower back pain.',
      'bed-rest:denies',
    ],
    // Words with other senses are not animals.
    [
      'Horse riding strengthened my core and the back pain is gone.',
      'core-weakness-causes-pain:experience',
    ],
    [
      'Rabbit hole of research: exercise is the best thing for lower back pain.',
      'exercise-helps:asserts',
    ],
    // Region words in idioms are no other region.
    [
      'Had a nerve root block on Thursday, fingers crossed it lasts.',
      'steroid-injections:experience',
    ],
    [
      'Honestly the whole thing is a pain in the neck, but the MRI is what I needed.',
      'imaging-needed:experience',
    ],
    // Everyday words for a harm, a relapse, a steroid course, a plan made.
    ['Deadlifts are terrible for your spine.', 'lifting-harmful:asserts'],
    [
      'Doing my physio exercises twice a week and no relapse in two years.',
      'exercise-prevents-recurrence:experience',
    ],
    ['A short pred burst calmed my back down in days.', 'oral-steroids:experience'],
    ["Severe pain means something's really wrong, get it checked.", 'pain-equals-damage:asserts'],
    ['Booked in for an epidural next month.', 'steroid-injections:experience'],
    ['Your SI joint is probably out.', 'spine-out-of-place:asserts'],
    ['The osteopath said my L4 was out.', 'spine-out-of-place:experience'],
    [
      "Swimming twice a week and my back hasn't flared since.",
      'exercise-prevents-recurrence:experience',
    ],
    ['Doc gave me a week of pred for it.', 'oral-steroids:experience'],
    ['Keep walking, even if it is slow.', 'exercise-helps:asserts'],
    // Dismissals, and a negated "put" that is no call to hurry.
    ['Massage is a bandaid.', 'massage-helps:denies'],
    ['The TENS unit was a waste.', 'tens-helps:denies'],
    ["Don't put heat on a fresh injury.", 'heat-helps:denies'],
    ["Don't put it off: see a doctor if your legs go numb.", 'see-doctor-red-flags:asserts'],
    // "stop" as the claim's own word is denied; "don't stop walking" is still advice to walk.
    ["Exercise won't stop it coming back.", 'exercise-prevents-recurrence:denies'],
    ["Don't stop walking, it helps your back.", 'exercise-helps:asserts'],
    // Everyday names: a twisted spine, being cut on, ending up at urgent care.
    ['He says my spine is twisted.', 'spine-out-of-place:experience'],
    ["Don't let anyone cut on you for a bulge.", 'surgery-needed:denies'],
    ['Ended up at urgent care when my foot went numb.', 'see-doctor-red-flags:experience'],
    // Walking the dog is walking, not an animal; "it was gone in a month" is the writer's own course.
    ['Just time and walking the dog, and it was gone in a month.', 'most-recover:experience'],
    // A treatment that opens a report is its subject, not an order.
    ['Ice did nothing for my back.', 'ice-first:experience'],
    // The ninth set's kinds of writing: non-native English, trades and carers' forums.
    ['Nine out of ten of these clear up on their own.', 'most-recover:asserts'],
    [
      "Swimming twice a week and I haven't had a back flare in years.",
      'exercise-prevents-recurrence:experience',
    ],
    ['The heated seat on long drives keeps my back happy.', 'heat-helps:experience'],
    ['Had my medial branches burned last spring.', 'radiofrequency-ablation:experience'],
    ['The bonesetter put my vertebra back.', 'spine-out-of-place:experience'],
    ["Hurting a lot doesn't mean you've damaged anything.", 'pain-equals-damage:denies'],
    ['My doctor say is disc hernia L4-L5.', 'disc-bulge-explains-pain:experience'],
    ['Hanging from a bar decompresses the spine.', 'traction-helps:asserts'],
    // Statements that open like questions, and matter rather than a verdict.
    ['And would definitely recommend a good physio for back pain.', 'physical-therapy:asserts'],
    [
      "If anyone had told me the epidural would work this well I'd have done it years ago.",
      'steroid-injections:asserts',
    ],
    ["Don't put up with a saggy mattress, a firm one fixed my back.", 'mattress-firm:asserts'],
    [
      'Degeneration on an MRI is normal, like wrinkles on your skin.',
      'degeneration-normal:asserts',
    ],
    // Questions without a question mark.
    ['At what point should I get an MRI', 'imaging-needed:asks'],
    ['So did you try a TENS machine', 'tens-helps:asks'],
    ['what exercises are best for a bad lower back', 'exercise-helps:asks'],
    ['any tips for sleeping with sciatica, firm mattress or soft', 'mattress-firm:asks'],
    ['physio suggested dry needling for my back, thoughts', 'acupuncture-helps:asks'],
    ['GP offered an epidural, has that actually helped anyone', 'steroid-injections:asks'],
    ['is a lumbar brace worth it or no', 'braces-supports:asks'],
    // …and statements that open the same way.
    ['What heat does is relax the muscles in your lower back.', 'heat-helps:asserts'],
    ['Exercise helps your back whether you feel like it or not.', 'exercise-helps:asserts'],
    // An outcome the writer lived, told without "I".
    ['Three epidurals last year, zero difference.', 'steroid-injections:experience'],
    ['Naproxen for five days calmed it down nicely.', 'nsaids-for-back-pain:experience'],
    ['The inversion table felt great tbh.', 'traction-helps:experience'],
    ['Microdiscectomy in 2019, no regrets.', 'surgery-needed:experience'],
    // …but not a study's outcome, nor someone else's.
    ['The trial last year found massage did nothing for back pain.', 'massage-helps:denies'],
    // A verdict in a clause of its own, and a later clause that takes the claim up.
    ['Bought the orthopaedic firm mattress, total ripoff.', 'mattress-firm:denies'],
    ['TENS is nice and tingly but it doesnt really fix anything.', 'tens-helps:denies'],
    [
      'stretched every day for a year and still got flare ups, it doesnt prevent anything',
      'stretching-helps:denies',
    ],
    // A later clause on something else, or after advice, leaves the claim as it was.
    [
      'Codeine is what gets me through, paracetamol is useless.',
      'opioids-for-back-pain:experience',
    ],
    ['Grab a TENS, it wont fix anything but it dulls the pain.', 'tens-helps:asserts'],
    // A choice, a 'which one', a 'worth it or…' asks.
    ['heat or ice for a pulled lower back', 'heat-helps:asks'],
    ['naproxen or ibuprofen for back pain, which one is better', 'nsaids-for-back-pain:asks'],
    ['thinking of a back brace for work, good idea or not', 'braces-supports:asks'],
    ['anyone been to a chiro for sciatica', 'spinal-manipulation-helps:asks'],
    ['Medrol pack for five days and the sciatica calmed right down.', 'oral-steroids:experience'],
    [
      'Chiro said my L5 was out, six adjustments later same pain.',
      'spinal-manipulation-helps:experience',
    ],
    ['Facet injections are a temporary fix at best.', 'steroid-injections:denies'],
    ['Spinal decompression clinics are a money pit.', 'traction-helps:denies'],
    ['Acupuncture for back pain is just theatre.', 'acupuncture-helps:denies'],
    // The review's statements that look like the new questions, sarcasm or verdicts, and are not.
    ['What chiros do is crack joints that were never out of place.', 'spine-out-of-place:denies'],
    ['Any physio worth their salt will tell you to keep moving.', 'exercise-helps:asserts'],
    ['Walking or swimming for back pain, both are great.', 'exercise-helps:asserts'],
    ['Keep walking every day, pain or no.', 'exercise-helps:asserts'],
    ['Bed rest has never helped anyone with back pain.', 'bed-rest:denies'],
    ["I don't have any recommendations for a chiro, I just walk.", 'exercise-helps:experience'],
    ['Thanks so much for the advice, heat is the way to go for back spasms.', 'heat-helps:asserts'],
    ['Physios do such a great job with back pain.', 'physical-therapy:asserts'],
    ['Ah sure, a bit of heat and your back will be grand.', 'heat-helps:asserts'],
    ['Sciatica takes six weeks at best, physio helps speed it up.', 'physical-therapy:asserts'],
    ['Physio sorted my back out, the chiro total scam.', 'physical-therapy:experience'],
    [
      'Took a muscle relaxer for the back spasm, terrible sleep.',
      'muscle-relaxants-relax-muscles:experience',
    ],
    [
      "Physio has really helped my back, but it doesn't help that I sit all day.",
      'physical-therapy:experience',
    ],
    [
      'Ibuprofen helps my back loads, it doesnt do much for the sciatica though.',
      'nsaids-for-back-pain:experience',
    ],
    ['A few days later the spasm usually calms down with heat.', 'heat-helps:asserts'],
    ['Real TENS versus sham TENS for back pain, zero difference.', 'tens-helps:denies'],
    ['Lad at work had a discectomy last year, back lifting in 6 weeks.', 'surgery-needed:asserts'],
    ['Physio or not, most back pain gets better on its own.', 'physical-therapy:denies'],
    [
      'Since giving birth I have lower back pain, the epidural steroid injection helped.',
      'steroid-injections:experience',
    ],
    [
      'Slipped on the ice and hurt my lower back, an ice pack every couple of hours helped.',
      'ice-first:experience',
    ],
    [
      'I wear a back brace at work, the pain is just above the belt line.',
      'braces-supports:experience',
    ],
    // Outcomes in everyday words.
    // Core-specific work is the core-strength claim's (the catalogue's line between the two).
    ['Bird dogs every morning and my back stopped aching.', 'core-weakness-causes-pain:experience'],
    ['Walking every day and I was pain free within a month.', 'exercise-helps:experience'],
    // Dismissals and sarcasm.
    ['Ultrasound therapy for back pain is pure snake oil.', 'tens-helps:denies'],
    [
      'ah yes, the magic back brace, wear it forever and never hurt again',
      'braces-supports:denies',
    ],
    ['oh sure, core work cures everything 🙄', 'core-weakness-causes-pain:denies'],
    ['Robaxin is a glorified sleeping pill.', 'muscle-relaxants-relax-muscles:denies'],
    // A claim dismissed with the people who make it, or as out of date.
    [
      'Anyone who thinks a firm mattress fixes back pain has clearly never slept on one.',
      'mattress-firm:denies',
    ],
    ['the "bed rest cures everything" crowd are still out there', 'bed-rest:denies'],
    [
      "Don't let your GP tell you that bulging discs are a normal part of ageing.",
      'degeneration-normal:denies',
    ],
    ['Bed rest for a bad back is 1980s advice.', 'bed-rest:denies'],
    ['A hard mattress for back pain is old advice now.', 'mattress-firm:denies'],
    ['Surgery is not the answer for most disc bulges.', 'surgery-needed:denies'],
    ['TENS for back pain works about as well as a sham unit.', 'tens-helps:denies'],
    ['Sham acupuncture did just as well for back pain in the trials.', 'acupuncture-helps:denies'],
    ["An inversion table for back pain, I'd skip it.", 'traction-helps:denies'],
    // …and what only looks like it.
    [
      'Diazepam is old school but for a back spasm nothing loosens it like it does.',
      'benzodiazepines-for-back-pain:asserts',
    ],
    [
      "Physio is what actually helps a bad back, don't let them tell you to just rest.",
      'physical-therapy:asserts',
    ],
    ['Anyone who has had sciatica will tell you physio helps.', 'physical-therapy:asserts'],
    [
      'Anybody telling you a back brace fixes things has never worn one for a month.',
      'braces-supports:denies',
    ],
    [
      'Nothing beats a heat pack for a stiff lower back, anyone saying otherwise hasn’t tried one.',
      'heat-helps:asserts',
    ],
    ['A hot bath loosens a stiff lower back like nothing else.', 'heat-helps:asserts'],
    ['Orthotics for back pain, the research shows they don’t help.', 'insoles-orthotics:denies'],
    [
      'A lumbar support belt makes your core lazy, don’t wear one all day.',
      'braces-supports:denies',
    ],
    ['TENS for a sore back, don’t bother.', 'tens-helps:denies'],
    ['Lacrosse ball on my QL every night, thank me later.', 'massage-helps:asserts'],
    ['Sure, x-ray every sore back in the country, what could go wrong.', 'imaging-needed:denies'],
    [
      'The idea that a tight muscle traps the sciatic nerve is folklore.',
      'spasm-compresses-nerve:denies',
    ],
    [
      "If the physio isn't working push for a cortisone shot in your back.",
      'steroid-injections:asserts',
    ],
    // The review's edges of those rules: what they must leave alone.
    ["Don't let them tell you it's just a pulled muscle, get an MRI.", 'imaging-needed:asserts'],
    // …in a post's second sentence as in its first.
    [
      "Three weeks of this now and counting, ugh. Don't let anyone tell you that a few weeks lying flat in bed is what your back needs.",
      'bed-rest:denies',
    ],
    ['Walking is the best thing, don’t bother with bed rest.', 'exercise-helps:asserts'],
    [
      'I take naproxen for my back, never take it on an empty stomach though.',
      'nsaids-for-back-pain:experience',
    ],
    [
      'Inversion tables help some people, don’t buy one without trying it first.',
      'traction-helps:asserts',
    ],
    ['Heat is old advice but nothing has worked better for me.', 'heat-helps:experience'],
    ['Tramadol did nothing, better off with ibuprofen and heat.', 'opioids-for-back-pain:denies'],
    ['The chiro was nothing better than an expensive massage.', 'spinal-manipulation-helps:denies'],
    ['Nothing better than a heating pad after a long shift.', 'heat-helps:asserts'],
    [
      "People saying walking helped them is what convinced me, and I've never looked back.",
      'exercise-helps:asserts',
    ],
    [
      'My nan’s folklore remedy was a hot water bottle on the back and honestly it works.',
      'heat-helps:asserts',
    ],
    ['Anyone that tried a back brace for lifting after a herniation', 'braces-supports:asks'],
    [
      'Doc gave me a blister pack of diazepam for the spasms, it took the edge off.',
      'benzodiazepines-for-back-pain:experience',
    ],
    [
      'Took a diazepam for my lower back spasm before my flight and could finally sit still.',
      'benzodiazepines-for-back-pain:experience',
    ],
    ['Selling my TENS unit because it never helped my sciatica.', 'tens-helps:experience'],
    ['My L5 is out of alignment with the vertebra above it.', 'spine-out-of-place:experience'],
    [
      'On a tight budget, so I just stretch every morning and the back pain is way better.',
      'stretching-helps:experience',
    ],
    [
      'Weak glutes mean my legs and back do all the work.',
      'muscle-imbalance-causes-pain:experience',
    ],
    // …and a later order that is about something else.
    ['Heat helps my back, don’t take it from me though, ask your physio.', 'heat-helps:experience'],
    // What a chiropractor did still counts after what they said; plain paracetamol beside a
    // combination; a verdict with a price in it; advice to stay active.
    [
      'The chiro said I had three subluxations and adjusted them, felt heaps better after.',
      'spinal-manipulation-helps:experience',
    ],
    [
      'The codeine in Tylenol 3 is what works, regular Tylenol is useless for back pain.',
      'paracetamol-for-back-pain:denies',
    ],
    ['Nerve root blocks are a total waste of $1200.', 'steroid-injections:denies'],
    ['The worst thing you can do is lie in bed.', 'bed-rest:denies'],
    // From the ninth session's review: a verdict beside a price, what a practitioner did beside
    // what they said, a drug's side effect, a rock-hard bed, protection that is no strength.
    ['Got a heating pad off amazon for 20 bucks, total lifesaver.', 'heat-helps:experience'],
    ['£35 a session for acupuncture and I honestly felt nothing.', 'acupuncture-helps:experience'],
    [
      'Chiro says my SI joint is out, 3 sessions later and im pain free.',
      'spinal-manipulation-helps:experience',
    ],
    ['Norco works but the nausea is brutal.', 'opioids-for-back-pain:asserts'],
    ['Guest room bed is rock hard and I wake up with zero stiffness.', 'mattress-firm:experience'],
    ['When your back is weak the muscles guard it by tightening up.', 'spasm-protective:asserts'],
    [
      'Muscle relaxers are just sleeping pills, they dont relax the actual muscle at all.',
      'muscle-relaxants-relax-muscles:denies',
    ],
    // Treatments told as events, with no word of how they went.
    [
      'Chiro cracked my back and I could stand up straight again.',
      'spinal-manipulation-helps:experience',
    ],
    [
      'Slipped a disc in 2019 and my lower back has never been the same.',
      'disc-bulge-explains-pain:experience',
    ],
    [
      'Leg went weak and numb so I went straight to urgent care.',
      'see-doctor-red-flags:experience',
    ],
    [
      'Keep walking even if it is slow, the couch is the worst place for a bad back.',
      'bed-rest:denies',
    ],
  ])('%s', (sentence, expected) => {
    expect(claimsIn(sentence)).toContain(expected);
  });
});

describe("edges of the verdict readings (the twelfth session's independent review)", () => {
  // Every claim the sentence makes, with its stance: sarcasm, "so much for", "a last resort",
  // "nothing to do with", "give it a miss", "but does nothing", "only temporary", "don't waste your
  // money" and "don't let them…" judge only what they are about.
  makesExactly([
    [
      'oh yes, because my boss loves sick days, so I just took two ibuprofen and went in',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      "oh yes, because the NHS waiting list is so short, anyway I've been doing my physio exercises at home and they really help",
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    [
      'Day 3 of my back being locked 🙄 heating pad and ibuprofen on rotation',
      ['heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    ["so much for my weekend plans, back's out again, heat pack on", ['heat-helps:experience']],
    [
      'so much for a lie-in, kid woke me at 5 and my back was stiff so I took a hot shower and it loosened up',
      ['heat-helps:experience'],
    ],
    [
      'well, so much for the bank holiday, spent it on the floor with a heat pad under my lower back',
      ['heat-helps:experience'],
    ],
    [
      'Got my back sorted with physio, then the car broke down, so much for a cheap month',
      ['physical-therapy:experience'],
    ],
    [
      "oh yeah because getting out of bed is so easy right now, I've been icing my lower back every two hours",
      ['ice-first:experience'],
    ],
    [
      'yeah right, like my kids will let me rest, anyway the tens machine has been a godsend for my back',
      ['tens-helps:experience'],
    ],
    [
      "I had my fusion as a last resort in 2019 and I've never looked back",
      ['surgery-needed:experience'],
    ],
    [
      'I went to the chiro as a last resort and he fixed me in two sessions',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'I tried acupuncture as a last resort and I was shocked how much it helped my lower back',
      ['acupuncture-helps:experience'],
    ],
    [
      "I'm not saying stretching has nothing to do with it, it definitely helped me",
      ['stretching-helps:experience'],
    ],
    [
      "Heat pad is my saviour for my back, the gym's packed on Mondays so I'd give it a miss then",
      ['heat-helps:experience'],
    ],
    [
      "Physio has really helped my lower back, but the hydrotherapy pool was freezing so I'd give it a miss",
      ['physical-therapy:experience'],
    ],
    [
      "I've been taking naproxen for a week for my back and it's helping, the party's on Saturday but I'll give it a miss",
      ['nsaids-for-back-pain:experience'],
    ],
    [
      "My chiro sorted my back out but the massage chair in his waiting room is rubbish, I'd give that a miss",
      ['massage-helps:denies', 'spinal-manipulation-helps:experience'],
    ],
    [
      "Walking has been great for my back but parkrun is too crowded, so I'd give it a miss",
      ['exercise-helps:experience'],
    ],
    [
      'I do my stretches every morning but do nothing else all day because of work',
      ['stretching-helps:experience'],
    ],
    [
      'I walk every day but do nothing in the gym anymore since the back injury',
      ['exercise-helps:experience'],
    ],
    [
      'I lie on the heating pad but do nothing else all evening, my back is so bad',
      ['heat-helps:experience'],
    ],
    [
      "Don't panic, most back pain is only temporary and gets better on its own",
      ['most-recover:asserts'],
    ],
    [
      'The soreness after the adjustment is just temporary, my chiro says my back will feel better by Friday',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      "Don't waste your money on chiro, see a physio for your back instead",
      ['physical-therapy:asserts', 'spinal-manipulation-helps:denies'],
    ],
    [
      "don't waste your time lying in bed, get up and walk, your back will thank you",
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      "Don't waste your money on supplements, spend it on a good physio for your back",
      ['physical-therapy:asserts'],
    ],
    [
      'Honestly the back spasm is just temporary, your body is protecting the spine',
      ['spasm-protective:asserts'],
    ],
    [
      'Most of these back flare-ups are only temporary, keep walking',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      'The numbness in my leg was only temporary thankfully, the microdiscectomy was worth it',
      ['surgery-needed:experience'],
    ],
    [
      'The stiffness from sleeping on a firm mattress is only temporary, give it a couple of weeks',
      ['mattress-firm:asserts'],
    ],
    [
      "Don't waste your money on a back brace, strengthen your core instead",
      ['braces-supports:denies', 'core-weakness-causes-pain:asserts'],
    ],
    [
      'the relief from the heat pad is short-term at best but it gets me to sleep',
      ['heat-helps:experience'],
    ],
    [
      "don't let the physio talk you into stopping your exercises, they're what fixed my back",
      ['exercise-helps:asserts'],
    ],
    [
      "don't let a surgeon push you into anything before you've tried physio for your back",
      ['physical-therapy:asserts'],
    ],
    [
      "don't let the doctor put you on anything stronger than ibuprofen for back pain",
      ['nsaids-for-back-pain:asserts'],
    ],
    [
      'valium for my spasms was brilliant but dizzy as hell',
      ['benzodiazepines-for-back-pain:experience'],
    ],
    [
      'Took a muscle relaxer at 10pm and was wide awake at 3, so much for sleeping',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'ah yes, because my GP knows best, he put me on naproxen and sent me home, which actually worked',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      'Physio had me doing bird dogs for months 🙃 and honestly my back has never been better',
      ['core-weakness-causes-pain:experience', 'physical-therapy:experience'],
    ],
    [
      'The doc said it had nothing to do with the bulging disc on my MRI and sent me to physio',
      ['imaging-needed:experience', 'physical-therapy:experience'],
    ],
    [
      'Chiro was a last resort for me and it actually worked',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'Ibuprofen is just a temporary fix, you need to get moving',
      ['bed-rest:denies', 'exercise-helps:asserts', 'nsaids-for-back-pain:denies'],
    ],
    [
      'TENS gives only temporary relief but it helps me get through a shift',
      ['tens-helps:experience'],
    ],
    [
      "Don't let a doctor send you home with just ibuprofen if you have numbness in the groin",
      ['nsaids-for-back-pain:denies', 'see-doctor-red-flags:asserts'],
    ],
    [
      'oh yes, because lying in bed for a fortnight worked SO well for me last time',
      ['bed-rest:denies'],
    ],
    ['yeah because bed rest worked so well for me last time', ['bed-rest:denies']],
    [
      'sure, because cracking my back every day totally fixed it 🙄',
      ['spinal-manipulation-helps:denies'],
    ],
    [
      'Did all my core work religiously, still put my back out lifting a box, so much for prevention',
      ['core-weakness-causes-pain:denies', 'exercise-prevents-recurrence:denies'],
    ],
    ["so much for the heating pad, it's done nothing tonight", ['heat-helps:denies']],
    [
      'I kept up my exercises for a year and it came back anyway, so much for prevention',
      ['exercise-prevents-recurrence:denies'],
    ],
    [
      'Stretched every morning for six months and my back still went, so much for stretching',
      ['stretching-helps:denies'],
    ],
    ['oh yes, because a firm mattress is going to fix my discs', ['mattress-firm:denies']],
    [
      'posture has nothing to do with it, my back hurts whether I sit or stand',
      ['posture-causes-pain:denies'],
    ],
    ["My sciatica has nowt to do with my posture, it's a disc", ['posture-causes-pain:denies']],
    [
      'Core strength has bugger all to do with back pain in my experience',
      ['core-weakness-causes-pain:denies'],
    ],
    [
      "Tried the inversion table for a month, did nothing for my back, so I'd give it a miss",
      ['traction-helps:denies'],
    ],
    [
      "Had three sessions of acupuncture on my lower back, waste of money, I'd give it a miss",
      ['acupuncture-helps:denies'],
    ],
    ["The TENS machine did nothing for my sciatica, so I'd give it a miss", ['tens-helps:denies']],
    ['Massage feels nice but does nothing long term for my back', ['massage-helps:denies']],
    ["Foam rolling my back is nice but doesn't fix the cause", ['massage-helps:denies']],
    [
      'Paracetamol takes the edge off but does nothing for the spasms',
      ['paracetamol-for-back-pain:denies'],
    ],
    ['Ice is temporary at best for back pain', ['ice-first:denies']],
    ['Opioids are only ever a temporary fix for back pain', ['opioids-for-back-pain:denies']],
    [
      'muscle relaxers for back spasms are only temporary relief',
      ['muscle-relaxants-relax-muscles:denies'],
    ],
    ["don't let a surgeon rush you into a fusion", ['surgery-needed:denies']],
    ["Don't let the doctor put you on opioids for back pain", ['opioids-for-back-pain:denies']],
    [
      "don't let your GP talk you into a spinal fusion before you've tried everything",
      ['surgery-needed:denies'],
    ],
    ["don't let a chiro tell you your spine is out of place", ['spine-out-of-place:denies']],
    ['They gave me diazepam during my alcohol detox', []],
    ['I get diazepam for my vertigo attacks', []],
    ["my achilles hurts but hurt doesn't mean harm", []],
    ["pain doesn't always mean damage, I learned that with my shoulder", []],
    [
      'Spent a week in bed like the doc said and it got worse, so much for resting',
      ['bed-rest:denies'],
    ],
    [
      'My chiro said my pelvis was out and I went twice a week for a year 🙄',
      ['spine-out-of-place:denies'],
    ],
    [
      "Tried the TENS, tried the inversion table, wasted a fortune, so I'd give them a miss",
      ['tens-helps:denies', 'traction-helps:denies'],
    ],
    [
      "Chiro cracked my back three times a week for a month and nothing changed, I'd give it a miss",
      ['spinal-manipulation-helps:denies'],
    ],
    [
      "The TENS unit feels nice but doesn't do anything for the actual back pain",
      ['tens-helps:denies'],
    ],
    ["don't let the physio push you into a decompression table package", ['traction-helps:denies']],
  ]);
});

describe('orders, opinions and verdicts in new places (the thirteenth session)', () => {
  // An order opening the sentence, after a clause's fillers or after an "if" condition, is advice
  // whatever story follows; "in my opinion" is a view; a closing "they work", "that's dangerous
  // advice" or the rhetorical "who still believes…" judges the thing; the quoted order that names a
  // claim is its words, not a negation. And what none of them reach.
  makesExactly([
    [
      'drink plenty of water, my back cramps were all from being dehydrated',
      ['dehydration-causes-spasms:asserts'],
    ],
    [
      'insist on a scan, mine only showed up on the MRI after months of waiting',
      ['imaging-needed:asserts'],
    ],
    ["sleep on a hard mattress, it's what sorted my back", ['mattress-firm:asserts']],
    [
      'lie flat on the floor for a day or two and let your back settle, my dad always did',
      ['bed-rest:asserts'],
    ],
    [
      "if the sciatica isn't settling after a month push for an epidural, it sorted me out",
      ['steroid-injections:asserts'],
    ],
    [
      "The facet injection was brilliant for my back, if you're struggling get one",
      ['steroid-injections:asserts'],
    ],
    [
      'waited ages for a scan and it turned out to be a disc, so yes push for the MRI',
      ['imaging-needed:asserts'],
    ],
    [
      'oxycodone is what got me through my sciatica, whatever anyone says, they work',
      ['opioids-for-back-pain:asserts'],
    ],
    ['ice is the best thing for a fresh back injury in my opinion', ['ice-first:asserts']],
    [
      "the whole 'don't round your back' rule is overblown, spines are made to bend",
      ['lifting-flexion-injury:denies'],
    ],
    ['who still believes an inversion table is going to fix a bad back', ['traction-helps:denies']],
    [
      "my cousin said to order etizolam online for back spasms, that's dangerous advice",
      ['unapproved-drugs:denies'],
    ],
    [
      'if I get a flare I take ibuprofen and it settles my back down',
      ['nsaids-for-back-pain:experience'],
    ],
    ['if you can get a heat pad on your lower back it feels amazing', ['heat-helps:asserts']],
    ['I use a heat pad on my lower back every night, it helps', ['heat-helps:experience']],
    ['I took ibuprofen for my back for a week and it works', ['nsaids-for-back-pain:experience']],
    ['lie on the floor with my knees up is the only position that eases my back', []],
    ["don't round your back when lifting or you'll hurt it", ['lifting-flexion-injury:asserts']],
  ]);
});

describe('a verdict after the story (the thirteenth session)', () => {
  // The thing named again after the writer's story, and judged in the present tense ("…, warm ups
  // don't prevent anything", "…, foam rolling is overrated"), or a denial the rule's own words make
  // at the opening ("hurt doesn't equal harm, …"), outweighs the story; a limit after praise, a
  // habit given up or "… doesn't work for me" do not.
  makesExactly([
    [
      "I warm up for ages before every match and my back still goes, warm ups don't prevent anything",
      ['warmup-prevents:denies'],
    ],
    [
      "did my rehab every morning for a year and the back pain still came back, the exercises don't prevent anything",
      ['exercise-prevents-recurrence:denies'],
    ],
    [
      "I've foam rolled my lower back every night for months and it still aches, foam rolling is overrated",
      ['massage-helps:denies'],
    ],
    [
      "hurt doesn't equal harm, my worst back flare was a simple strain",
      ['pain-equals-damage:denies'],
    ],
    [
      "I don't take ibuprofen for my back anymore because it upsets my stomach",
      ['nsaids-for-back-pain:experience'],
    ],
    [
      "heat helps my back a lot, it doesn't do much for the leg pain though",
      ['heat-helps:experience'],
    ],
    [
      'I stretch my hamstrings every day and my back still hurts, but stretching is good for you anyway',
      ['stretching-helps:experience'],
    ],
    [
      "the physio told me to keep moving and I've been walking round the block every hour",
      ['exercise-helps:experience'],
    ],
    [
      "went to the physio twice for my back, physio doesn't work for me",
      ['physical-therapy:experience'],
    ],
  ]);
});

describe('a claim framed as a notion and judged (the thirteenth session)', () => {
  // "the whole 'X' thing (idea, rule, line, explanation, stat) is outdated (misleading, debunked…)"
  // denies X; "the best thing for my back was…" and a notion praised are no frame of a denial.
  makesExactly([
    [
      "the whole 'sleep on a board' idea is outdated, medium firm mattresses did better for back pain",
      ['mattress-firm:denies'],
    ],
    ["this 'ice it for 72 hours' rule is misleading for a back strain", ['ice-first:denies']],
    [
      "the 'weak core causes back pain' explanation has pretty much been debunked",
      ['core-weakness-causes-pain:denies'],
    ],
    [
      "the 'spasm is protecting your spine' idea gets repeated a lot but nobody has ever shown it",
      ['spasm-protective:denies'],
    ],
    [
      "the 'it gets better on its own' line is misleading, plenty of us still have back pain a year on",
      ['most-recover:denies'],
    ],
    ['the best thing for my back was a heat pad on the sofa', ['heat-helps:experience']],
    ['the whole physio thing was great for my back', ['physical-therapy:experience']],
    ['the heat pad thing really works for my lower back', ['heat-helps:experience']],
  ]);
});

describe('a verbless story and its outcome (the thirteenth session)', () => {
  // "ice packs on my lower back every night and it's finally calming", "a hot bath, back was right
  // as rain by lunch": the writer's own episode, told without "I"; a thing's name that opens the
  // sentence ("foam roller …", "ice packs …") is no order. Told to the reader, it stays advice.
  makesExactly([
    [
      'heat wrap on the drive home from work and my back feels way better',
      ['heat-helps:experience'],
    ],
    [
      "foam roller on the lower back every night this week and it's slowly easing",
      ['massage-helps:experience'],
    ],
    [
      'a couple of ibuprofen and a hot bath, back was right as rain by lunch',
      ['heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    ['a hot bath helps a lot, your back feels looser after', ['heat-helps:asserts']],
    ['ice pack the sore spot on your lower back for 20 minutes', ['ice-first:asserts']],
    [
      "ice packs on my lower back every night this week and it's finally calming",
      ['ice-first:experience'],
    ],
  ]);
});

describe('words and brands from more Englishes (the thirteenth session)', () => {
  // Brands from Brazil, India, the Philippines and the UK, the postpartum belly binder, Indian
  // English "fomentation", Spanish and Portuguese "fisio" and "acupuntura", OMT, "flat in bed".
  makesExactly([
    [
      'Tried a belly binder after my c-section and my lower back felt far more supported',
      ['braces-supports:experience'],
    ],
    ['a warm fomentation on the lower back twice a day really helps', ['heat-helps:asserts']],
    [
      "two Anadin and an early night, that's my cure for a bad back",
      ['nsaids-for-back-pain:experience'],
    ],
    ['Dorflex relaxes the back muscles within an hour', ['muscle-relaxants-relax-muscles:asserts']],
    ['OMT from my osteopath sorted my lower back out', ['spinal-manipulation-helps:experience']],
    [
      'lay flat in bed for three days with my back and it only got stiffer',
      ['bed-rest:experience'],
    ],
    [
      'the fisioterapeuta gave me some exercises for the lumbar pain and they help a lot',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
  ]);
});

describe('a finding denied as the cause (the thirteenth session)', () => {
  // "bulges on a scan dont mean much", "… doesnt explain anything", "… is not necessarily the
  // problem": the negation is the claim that findings are normal; "… is not normal" denies it.
  makesExactly([
    [
      'disc bulges on a scan dont mean much, plenty of people have them',
      ['degeneration-normal:asserts'],
    ],
    [
      'degeneration on an MRI doesnt explain anything, loads of people have it',
      ['degeneration-normal:asserts'],
    ],
    [
      'a bulge on your scan is not necessarily the problem, lots of people have them',
      ['degeneration-normal:asserts'],
    ],
    ['that much degeneration on a scan is not normal at 30', ['degeneration-normal:denies']],
  ]);
});

describe('going without, and failing to stop (the thirteenth session)', () => {
  // "don't hydrate and your back cramps" is the claim's own warning; "staying hydrated doesn't stop
  // back spasms" denies it, where "don't stop walking" still cancels out.
  makesExactly([
    [
      'dont drink enough water on a hot shift and your lower back will cramp up, guaranteed',
      ['dehydration-causes-spasms:asserts'],
    ],
    [
      "I don't drink enough water at work and my back spasms every afternoon",
      ['dehydration-causes-spasms:experience'],
    ],
    ["staying hydrated doesn't stop back spasms", ['dehydration-causes-spasms:denies']],
    ["don't stop walking, it's the best thing for a sore back", ['exercise-helps:asserts']],
    ["a lumbar belt won't stop you hurting your back", ['braces-supports:denies']],
  ]);
});

describe('words that judge whoever says them (the thirteenth session)', () => {
  // A rule marked `experience: verdict`: "an MRI wouldn't change what we do" denies that imaging
  // is needed even inside the writer's own story; "the MRI didn't change anything for me" is a story.
  makesExactly([
    [
      "my doctor said an MRI of my lower back wouldn't change what we do, so she's not ordering one",
      ['imaging-needed:denies'],
    ],
    [
      "GP wouldn't scan me and honestly I get it now, a scan wouldn't change what we'd do for my back",
      ['imaging-needed:denies'],
    ],
    [
      "my GP refused to send me for an MRI, said it wouldn't change anything for my back",
      ['imaging-needed:denies'],
    ],
    [
      "the physio said an x-ray won't change what we do for a sore lower back, and she was right",
      ['imaging-needed:denies'],
    ],
    [
      "no need for a scan with no red flags, it won't change the treatment",
      ['imaging-needed:denies'],
    ],
    ["the MRI didn't change anything for me, my back still hurts", ['imaging-needed:experience']],
  ]);
});

describe('core work is the core-strength claim (the thirteenth session)', () => {
  // The catalogue gives core-specific strengthening to core-weakness-causes-pain and general
  // exercise to exercise-helps: a sentence about core work makes the second claim only where it
  // names general exercise too.
  makesExactly([
    [
      "did pilates core work for a year and my back is the best it's been in ages",
      ['core-weakness-causes-pain:experience'],
    ],
    [
      'core work is no better than any other exercise for back pain',
      ['core-weakness-causes-pain:denies'],
    ],
    [
      'planks did nothing for my back, walking every day is what helped',
      ['core-weakness-causes-pain:experience', 'exercise-helps:experience'],
    ],
    ['walking every day helps a sore lower back more than anything', ['exercise-helps:asserts']],
  ]);
});

describe('rest that is not about the back (the thirteenth session)', () => {
  // A day in bed with the flu or a stiff neck from the sofa is no bed-rest claim; a week in bed
  // with the back still is.
  makesExactly([
    ['stayed in bed for three days with the flu, first proper rest in ages', []],
    ['dozed off on the couch and woke up with a stiff neck', []],
    ['lay in bed for a week with my back and it only got stiffer', ['bed-rest:experience']],
  ]);
});

describe('osteopaths and cracking (the thirteenth session)', () => {
  // "osteo" is an osteopath, whose adjustments are spinal manipulation; "cracking your back" is the
  // practice; Panadol Osteo is paracetamol.
  makesExactly([
    [
      "cracking your back is just gas bubbles, it doesn't fix anything",
      ['spinal-manipulation-helps:denies'],
    ],
    [
      'an osteo adjustment sorted my lower back out in one session',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'Panadol Osteo takes the edge off my back pain most days',
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      'anyone tried an osteo for their lower back? did it help?',
      ['spinal-manipulation-helps:asks'],
    ],
  ]);
});

describe('a course told in weeks (the thirteenth session)', () => {
  // "it'll calm down in two weeks", "it was gone in three weeks": recovery within weeks, asserted or
  // lived, without "on its own".
  makesExactly([
    ['give it time, a back like that will usually settle in a fortnight', ['most-recover:asserts']],
    ["it'll calm down in two weeks, they nearly always do", ['most-recover:asserts']],
    ['my first flare cleared up in ten days without doing much', ['most-recover:experience']],
    ['first one was awful but it was gone in three weeks', ['most-recover:experience']],
  ]);
});

describe("edges of this session's readings (the thirteenth session's independent review)", () => {
  // Probes written by an independent reviewer against the detector from before this session's
  // stance readings, labelled from the catalogue: orders that are no orders ("Listen, …", "push
  // came to shove", "forget the name of …", "lie down for a week they said"), "if" clauses whose
  // verb is the condition's, "in my opinion" inside a story, "…, it works" after a story, a
  // relative "who believes", and verdicts after a story that are limited or the writer's own.
  makesExactly([
    ['lie down for a week they said, so I did and it got worse', ['bed-rest:experience']],
    [
      'drink loads of water and I still get back spasms every week',
      ['dehydration-causes-spasms:experience'],
    ],
    [
      'drink about 4 litres a day and still get spasms in my lower back',
      ['dehydration-causes-spasms:experience'],
    ],
    [
      'Sleep on my side with a pillow under my knees, firm mattress, still wake up stiff',
      ['mattress-firm:experience'],
    ],
    [
      "Lie on the heating pad every evening and it's the only relief I get",
      ['heat-helps:experience'],
    ],
    ['push ups and planks every morning fixed my back', ['core-weakness-causes-pain:experience']],
    [
      'push came to shove and I had the microdiscectomy, best decision ever',
      ['surgery-needed:experience'],
    ],
    [
      "Listen I've had three epidurals and none of them did anything",
      ['steroid-injections:experience'],
    ],
    [
      'Listen, my back went out in 2019 and a chiro put it back in place',
      ['spinal-manipulation-helps:experience', 'spine-out-of-place:experience'],
    ],
    [
      'Listen to this, my chiro says my pelvis is out of alignment',
      ['spine-out-of-place:experience'],
    ],
    ["forget it, I'm booking the chiro again next week", ['spinal-manipulation-helps:experience']],
    [
      'forget the name of the muscle relaxer they gave me but it knocked me out',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'forget what I said earlier, I did the stretches every day and my back still seized up',
      ['stretching-helps:experience'],
    ],
    [
      'lift was fine but I rounded my back on the last rep and felt it go',
      ['lifting-flexion-injury:experience'],
    ],
    [
      "Sleep's been rubbish since my back went, the tramadol makes me groggy",
      ['opioids-for-back-pain:experience'],
    ],
    ["sleep on a firm mattress and you'll thank me later", ['mattress-firm:asserts']],
    [
      'lift with your legs not your back, learned that the hard way when my back went',
      ['lifting-flexion-injury:asserts'],
    ],
    ['fight for the MRI, my GP fobbed me off for a year', ['imaging-needed:asserts']],
    [
      'insist on an MRI if you have numbness in your groin',
      ['imaging-needed:asserts', 'see-doctor-red-flags:asserts'],
    ],
    [
      'forget the chiro, see a physio',
      ['physical-therapy:asserts', 'spinal-manipulation-helps:denies'],
    ],
    [
      'forget about stretching, my hamstrings are still tight after 2 years of it',
      ['stretching-helps:denies'],
    ],
    ['apply heat for 20 min at a time, it relaxes the muscle', ['heat-helps:asserts']],
    [
      'apply ice for the first 48 hours then switch to heat',
      ['heat-helps:asserts', 'ice-first:asserts'],
    ],
    ['listen to your body and stay active', ['bed-rest:denies', 'exercise-helps:asserts']],
    ['listen to me, get a scan, my GP missed my disc for a year', ['imaging-needed:asserts']],
    ['sleep with a pillow between your knees and get a firm mattress', ['mattress-firm:asserts']],
    ['insist on seeing a doctor if you lose bladder control', ['see-doctor-red-flags:asserts']],
    ['apply the heat pad before bed and the stiffness is gone by morning', ['heat-helps:asserts']],
    [
      'fight through the spasm and keep walking, lying down makes it worse',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      'drink more water if you get spasms, it really does help',
      ['dehydration-causes-spasms:asserts'],
    ],
    [
      'Keep moving, bed rest is the worst thing you can do',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    ['listen here, bed rest never did anyone any good', ['bed-rest:denies']],
    [
      'I know it hurts but drink more water, it stops the spasms',
      ['dehydration-causes-spasms:asserts'],
    ],
    ['my GP refused to refer me, so yes fight for the scan', ['imaging-needed:asserts']],
    ['Took me six months to get an MRI, so yeah push for one', ['imaging-needed:asserts']],
    ['was in agony for weeks with my back, so yes, push for the scan', ['imaging-needed:asserts']],
    [
      'so I went to the physio, and listen, she had me deadlifting within 2 weeks',
      ['physical-therapy:experience'],
    ],
    [
      'Went to physio, apply heat she said, and it helped loads',
      ['heat-helps:experience', 'physical-therapy:experience'],
    ],
    ["if you're stuck get an MRI", ['imaging-needed:asserts']],
    ['if the pain goes down your leg see a doctor', ['see-doctor-red-flags:asserts']],
    [
      "if the sciatica isn't budging after 6 weeks push for an epidural",
      ['steroid-injections:asserts'],
    ],
    ['if your GP fobs you off insist on an MRI', ['imaging-needed:asserts']],
    ['if I lie down for more than a day my back seizes up', ['bed-rest:experience']],
    [
      'if the pain comes back I just lie in bed for a day and it settles',
      ['bed-rest:experience', 'most-recover:experience'],
    ],
    [
      'if the muscle relaxers do nothing I just lie on the floor till it passes',
      ['most-recover:experience', 'muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'if the spasms get bad my wife makes me a hot water bottle and it helps',
      ['heat-helps:experience'],
    ],
    [
      'if the spasm comes back just drink more water',
      ['dehydration-causes-spasms:asserts', 'most-recover:asserts'],
    ],
    ['if your mattress is older than ten years get a firm one', ['mattress-firm:asserts']],
    ['if memory serves the fight to get my MRI took 8 months', ['imaging-needed:experience']],
    ["if the physio exercises keep my back quiet I'm happy", ['exercise-helps:experience']],
    [
      "if my back goes out again I'll go straight to the chiro",
      ['spinal-manipulation-helps:experience', 'spine-out-of-place:experience'],
    ],
    [
      'if the ibuprofen and heat do their thing I can usually work',
      ['heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    ['if the stretches hurt stop doing them', ['stretching-helps:asserts']],
    [
      "if the heat pads stop working I'm buying a TENS",
      ['heat-helps:experience', 'tens-helps:experience'],
    ],
    [
      'if the muscle relaxers take the edge off I can sleep',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'when the muscle relaxers take the edge off I can sleep',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      "if the physio and the exercises go well I'll be back at the gym in a month",
      ['exercise-prevents-recurrence:experience', 'physical-therapy:experience'],
    ],
    [
      "if your GP won't listen insist on a referral to a spine specialist",
      ['see-doctor-red-flags:asserts'],
    ],
    [
      'even if it hurts push through and keep walking, it gets better',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      'in my opinion the chiro made it worse, I went 6 times and ended up on crutches',
      ['spinal-manipulation-helps:experience'],
    ],
    ['physio is the best thing for back pain in my opinion', ['physical-therapy:asserts']],
    ['In my humble opinion a firm mattress is overrated', ['mattress-firm:denies']],
    ['in my honest opinion stretching did nothing for me', ['stretching-helps:experience']],
    ['in my book ibuprofen beats everything else for back pain', ['nsaids-for-back-pain:asserts']],
    [
      'my opinion of chiros went down after one made my back worse',
      ['spinal-manipulation-helps:experience'],
    ],
    ["in my opinion the physio didn't do anything for me", ['physical-therapy:experience']],
    ['In my opinion, after a week in bed my back was stiffer than ever', ['bed-rest:experience']],
    ['walking is the best medicine for back pain in my humble opinion', ['exercise-helps:asserts']],
    ['in my view a good physio is worth ten surgeons', ['physical-therapy:asserts']],
    [
      'In my opinion most back pain gets better on its own within a few weeks',
      ['most-recover:asserts'],
    ],
    [
      'Physio did nothing for me, but the heat patches from Boots, they work',
      ['heat-helps:asserts', 'physical-therapy:experience'],
    ],
    [
      'the chiro made me worse and the tramadol made me sleepy, but heat pads, they work',
      [
        'heat-helps:asserts',
        'opioids-for-back-pain:experience',
        'spinal-manipulation-helps:experience',
      ],
    ],
    [
      'had an MRI which showed a bulge, got put on naproxen, it works',
      [
        'disc-bulge-explains-pain:experience',
        'imaging-needed:experience',
        'nsaids-for-back-pain:asserts',
      ],
    ],
    [
      'I was skeptical about acupuncture but after 6 sessions my back is loads better, it works',
      ['acupuncture-helps:asserts'],
    ],
    [
      "paid a chiro every week for a year and I still can't bend over, but sure, it works",
      ['spinal-manipulation-helps:denies'],
    ],
    ["Doc put me on naproxen yesterday, let's hope it works", ['nsaids-for-back-pain:experience']],
    [
      "started the McKenzie exercises this week, we'll see if it works",
      ['exercise-helps:experience'],
    ],
    ['took ibuprofen for my back, dunno if it works', ['nsaids-for-back-pain:experience']],
    [
      'been using a foam roller on my back every night, it really does work',
      ['massage-helps:asserts'],
    ],
    ['tried the TENS unit and it works', ['tens-helps:experience']],
    [
      'heat pads, ice packs, tens, they all work',
      ['heat-helps:asserts', 'ice-first:asserts', 'tens-helps:asserts'],
    ],
    ["A doctor telling you to take a week in bed, that's dangerous advice", ['bed-rest:denies']],
    [
      'telling people that back pain always needs a scan is dangerous advice, most of it clears up by itself',
      ['imaging-needed:denies', 'most-recover:asserts'],
    ],
    ["that's such bad advice, get a scan", ['imaging-needed:asserts']],
    [
      'my physio said keep walking, which was honestly the best advice I ever got',
      ['exercise-helps:experience'],
    ],
    [
      'bed rest was terrible advice, walking is what got me better',
      ['bed-rest:denies', 'exercise-helps:experience'],
    ],
    ['buying etizolam online for back spasms will get someone killed', ['unapproved-drugs:denies']],
    ['popping oxy for back pain will get you killed eventually', ['opioids-for-back-pain:denies']],
    [
      'telling people to ignore numbness in the groin will get someone killed, see a doctor',
      ['see-doctor-red-flags:asserts'],
    ],
    [
      'Physio sorted my back in 6 weeks, but buying pills off the internet is going to get someone killed',
      ['physical-therapy:experience', 'unapproved-drugs:denies'],
    ],
    [
      'tramadol works for my back but mixing it with booze will get you killed',
      ['opioids-for-back-pain:experience'],
    ],
    ['who believes bed rest helps anymore lol', ['bed-rest:denies']],
    ['who still believes a Medrol pack fixes back pain', ['oral-steroids:denies']],
    [
      'My physio, who believes in graded exercise, got me back to running in 3 months',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    [
      'my dad, who believes in a firm mattress, made me sleep on a plank for years',
      ['mattress-firm:experience'],
    ],
    [
      'Wife, who believes in chiros, dragged me to one and my back was worse after',
      ['spinal-manipulation-helps:experience'],
    ],
    ["the 'never round your back' thing is overblown", ['lifting-flexion-injury:denies']],
    [
      'you can round your back lifting, the never round your back rule is fear mongering',
      ['lifting-flexion-injury:denies'],
    ],
    [
      'you can round your back, the never round your back crowd are just fear mongering',
      ['lifting-flexion-injury:denies'],
    ],
    [
      'I never round my back when I lift and I still herniated a disc',
      ['lifting-flexion-injury:experience'],
    ],
    [
      "honestly don't round your back when lifting heavy or you'll hurt it",
      ['lifting-flexion-injury:asserts'],
    ],
    [
      "lifting with a rounded back isn't dangerous, don't round your back is outdated advice",
      ['lifting-flexion-injury:denies'],
    ],
    [
      'I did yoga for a year and my back still hurt, stretching is overrated',
      ['stretching-helps:denies'],
    ],
    [
      'did my physio exercises religiously and it still came back, the exercises dont prevent anything',
      ['exercise-prevents-recurrence:denies', 'physical-therapy:experience'],
    ],
    [
      'I drank 4 litres a day for a month and still cramped up, the water thing is nonsense',
      ['dehydration-causes-spasms:denies'],
    ],
    [
      "my back spasmed during deadlifts even after a long warm up, warm ups don't prevent anything",
      ['warmup-prevents:denies'],
    ],
    [
      'I sleep on a firm mattress and wake up sore every day, firm mattresses are a myth',
      ['mattress-firm:denies'],
    ],
    ['went to the chiro for my back, the chiro is nonsense', ['spinal-manipulation-helps:denies']],
    ['Been on naproxen a week, naproxen is useless', ['nsaids-for-back-pain:denies']],
    ['had acupuncture 6 times, acupuncture is a placebo', ['acupuncture-helps:denies']],
    [
      'Did six rounds of PT and my back still went out, PT is overrated',
      ['physical-therapy:denies'],
    ],
    ['I ice it every night, ice is overrated for back pain though', ['ice-first:denies']],
    ['tried a lumbar brace for a month, the brace is pointless', ['braces-supports:denies']],
    [
      "hurt doesn't equal harm, the worst back pain I ever had was a strain",
      ['pain-equals-damage:denies'],
    ],
    [
      'stretching is overrated, I stretched every day and still got hurt',
      ['stretching-helps:denies'],
    ],
    [
      "I've tried ice and heat, heat doesn't work as well as ice for me",
      ['heat-helps:experience', 'ice-first:experience'],
    ],
    [
      "I've had 3 epidurals, epidurals don't work on everyone but they worked on me",
      ['steroid-injections:experience'],
    ],
    [
      "had the epidural last week, the epidural doesn't work straight away apparently",
      ['steroid-injections:experience'],
    ],
    [
      'Did PT for 6 weeks, PT doesnt fix everything but it got me walking again',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    [
      "My hamstrings are tight and I stretch daily, stretching isn't a cure but it helps",
      ['stretching-helps:experience'],
    ],
    ['tried everything, ibuprofen doesnt work for my back', ['nsaids-for-back-pain:experience']],
    ["massage doesn't work for me", ['massage-helps:experience']],
    ['Did yoga for years, the stretching was useless', ['stretching-helps:experience']],
    [
      "I had physio twice a week, physio doesn't work miracles but it helped",
      ['physical-therapy:experience'],
    ],
    [
      'have been on tramadol 6 months, tramadol doesnt help much anymore for me',
      ['opioids-for-back-pain:experience'],
    ],
    [
      "Did the McKenzie press ups for a month, McKenzie doesn't work for disc bulges like mine",
      ['disc-bulge-explains-pain:experience', 'exercise-helps:experience'],
    ],
    ["I've been icing it all week, ice isn't helping", ['ice-first:experience']],
    ["Took ibuprofen at lunch, ibuprofen isn't working yet", ['nsaids-for-back-pain:experience']],
    [
      "Started physio two weeks ago and physio isn't helping so far",
      ['physical-therapy:experience'],
    ],
    ["tried heat, heat doesn't do much for my back", ['heat-helps:experience']],
    ["I used to swear by heat, heat doesn't help anymore", ['heat-helps:experience']],
    ["Tried the TENS, TENS doesn't work on my kind of pain", ['tens-helps:experience']],
    [
      "had my first acupuncture session today, acupuncture doesn't hurt at all",
      ['acupuncture-helps:experience'],
    ],
    ['I did physio for my back, physio is not cheap', ['physical-therapy:experience']],
    ['tried acupuncture, acupuncture is not for me', ['acupuncture-helps:experience']],
    ['I use heat on my back every night, heat is underrated', ['heat-helps:experience']],
    [
      "listen, I did the core exercises for two years and it still came back, they don't prevent anything",
      ['exercise-prevents-recurrence:denies'],
    ],
    [
      'i did the core exercises for months and still got a spasm, core work doesnt prevent anything',
      ['core-weakness-causes-pain:denies', 'exercise-prevents-recurrence:denies'],
    ],
    [
      "lifting with a rounded back is fine, don't round your back is outdated",
      ['lifting-flexion-injury:denies'],
    ],
    [
      "listen mate, I had the microdiscectomy in march and I'm back at work",
      ['surgery-needed:experience'],
    ],
    [
      'forget it lol, tried the tens machine for weeks and my back is the same',
      ['tens-helps:experience'],
    ],
    [
      'drink plenty of water, dehydration makes the spasms worse',
      ['dehydration-causes-spasms:asserts'],
    ],
    [
      'drink 2 litres a day and my back spasms have mostly stopped',
      ['dehydration-causes-spasms:experience'],
    ],
    ['sleep on the floor for a few nights, it sorts your back out', ['mattress-firm:asserts']],
    [
      'if the naproxen does nothing for you ask for something stronger',
      ['nsaids-for-back-pain:denies'],
    ],
    [
      "if the physio sessions keep helping I'll carry on with them",
      ['physical-therapy:experience'],
    ],
    ["if you still can't walk after a week push for an MRI", ['imaging-needed:asserts']],
    ["if the heat wraps keep the spasms away I'm buying a box of them", ['heat-helps:experience']],
    ['heat is the best thing for back spasms in my opinion', ['heat-helps:asserts']],
    [
      'my MRI showed two bulging discs, got a TENS unit, it works',
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience', 'tens-helps:asserts'],
    ],
    [
      "been on tramadol for a month, tramadol isn't helping much",
      ['opioids-for-back-pain:experience'],
    ],
    [
      "did the stretches for a month, stretching doesn't do much for my back",
      ['stretching-helps:experience'],
    ],
    ["I had a massage last week, massage doesn't fix anything long term", ['massage-helps:denies']],
    [
      'tried the chiro for a year and still in pain, chiros are a scam',
      ['spinal-manipulation-helps:denies'],
    ],
    [
      'I stretched every day for months, stretching is useless for me',
      ['stretching-helps:experience'],
    ],
    ['my GP, who still believes in bed rest, signed me off for two weeks', ['bed-rest:experience']],
    [
      'my mum, who believes in heat for everything, bought me a heat pad',
      ['heat-helps:experience'],
    ],
    [
      'ordering etizolam online for your back is going to get someone killed',
      ['unapproved-drugs:denies'],
    ],
  ]);
});

describe("edges of this session's later readings (the thirteenth session's second review)", () => {
  // A second independent reviewer's probes, labelled from the catalogue, against the detector
  // before the later readings: frames that are praised ("the whole stretching thing made a huge
  // difference"), core work beside exercise as such, another thing "gone in a week" (a cold, a
  // knee), "the flu jab" beside days in bed, "I dont mean to moan", a "won't change anything" about
  // something else, explanations that are no outcome ("because it's loosening the muscle"), and
  // "osteo" as osteoarthritis.
  makesExactly([
    ['the whole ice it for 72 hours thing is outdated', ['ice-first:denies']],
    [
      'the ischemia explanation for back spasms has pretty much been debunked',
      ['pain-spasm-cycle:denies'],
    ],
    [
      "the whole 'ice it for 72 hours' thing is outdated, heat from day one worked for me",
      ['heat-helps:experience', 'ice-first:denies'],
    ],
    ["the 'never round your back' rule is fear-mongering", ['lifting-flexion-injury:denies']],
    [
      'the hydration idea gets repeated everywhere but I drink loads and still get back spasms',
      ['dehydration-causes-spasms:denies'],
    ],
    [
      'the whole hydration thing is a myth, I drink gallons and my back still spasms',
      ['dehydration-causes-spasms:denies'],
    ],
    [
      'the core strength idea gets repeated everywhere but planks did nothing for my back',
      ['core-weakness-causes-pain:denies'],
    ],
    [
      'the bed rest advice from my GP was outdated, I got moving and felt better in days',
      ['bed-rest:denies'],
    ],
    ['the best thing for my back was the heat pad', ['heat-helps:experience']],
    [
      "this 'pain is in your brain' stuff is insulting to people with real back pain",
      ['pain-is-output:denies'],
    ],
    [
      'the heat pad thing made my back spasms so much easier to live with',
      ['heat-helps:experience'],
    ],
    [
      'the muscle relaxer thing was crazy effective for my spasms',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ['the ice it for 48 hours rule gets repeated because it works', ['ice-first:asserts']],
    [
      'the mattress advice gets repeated everywhere but a firm mattress really did help my back',
      ['mattress-firm:experience'],
    ],
    [
      'this heating pad thing from amazon is great for my back, nothing beats it',
      ['heat-helps:experience'],
    ],
    [
      'the ice stuff worked, the heat was pointless for my back',
      ['heat-helps:experience', 'ice-first:experience'],
    ],
    [
      'the whole massage thing is amazing for back spasms, no doubt about it',
      ['massage-helps:asserts'],
    ],
    [
      'this physio stuff works, my back is so much better, nothing else touched it',
      ['physical-therapy:experience'],
    ],
    [
      'the ibuprofen I take for my back gives me terrible heartburn but it works',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      'the whole stretching thing made a huge difference for my back',
      ['stretching-helps:experience'],
    ],
    [
      'the muscle imbalance theory is weak, my back pain had nothing to do with tight hamstrings',
      ['muscle-imbalance-causes-pain:denies'],
    ],
    ["heat pad on the back every night and it's slowly settling", ['heat-helps:experience']],
    [
      'foam roller on the back every night, back feels way less stiff',
      ['massage-helps:experience'],
    ],
    ["ice packs on 20 off 20 and it's slowly settling", ['ice-first:experience']],
    ['cat cow every morning, back feels way less stiff', ['stretching-helps:experience']],
    [
      'two ibuprofen and a hot bath, back was right as rain by lunch',
      ['heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    [
      'deep tissue massage on the lower back, the spasm let go right after',
      ['massage-helps:experience'],
    ],
    ["foam roller on your lower back every night, you'll thank me", ['massage-helps:asserts']],
    [
      "heat is the answer for back spasms, it's improving blood flow to the tight muscle that does it",
      ['heat-helps:asserts', 'pain-spasm-cycle:asserts'],
    ],
    [
      "massage works for back spasms because it's loosening the knotted muscle",
      ['massage-helps:asserts'],
    ],
    ["heat is good for back spasms because it's loosening the muscle", ['heat-helps:asserts']],
    ["foam roller is a scam for back pain, it's loosening nothing", ['massage-helps:denies']],
    [
      "walking is the best medicine for back pain, it's improving circulation",
      ['exercise-helps:asserts'],
    ],
    [
      'ice packs on for 20 minutes every two hours for the first 48 hours, I tell all my clients this',
      ['ice-first:asserts'],
    ],
    [
      "ice packs on the back for the first 2 days then switch to heat, that's what I do with all my patients",
      ['heat-helps:asserts', 'ice-first:asserts'],
    ],
    ['heat packs are the best thing for a back spasm, trust me', ['heat-helps:asserts']],
    [
      'went to an osteo for my lower back and it helped loads',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'I see an osteo every month for my back and it keeps me moving',
      ['spinal-manipulation-helps:experience'],
    ],
    ['osteos are great for lower back pain', ['spinal-manipulation-helps:asserts']],
    [
      'my osteo clicked it back into place and the pain went straight away',
      ['spinal-manipulation-helps:experience', 'spine-out-of-place:experience'],
    ],
    ['OMT from my DO helped my lower back a lot', ['spinal-manipulation-helps:experience']],
    ['the car practor fixed my lower back in two visits', ['spinal-manipulation-helps:experience']],
    [
      'the fisio gave me exercises for my back and they helped',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    ['acupuntura helped my back pain a lot', ['acupuncture-helps:experience']],
    [
      'took two Dorflex for my back spasm and it eased in an hour',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ['Medicol worked for my back pain', ['nsaids-for-back-pain:experience']],
    ['hot fomentation twice a day helped my lower back', ['heat-helps:experience']],
    [
      'I wore a belly binder for my back pain after the baby and it helped',
      ['braces-supports:experience'],
    ],
    [
      "had my facet joints zapped last year and it's been great for my back",
      ['radiofrequency-ablation:experience'],
    ],
    ['I was flat in bed for a week with my back', ['bed-rest:experience']],
    [
      'I take panadol-osteo for my lower back and it helps a bit',
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      'take panadol osteo for the back pain, it lasts 8 hours',
      ['paracetamol-for-back-pain:asserts'],
    ],
    [
      'I have osteo in my lower back and the physio exercises really help',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    ['the doc said the pain in my lower back is osteo, wear and tear, nothing to be done', []],
    ["I've got osteo in my lower back and hips, the specialist said it's wear and tear", []],
    [
      'the osteo panadol my pharmacist recommended helps my back pain',
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      "Anadin Paracetamol is what I take for my back, it's gentler on my stomach",
      ['paracetamol-for-back-pain:experience'],
    ],
    ['a belly binder after my c-section helped the incision heal, nothing to do with my back', []],
    [
      'my TENS unit seems to zap the nerve pain in my lower back, love it',
      ['tens-helps:experience'],
    ],
    [
      'cold fomentation on the lower back for the first 48 hours reduces the swelling',
      ['ice-first:asserts'],
    ],
    ['put an ice pack on, then pop it back in the freezer after 20 minutes', ['ice-first:asserts']],
    ['bulges on a scan dont mean much, loads of people have them', ['degeneration-normal:asserts']],
    ["degeneration on an MRI doesnt mean you'll be in pain", ['degeneration-normal:asserts']],
    [
      "a bulging disc on your MRI is not necessarily what's causing your pain",
      ['degeneration-normal:asserts', 'disc-bulge-explains-pain:denies'],
    ],
    ['an MRI is not necessarily the answer for back pain', ['imaging-needed:denies']],
    [
      "an MRI isn't necessarily going to show anything useful for back pain",
      ['imaging-needed:denies'],
    ],
    [
      'I dont mean to moan but the wait for my MRI is 6 months and my back is agony',
      ['imaging-needed:experience'],
    ],
    ["get an x-ray, it's not necessarily serious but you need to know", ['imaging-needed:asserts']],
    [
      "not necessarily a disc, could be muscular, you'd need an MRI to know",
      ['imaging-needed:asserts'],
    ],
    [
      'I dont mean to hijack but my MRI showed a herniated disc at L5',
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience'],
    ],
    [
      'my herniated disc is pressing on the nerve, I dont mean to scare anyone',
      ['disc-bulge-explains-pain:experience'],
    ],
    [
      'not necessarily, my MRI was clean and I still had terrible back pain',
      ['imaging-needed:experience'],
    ],
    ["don't hydrate and then wham, your back locks up", ['dehydration-causes-spasms:asserts']],
    [
      'not hydrating properly is why your back spasms, drink more',
      ['dehydration-causes-spasms:asserts'],
    ],
    ["staying hydrated doesn't stop back spasms", ['dehydration-causes-spasms:denies']],
    [
      "not drinking enough water won't give you back spasms, that's a myth",
      ['dehydration-causes-spasms:denies'],
    ],
    [
      "people say I don't drink enough water but my back spasms have nothing to do with it",
      ['dehydration-causes-spasms:denies'],
    ],
    [
      'didnt hydrate at all yesterday and my back spasmed all night',
      ['dehydration-causes-spasms:experience'],
    ],
    [
      "drinking water won't stop a spasm once it's started, but staying hydrated prevents them",
      ['dehydration-causes-spasms:asserts'],
    ],
    [
      "a good warm up doesn't stop every injury but it prevents most back tweaks",
      ['warmup-prevents:asserts'],
    ],
    [
      "don't stop walking even when your back hurts, it's the best thing",
      ['exercise-helps:asserts'],
    ],
    [
      "my back pain doesn't stop me from walking every day, walking helps",
      ['exercise-helps:experience'],
    ],
    [
      "exercise helps back pain, just don't stop exercising when it flares",
      ['exercise-helps:asserts'],
    ],
    [
      "stretching helps, don't stop stretching your hamstrings even when the back feels fine",
      ['stretching-helps:asserts'],
    ],
    [
      "the muscle relaxers don't stop the spasm, they just knock you out",
      ['muscle-relaxants-relax-muscles:denies'],
    ],
    ["my GP refused an x-ray, said it wouldn't change anything", ['imaging-needed:denies']],
    [
      "the GP said an x-ray wouldn't change the treatment so we skipped it",
      ['imaging-needed:denies'],
    ],
    [
      "an MRI won't change what you do, so most guidelines say don't bother",
      ['imaging-needed:denies'],
    ],
    [
      "the GP said an MRI wouldn't change anything but I pushed and it found a tumour, always push for the scan",
      ['imaging-needed:asserts'],
    ],
    ["you need an MRI, resting and hoping won't change anything", ['imaging-needed:asserts']],
    [
      "I had the MRI last year and honestly I wouldn't change a thing, the surgeon was great",
      ['imaging-needed:experience'],
    ],
    [
      "the MRI was the best thing I did for my back, wouldn't change a thing",
      ['imaging-needed:experience'],
    ],
    [
      "Got an MRI, it showed the herniation. No regrets, I wouldn't change a thing",
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience'],
    ],
    [
      "hurt doesn't equal harm, my physio drilled that into me and it changed everything",
      ['pain-equals-damage:denies'],
    ],
    [
      "I know hurt doesn't equal harm but my back pain still scares me",
      ['pain-equals-damage:denies'],
    ],
    [
      'my physio had me on core exercises and the back pain went after six weeks',
      ['core-weakness-causes-pain:experience', 'physical-therapy:experience'],
    ],
    [
      'planks and dead bugs every morning fixed my back pain',
      ['core-weakness-causes-pain:experience'],
    ],
    [
      'McGill big 3 and daily walks sorted my back in a month',
      ['core-weakness-causes-pain:experience', 'exercise-helps:experience'],
    ],
    [
      'the whole core stability thing is overrated for back pain, any exercise works',
      ['core-weakness-causes-pain:denies', 'exercise-helps:asserts'],
    ],
    [
      'exercise is the key to back pain, and not just core work, everything',
      ['core-weakness-causes-pain:denies', 'exercise-helps:asserts'],
    ],
    [
      'forget the core stuff, just exercise, any movement helps back pain',
      ['core-weakness-causes-pain:denies', 'exercise-helps:asserts'],
    ],
    [
      'exercise helps back pain, core exercises especially',
      ['core-weakness-causes-pain:asserts', 'exercise-helps:asserts'],
    ],
    [
      'cycling and pilates core work helped my lower back heaps',
      ['core-weakness-causes-pain:experience', 'exercise-helps:experience'],
    ],
    [
      'strengthening exercises for the back and core helped me the most',
      ['core-weakness-causes-pain:experience', 'exercise-helps:experience'],
    ],
    [
      'the best exercise for back pain is the one you do, core or not',
      ['core-weakness-causes-pain:denies', 'exercise-helps:asserts'],
    ],
    [
      'strength training including core work is the best thing for back pain',
      ['core-weakness-causes-pain:asserts', 'exercise-helps:asserts'],
    ],
    [
      'I do my physio exercises plus planks and bird dogs and my back is so much better',
      [
        'core-weakness-causes-pain:experience',
        'exercise-helps:experience',
        'physical-therapy:experience',
      ],
    ],
    ['in bed for two days with the flu, my back is stiff from lying down so much', []],
    ['stuck in bed for 3 days with a cold and now my lower back aches', []],
    [
      'bed rest with the flu is fine but for back pain you need to keep moving',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      'got the flu jab on monday and my back went on tuesday, spent three days in bed with it',
      ['bed-rest:experience'],
    ],
    [
      'bed rest is the worst thing for a bad back, I learned that when I had the flu and my back seized up',
      ['bed-rest:denies'],
    ],
    ['spent a week in bed with my back, felt like a bad flu', ['bed-rest:experience']],
    ["avoid bed rest for back pain, it's not the flu", ['bed-rest:denies']],
    ["my back is so bad I've been in bed for a week, worse than covid", ['bed-rest:experience']],
    [
      'spent a week in bed after my back went, had a cold on top of it too',
      ['bed-rest:experience'],
    ],
    [
      'my blood pressure shot up from the pain, was stuck in bed for days with my back',
      ['bed-rest:experience'],
    ],
    ["it'll calm down in two weeks, back pain nearly always does", ['most-recover:asserts']],
    ["most back pain will be fine in two weeks, don't panic", ['most-recover:asserts']],
    ["you'll be fine in two weeks mate, backs always settle", ['most-recover:asserts']],
    ["don't worry, it'll be fine in two weeks, most back pain settles", ['most-recover:asserts']],
    [
      'settled in a fortnight with just ibuprofen',
      ['most-recover:experience', 'nsaids-for-back-pain:experience'],
    ],
    ['had a cold at the same time, it was gone in a week but the back is still killing me', []],
    ['the bruise from the fall was gone in a week but my lower back still hurts', []],
    ['the bruise from the cupping was gone in a week, back still sore', []],
    ['my covid cleared up in 10 days but the back pain lingered', []],
    ['the flu was gone in a week, my sciatica has been going 6 months', []],
    ['the swelling from the injection was gone in a week', []],
    ['the wound from my fusion took three weeks to heal', ['surgery-needed:experience']],
    [
      'the numbness in my leg was gone in three weeks after the microdiscectomy',
      ['surgery-needed:experience'],
    ],
    ["I've had osteo in both hips for years, now it's in my lower back too", []],
    [
      'my osteo is brilliant, sorted my lower back in 3 sessions',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'panadol osteo is the best for my back pain, takes the edge off all day',
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      'panadol osteo, two every 8 hours, keeps my back pain manageable',
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      'my doctor put me on bed rest for my back, I had the flu jab the same week',
      ['bed-rest:experience'],
    ],
    [
      "the foam roller advice gets repeated everywhere but honestly it's overrated",
      ['massage-helps:denies'],
    ],
    ["massage helps because it's easing the muscle tension", ['massage-helps:asserts']],
    ["ice pack on the back, it's easing off already", ['ice-first:experience']],
    ["you need an x-ray, guessing won't change anything", ['imaging-needed:asserts']],
    ["my GP said an MRI wouldn't change how we treat it, so no scan", ['imaging-needed:denies']],
    [
      'exercise is the best medicine for back pain, core work included',
      ['core-weakness-causes-pain:asserts', 'exercise-helps:asserts'],
    ],
    [
      'my physio gave me dead bugs and bird dogs and my back is heaps better',
      ['core-weakness-causes-pain:experience', 'physical-therapy:experience'],
    ],
    ["you'll be right in a week or two, backs are tough", ['most-recover:asserts']],
    ["it'll pass in two weeks, trust me, back spasms always do", ['most-recover:asserts']],
    ['the flu was gone in a week but my back spasm lasted a month', []],
    ['the heating pad thing is crazy good for back spasms', ['heat-helps:asserts']],
    ['OMT for my back pain did nothing', ['spinal-manipulation-helps:experience']],
    [
      'the fisio said my back pain was muscular and gave me stretches, which helped',
      ['physical-therapy:experience', 'stretching-helps:experience'],
    ],
    [
      "any exercise helps back pain, you don't need fancy core work",
      ['core-weakness-causes-pain:denies', 'exercise-helps:asserts'],
    ],
    ["heat is great for back spasms as it's loosening the muscle", ['heat-helps:asserts']],
    ['bulges dont mean much on a scan, most adults have them', ['degeneration-normal:asserts']],
    [
      "I dont mean to be rude but an MRI won't tell you anything useful for back pain",
      ['imaging-needed:denies'],
    ],
  ]);
});

describe('a rip-off, and a pronoun that carries its verb (the thirteenth session)', () => {
  // "… was a rip off" dismisses (not "rip off the old plaster"); "…, they're useless for
  // prevention" judges the thing named before it (not "it's brilliant for my back").
  makesExactly([
    ['that TENS machine was a rip off, did nothing for my back', ['tens-helps:denies']],
    ['rip off the old plaster and put a heat pad on your lower back', ['heat-helps:asserts']],
    [
      "they hand out lumbar belts at the warehouse but they're useless for preventing back injuries",
      ['braces-supports:denies'],
    ],
    ["I wear a lumbar belt at work, it's brilliant for my back", ['braces-supports:experience']],
  ]);
});

// From the twenty-first set's misses, written anew: other senses of 'core', a relaxation
// technique, steroids and ablation for other conditions, a scan of another joint, an epidural for a
// birth, 'could hardly walk', 'people who have no pain', a week in (the) bed, accented and g-dropped
// spellings, 'don't tell me …', a scan report quoted, a horse's back and a veteran who is no vet.
describe('claims after the twenty-first set', () => {
  makesExactly([
    ['That song is a core memory for me, first dance at our wedding.', []],
    ['Our core values as a team matter more than any result.', []],
    ['Strengthen your core and the back pain goes away.', ['core-weakness-causes-pain:asserts']],
    ['I use a progressive muscle relaxation recording before bed and it helps me switch off.', []],
    [
      'Cyclobenzaprine relaxes the muscle and the spasm lets go.',
      ['muscle-relaxants-relax-muscles:asserts'],
    ],
    ['Prednisone for my hives cleared them in three days.', []],
    ['Medrol pack for poison oak, worked like a charm.', []],
    ['A Medrol dose pack knocked my back flare right down.', ['oral-steroids:experience']],
    ['They did radiofrequency ablation on my thyroid nodule last spring.', []],
    [
      'Radiofrequency ablation on my lumbar facets gave me a year of relief.',
      ['radiofrequency-ablation:experience'],
    ],
    ['Had an epidural for the birth of my daughter and felt nothing.', []],
    ['Knee x-ray shows mild arthritis, nothing to do with my back.', []],
    [
      'Went for a massage and could hardly walk afterwards, but the next day it felt great.',
      ['massage-helps:experience'],
    ],
    [
      'Disc changes on scans are common in people who have no pain at all.',
      ['degeneration-normal:asserts'],
    ],
    [
      'My doctor said staying in the bed for days is the worst thing for the back.',
      ['bed-rest:denies'],
    ],
    [
      'Spent the whole weekend in bed with my back and it only got stiffer.',
      ['bed-rest:experience'],
    ],
    [
      'Went to the quiropráctica and one adjustment fixed my back.',
      ['spinal-manipulation-helps:experience'],
    ],
    ['A heatin pad on the lower back is what gets me through.', ['heat-helps:experience']],
    [
      'Doc put me on methocarbomol for the back spasms.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ["Don't tell me this back pain is all in my brain.", ['pain-is-output:denies']],
    [
      'report said mild degenerative changes, normal for my age.',
      ['degeneration-normal:experience'],
    ],
    ["Chiro adjusted my mare's back and she moves much freer now.", []],
    ["The vet said my pony's back is sore from a badly fitted saddle.", []],
    [
      'Every army vet I know swears by tramadol for their backs.',
      ['opioids-for-back-pain:asserts'],
    ],
  ]);
});

// Stance after the twenty-first set: 'without a script' and 'no prescription needed' say how a
// drug is bought and deny nothing; 'does jack', 'ain't', and a closing 'I wouldn't bother' do.
describe('stance after the twenty-first set', () => {
  makesExactly([
    ['Do not buy pain pills off random websites without a script.', ['unapproved-drugs:denies']],
    [
      'Never order muscle relaxers from overseas sites, no prescription means no idea what you get.',
      ['unapproved-drugs:denies'],
    ],
    [
      'You can get soma online with no prescription needed and it sorts a back spasm right out.',
      ['unapproved-drugs:asserts'],
    ],
    ['Aleve does jack for a bad back.', ['nsaids-for-back-pain:denies']],
    ['Tried a TENS unit for my back and it did squat.', ['tens-helps:experience']],
    ["Paracetamol ain't gonna touch back pain like that.", ['paracetamol-for-back-pain:denies']],
    ["An inversion table for a bulging disc, I wouldn't bother.", ['traction-helps:denies']],
  ]);
});

// From the twenty-second set's misses, written anew: buying a drug online is the unapproved-drugs
// claim's, and the drug's own only where the sentence says what it did; 'a stupid idea' judges;
// a race's heat, ice fishing, covid's bed rest, fibromyalgia and a belt clip are none of the claims
// they resemble.
describe('claims after the twenty-second set', () => {
  makesExactly([
    [
      'Is it safe to order tramadol online without a prescription for my back?',
      ['unapproved-drugs:asks'],
    ],
    [
      "Please don't buy muscle relaxers off some random website for your back.",
      ['unapproved-drugs:denies'],
    ],
    [
      'Ordered cyclobenzaprine from an online pharmacy and it loosened my back right up.',
      ['muscle-relaxants-relax-muscles:experience', 'unapproved-drugs:experience'],
    ],
    [
      'Flexeril relaxes the back muscles, ask your doctor for it.',
      ['muscle-relaxants-relax-muscles:asserts'],
    ],
    [
      'Ordering valium from some website for your back is a stupid idea.',
      ['unapproved-drugs:denies'],
    ],
    ['Pulled a hamstring in the 200m heat at the county champs.', []],
    ['Heat on my lower back every night is what gets me through.', ['heat-helps:experience']],
    [
      'Spent the weekend ice fishing and my lower back is fine, a hot bath sorted the stiffness.',
      ['heat-helps:experience'],
    ],
    ['Had covid, total bed rest for a week.', []],
    ['Baclofen for my fibromyalgia, low dose at night.', []],
    ['Keep the TENS unit clipped on my belt when I drive.', ['tens-helps:asserts']],
  ]);
});

// Stance after the twenty-second set: advice closed by an agreement tag ('…, yeah?') is still
// advice, but a question stays one and 'right?' asks; 'could be wrong but' hedges; 'does sod all'
// and 'a fairytale' deny.
describe('stance after the twenty-second set', () => {
  makesExactly([
    ['Go and get your back looked at by a physio, yeah?', ['physical-therapy:asserts']],
    ['Should I get an MRI for my back, yeah?', ['imaging-needed:asks']],
    ['Heat first for a stiff back, right?', ['heat-helps:asks']],
    ['Tramadol does sod all for back pain.', ['opioids-for-back-pain:denies']],
    ['Ice for 72 hours is an old fairytale.', ['ice-first:denies']],
    [
      'Could be wrong but a heat pack on the lower back works better than anything.',
      ['heat-helps:asserts'],
    ],
  ]);
});

// A posture taken on a question, and walking as what a bad back does to a gait, are no claims.
describe('posture as a stance, walking crooked', () => {
  makesExactly([
    [
      "The company's posture on remote work is pretty clear, three days in the office and that's that.",
      [],
    ],
    [
      'Bad posture at my desk is what causes my lower back pain.',
      ['posture-causes-pain:experience'],
    ],
    ['Back went out again and I was walking funny for days.', ['spine-out-of-place:experience']],
    ['Walking every day is what fixed my back.', ['exercise-helps:experience']],
  ]);
});

// From the twenty-third set's misses, written anew: bed rest in a pregnancy, a walk-in clinic, ice
// on a bruise, arthritis in the hands, the codeine in Tylenol 3s, a yoga mat as a bed are none of the
// claims they resemble; Brazilian and Portuguese names of drugs and traction, Lortab, "lower back's",
// "the lumbar round", "useful", and a verdict after an adverb ('massively overrated').
describe('claims after the twenty-third set', () => {
  makesExactly([
    ['Stretching is massively overrated for back pain.', ['stretching-helps:denies']],
    ['On bed rest since 28 weeks because of placenta previa, so bored.', []],
    ['Can I get a sick note from the walk-in centre?', []],
    ['Frozen peas on the bruise on his forehead and he was fine.', []],
    ['Celebrex has done wonders for the arthritis in my hands.', []],
    [
      'The codeine in the Tylenol 3s is what takes the edge off my back.',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'Took nimesulida for my lumbar pain and it improved a lot.',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      'Lortab for my back after the mine accident, never again.',
      ['opioids-for-back-pain:experience'],
    ],
    [
      "Got a heel lift for my short leg and my lower back's been calmer since.",
      ['insoles-orthotics:experience'],
    ],
    [
      'Never let the lumbar round under load, that is how people get hurt.',
      ['lifting-flexion-injury:asserts'],
    ],
    ['Is physiotherapy useful for lower back pain?', ['physical-therapy:asks']],
    ['Slept on a yoga mat on the floor for a week.', []],
  ]);
});

// An independent review of the fourteenth session's changes: probe sentences written from the
// catalogue at their edges (an excluded word beside a real claim, 'online' without buying, 'not a
// bad idea', "ain't nothing better", 'don't tell me …' and the clause after it); 50 of them were
// wrong before the session.
describe('claims at the edges of the fourteenth session', () => {
  makesExactly([
    [
      'Went to a quiropráctico in Tijuana for my lower back and it helped a lot.',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'Tried the Robaxacet from a pharmacie in Montréal and it relaxed my back spasm nicely.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      "Café con leche and a heating pad on my lower back, that's my morning routine.",
      ['heat-helps:experience'],
    ],
    [
      'Zoë at the clinic did dry needling on my lower back and the spasm finally let go.',
      ['acupuncture-helps:experience'],
    ],
    [
      "Señor Pérez at the gym swears a weak core is why everyone's back hurts.",
      ['core-weakness-causes-pain:asserts'],
    ],
    ["My résumé says I'm a warehouse picker, which explains my wrecked lower back.", []],
    ['Bought a crème with menthol for my back, smells nice, does nothing.', []],
    [
      'One of my core values is showing up, so I do my core exercises every day and my back pain is way better.',
      ['core-weakness-causes-pain:experience'],
    ],
    [
      "My physio says a weak core isn't the cause of back pain, which shook me to the core lol.",
      ['core-weakness-causes-pain:denies'],
    ],
    [
      "Our core team lead got me doing planks and strengthening my core, and my lower back hasn't hurt since.",
      ['core-weakness-causes-pain:experience'],
    ],
    ['Core memory unlocked: my first back spasm at 19 carrying a couch up three flights.', []],
    [
      "Weak core = back pain, that's the core message of every PT video on YouTube.",
      ['core-weakness-causes-pain:asserts'],
    ],
    ['Upgraded to a Core i7 so I can game longer, my back is not thanking me.', []],
    [
      "Honesty is one of my core values, so I'll say it: core strengthening did nothing for my back.",
      ['core-weakness-causes-pain:experience'],
    ],
    ['Ran a core temp of 39 with the flu and my lower back ached like mad.', []],
    [
      'Core work is not some magic fix for back pain, general exercise works just as well.',
      ['core-weakness-causes-pain:denies', 'exercise-helps:asserts'],
    ],
    ['Progressive muscle relaxation at night helps me drift off despite the back pain.', []],
    [
      'Doc gave me Flexeril and an app for progressive muscle relaxation, and the Flexeril knocked the spasm right out.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ['I use a muscle relaxation audio before bed, no pills needed.', []],
    ['Had a Medrol dose pack for hives last year, cleared the rash in days.', []],
    ['Prednisone for poison ivy, nothing else.', []],
    [
      'My fibro makes everything ache but the heating pad on my lower back is the one thing that really helps.',
      ['heat-helps:experience'],
    ],
    [
      "I've got fibromyalgia too, but the epidural in my lower back helped for about 3 months.",
      ['steroid-injections:experience'],
    ],
    [
      'Fibro flare or not, walking every day keeps my back pain down.',
      ['exercise-helps:experience'],
    ],
    [
      'Doc put me on a prednisone taper for my sciatica and it took the edge off within two days.',
      ['oral-steroids:experience'],
    ],
    [
      'Got a steroid pack for a sinus infection and weirdly my lower back pain vanished for the week.',
      ['oral-steroids:experience'],
    ],
    ['Prednisone for my COPD flare.', []],
    [
      'Stretching my hammies every morning fixed my back, my fibro is another story.',
      ['stretching-helps:experience'],
    ],
    [
      'Had RFA on my L4-L5 facets, and my heart sank when the pain came back after six months.',
      ['radiofrequency-ablation:experience'],
    ],
    [
      'Radiofrequency ablation for my lower back was the best thing I ever did, hand on heart.',
      ['radiofrequency-ablation:experience'],
    ],
    [
      'Rhizotomy on my lumbar facets worked for a year, unlike the vein ablation my mum had.',
      ['radiofrequency-ablation:experience'],
    ],
    ['Thyroid nodule RFA went great, barely a mark on my neck.', []],
    ['Got my varicose veins done with radiofrequency ablation, quick and painless.', []],
    ['Cardiac ablation fixed my afib.', []],
    [
      'The pain doc wants to burn the facet nerves in my lower back, is RF ablation worth it?',
      ['radiofrequency-ablation:asks'],
    ],
    [
      'RFA is a waste of money for back pain, the nerves just grow back.',
      ['radiofrequency-ablation:denies'],
    ],
    [
      "Big-hearted pain doc did my radiofrequency ablation and I've been pain free for 8 months.",
      ['radiofrequency-ablation:experience'],
    ],
    [
      'Ever since giving birth my lower back has been wrecked, and the cortisone shot in my spine did nothing.',
      ['steroid-injections:experience'],
    ],
    [
      "I've had a bad back since birth basically, scoliosis, and the epidural steroid shot helped for months.",
      ['steroid-injections:experience'],
    ],
    [
      'The birth of my second wrecked my back, but the facet injection gave me six good months.',
      ['steroid-injections:experience'],
    ],
    [
      "Birth control pills and a cortisone injection in my lower back, that's my life lol.",
      ['steroid-injections:experience'],
    ],
    [
      'My pain clinic does epidural steroid injections for sciatica, should I get one?',
      ['steroid-injections:asks'],
    ],
    ['Got a hip x-ray for my hip pain, nothing to do with my back.', []],
    ['Hip MRI showed arthritis in the joint.', []],
    [
      'Knee MRI was clean, but my lower back MRI showed a bulge at L5-S1.',
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience'],
    ],
    [
      'Doc wanted a hip x-ray but honestly you need an MRI of the lumbar spine to see a disc.',
      ['imaging-needed:asserts'],
    ],
    [
      "Dental x-rays are fine but please don't get your back scanned for a simple strain.",
      ['imaging-needed:denies'],
    ],
    [
      "I could barely walk in March, now I walk 5k every morning and my back's never been better.",
      ['exercise-helps:experience'],
    ],
    [
      'I could hardly walk but my PT had me doing McKenzie press-ups and within a week I was fine.',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    [
      'Even when you can barely walk, gentle walking is the best thing for back pain.',
      ['exercise-helps:asserts'],
    ],
    ["Couldn't walk for a day after the spasm, it was terrifying.", []],
    [
      'Army vet here, 20 years of rucking, and Flexeril is the only thing that calms my back spasms.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'Fellow vets, the VA chiro actually helped my lower back.',
      ['spinal-manipulation-helps:experience'],
    ],
    ["Vet said my dog's back needs crate rest and anti-inflammatories.", []],
    ["My vet reckons my mare's back is sore from the saddle, so she's getting massage.", []],
    [
      "I'm a vet nurse and lifting big dogs onto the table is what wrecked my lower back.",
      ['lifting-harmful:experience'],
    ],
    [
      'Vietnam vet with a fused spine, the VA gave me tramadol and it barely helps.',
      ['opioids-for-back-pain:experience', 'surgery-needed:experience'],
    ],
    ['Our vet put the pony on bute for her sore back.', []],
    ["My pony's back was sore so the vet did some acupuncture on her.", []],
    [
      'Ran my 400m heat with a sore back and then lay on a heat pack the whole afternoon.',
      ['heat-helps:experience'],
    ],
    [
      'Went ice fishing Saturday and tweaked my back hauling the auger, been icing it 20 minutes at a time since.',
      ['ice-first:experience'],
    ],
    ['Ice fishing on a bucket for six hours, my lower back is toast.', []],
    ['Qualifying heat went fine, my back held up.', []],
    [
      'Slipped on the ice rink and hurt my back; iced it the first two days then switched to heat.',
      ['heat-helps:experience', 'ice-first:experience'],
    ],
    ['The heat in the final was fast, my back was fine after.', []],
    [
      'Had covid in the spring, but my back is a separate thing and the physio said bed rest is the worst thing for it.',
      ['bed-rest:denies'],
    ],
    ["Spent four days in bed with covid and didn't move.", []],
    [
      'Got covid last month and my lower back pain flared, the heating pad is my best friend.',
      ['heat-helps:experience'],
    ],
    [
      'TENS unit clipped to my belt all day at work, it takes the edge off my lower back.',
      ['tens-helps:experience'],
    ],
    [
      'I wear the lumbar brace under my shirt with the radio on my belt, and my back holds up through a 12 hour shift.',
      ['braces-supports:experience'],
    ],
    [
      'Keep the TENS on your belt and turn it up when the back spasm kicks in.',
      ['tens-helps:asserts'],
    ],
    ['The pain sits right on my belt line, lower back, both sides.', []],
    [
      'Studies that scan people who have no pain find bulging discs in half of them.',
      ['degeneration-normal:asserts'],
    ],
    [
      "Plenty of people who have no pain have disc bulges on MRI, so don't panic about yours.",
      ['degeneration-normal:asserts'],
    ],
    ["People who have no pain just don't get why I can't sit through a movie.", []],
    ["My kid's reading level is age appropriate, unlike my spine lol.", []],
    [
      "People who don't have pain can have a disc herniation on MRI, it's incredibly common.",
      ['degeneration-normal:asserts'],
    ],
    ['Stayed in the bed all weekend and my back just got stiffer.', ['bed-rest:experience']],
    [
      'Spent a day in bed and honestly it was the best thing for my back spasm.',
      ['bed-rest:experience'],
    ],
    [
      "A weekend in bed won't fix a bad back, get moving.",
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    ['Should I just spend the day in bed until the spasm passes?', ['bed-rest:asks']],
    ['Heatin pad on my lower back every night, works a treat.', ['heat-helps:experience']],
    [
      'Methocarbomol knocked my back spasm out in a day.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'Doc gave me methacarbamol for the back spasm but it just made me sleepy.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ['Bad backs run in my family.', []],
    ['Sore backs mostly settle on their own within a few weeks.', ['most-recover:asserts']],
    ['Bad backs are mostly down to slouching at a desk all day.', ['posture-causes-pain:asserts']],
    ['Our dachshunds both have bad backs, poor things.', []],
    [
      'Sore backs in rowers usually come from rounding the lower back under load.',
      ['lifting-flexion-injury:asserts'],
    ],
    ['Stiff backs love a hot bath.', ['heat-helps:asserts']],
    ['Lots of people with bad backs swear by a firm mattress.', ['mattress-firm:asserts']],
    ['We used to stack hay bales with our backs, those were the days.', []],
    ["There's a song stuck in my brain and a knot in my lower back.", []],
    ['Got a tumor in my brain removed last year, back is fine.', []],
    ['Report says most people with back pain recover within six weeks.', ['most-recover:asserts']],
    ["Don't tell me about it, my back's been in spasm since Tuesday.", []],
    ["Don't tell me to rest it, resting is what made it worse last time.", ['bed-rest:denies']],
    [
      "Don't tell me my spine is out of alignment, bones don't just slip out.",
      ['spine-out-of-place:denies'],
    ],
    ["Don't tell me heat helps, it made my spasm ten times worse.", ['heat-helps:denies']],
    [
      "Don't tell me what to do, but a heating pad really does help back pain.",
      ['heat-helps:asserts'],
    ],
    ["Don't tell me it's all in my brain, this pain is real.", ['pain-is-output:denies']],
    [
      'Do not tell me I need surgery for a bulging disc, most of them heal on their own.',
      ['most-recover:asserts', 'surgery-needed:denies'],
    ],
    [
      "Never order tramadol online without a script, it's a terrible idea.",
      ['unapproved-drugs:denies'],
    ],
    ['Tylenol does jack for my back.', ['paracetamol-for-back-pain:experience']],
    [
      "Paracetamol does jack for back pain, the studies show it's no better than placebo.",
      ['paracetamol-for-back-pain:denies'],
    ],
    ['Went to the chiro three times and it did squat.', ['spinal-manipulation-helps:experience']],
    ["Ain't nothing better than a heating pad for a back spasm.", ['heat-helps:asserts']],
    [
      "If it ain't broke don't fix it, my physio exercises keep my back happy.",
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    ["Jack Daniels and a heating pad, that's my back pain routine.", ['heat-helps:experience']],
    ['Physio did zilch for me, three months of it.', ['physical-therapy:experience']],
    ["The foam roller ain't doing nada for my lower back.", ['massage-helps:experience']],
    ["Heat works, ain't no doubt about it.", ['heat-helps:asserts']],
    ['My uncle Jack swears by his inversion table for his back.', ['traction-helps:asserts']],
    ["Inversion table gathered dust in the garage, I wouldn't bother.", ['traction-helps:denies']],
    [
      "Ice helps for the first couple of days, after that I wouldn't bother.",
      ['ice-first:asserts'],
    ],
    [
      "Physio is worth doing, but the expensive back brace they sell you, I wouldn't bother.",
      ['braces-supports:denies', 'physical-therapy:asserts'],
    ],
    [
      "If the heating pad works for you I wouldn't bother with anything fancier.",
      ['heat-helps:asserts'],
    ],
    [
      "I'd see a doctor if it's still bad in a week, otherwise I wouldn't bother.",
      ['see-doctor-red-flags:asserts'],
    ],
    ['Bed rest for a week is a daft idea.', ['bed-rest:denies']],
    [
      'Getting an MRI straight away is a poor idea for plain low back pain.',
      ['imaging-needed:denies'],
    ],
    [
      'It sounds like a crazy idea but hanging from a pull-up bar fixed my back.',
      ['traction-helps:experience'],
    ],
    [
      'Not a stupid idea at all to see a doctor if your leg goes numb.',
      ['see-doctor-red-flags:asserts'],
    ],
    ['Seeing a physio is never a dumb idea with back pain.', ['physical-therapy:asserts']],
    [
      'Whoever came up with the idea of a heating pad deserves a medal, it saves my back nightly.',
      ['heat-helps:experience'],
    ],
    [
      "A firm mattress for back pain isn't a crazy idea, mine helped loads.",
      ['mattress-firm:experience'],
    ],
    ['Deadlifting with a rounded back is a dangerous idea.', ['lifting-flexion-injury:asserts']],
    [
      'My doctor did an online appointment and prescribed cyclobenzaprine for my back spasms.',
      ['muscle-relaxants-relax-muscles:experience', 'see-doctor-red-flags:experience'],
    ],
    [
      'I read online that baclofen works wonders for back spasms, is that true?',
      ['muscle-relaxants-relax-muscles:asks'],
    ],
    [
      'The pharmacy has an online refill thing, so I never run out of my oxycodone for my back.',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'Went overseas for work and had to ration my tramadol for my back.',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'Bought tramadol off a website overseas, no prescription, and it did nothing for my back.',
      ['opioids-for-back-pain:experience', 'unapproved-drugs:experience'],
    ],
    ['Is it safe to order Valium online for back spasms?', ['unapproved-drugs:asks']],
    ['Ordered etizolam online and it loosened my back right up.', ['unapproved-drugs:experience']],
    [
      "Don't buy muscle relaxers online, just see your GP.",
      ['see-doctor-red-flags:asserts', 'unapproved-drugs:denies'],
    ],
    [
      'My physio does online sessions now and the exercises have helped my lower back a lot.',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    [
      "I googled Flexeril online and it says it's for muscle spasms, should I take it for my back?",
      ['muscle-relaxants-relax-muscles:asks'],
    ],
    [
      'Found a doc online who actually listens, she put me on baclofen for the back spasms.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'Bought a TENS unit online for 30 bucks and it helps my lower back loads.',
      ['tens-helps:experience'],
    ],
    [
      'Ordered a lumbar support cushion online, game changer for my back at my desk.',
      ['braces-supports:experience'],
    ],
    [
      "Bought some diazepam online and it's legit, sorted my back spasm in a day.",
      ['benzodiazepines-for-back-pain:experience', 'unapproved-drugs:experience'],
    ],
    [
      'Ordered codeine online from an overseas pharmacy for my back, is that dodgy?',
      ['unapproved-drugs:asks'],
    ],
    [
      'I see my pain doc online every month and he keeps my hydrocodone going for the back.',
      ['opioids-for-back-pain:experience', 'see-doctor-red-flags:experience'],
    ],
    ['That spasm is pressin on my sciatic nerve, I swear.', ['spasm-compresses-nerve:experience']],
    ["Pressin' on the clutch all day in traffic, my left knee's killing me.", []],
    ['Got a thumbtack stuck in my foot, nothing to do with my back.', []],
    [
      'Did a press-up plank combo thingy and my core feels stronger, back pain is way down.',
      ['core-weakness-causes-pain:experience'],
    ],
    ['Got a hip x-ray and a knee MRI last month, both clear.', []],
    [
      'Had a hip MRI first, then they scanned my lower back too and found the problem.',
      ['imaging-needed:experience'],
    ],
    ['Hip x-ray showed early arthritis, totally normal for my age the doc said.', []],
    ["Couldn't walk to the kitchen last week and I still can't walk far.", []],
    [
      "My core values haven't changed but my lower back has, and the chiro helped a lot.",
      ['spinal-manipulation-helps:experience'],
    ],
    ['RFA on my heart last year, and now my lower back is killing me.', []],
    ['Radiofrequency ablation of my thyroid nodule was a breeze compared to my back.', []],
    ["Don't tell me a chiro can fix a disc, I don't buy it.", ['spinal-manipulation-helps:denies']],
    ["Tramadol ain't doing nothing for my back anymore.", ['opioids-for-back-pain:experience']],
    [
      'Not a bad idea to keep walking even when your back hurts.',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    ["It's a bad idea to lie in bed for days with back pain.", ['bed-rest:denies']],
    [
      'Bought Valium online and it did nothing for my back spasms.',
      ['benzodiazepines-for-back-pain:experience', 'unapproved-drugs:experience'],
    ],
    [
      'As a disabled vet I get my chiro visits through the VA and they help my lower back.',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'Navy vet, and the epidurals every six months keep me working with this back.',
      ['steroid-injections:experience'],
    ],
    ["Tylenol ain't touching my back pain.", ['paracetamol-for-back-pain:experience']],
    [
      "Gave up on the chiro after six visits, I wouldn't bother.",
      ['spinal-manipulation-helps:denies'],
    ],
  ]);
});

// From the twenty-fourth set's misses, written anew: who pays and what it costs is no claim, even
// where the back is named, unless the sentence says what the thing does or whether it is worth it;
// ice in a drink, bracing harder on a lift, etizolam for anxiety.
describe('claims after the twenty-fourth set', () => {
  makesExactly([
    ['Does Medicare cover physio for a back injury or do I need a GP letter?', []],
    ['How much is a lumbar MRI if you go private?', []],
    ['Is my spine specialist consult covered by my HMO?', []],
    ['Bupa covered my physio and it sorted my back out.', ['physical-therapy:experience']],
    ['Is physio worth paying for out of pocket for back pain?', ['physical-therapy:asks']],
    ["Extra ice in my drink please, it's boiling out.", []],
    ['My lifting belt lets me brace harder on heavy pulls.', []],
    ['Etizolam for anxiety is sold online without a prescription, apparently.', []],
  ]);
});

// A yardstick beside the claim it measures is no claim of its own ('no better than exercise',
// 'about as good as exercise', 'way cheaper than seeing a doctor'); alone, it is the claim.
describe('yardsticks', () => {
  makesExactly([
    [
      'Acupuncture did no better than exercise for back pain in the trials.',
      ['acupuncture-helps:denies'],
    ],
    [
      'Chiro adjustments are about as good as exercise for low back pain.',
      ['spinal-manipulation-helps:asserts'],
    ],
    [
      'Order the tablets from a website for your back, way cheaper than seeing a doctor.',
      ['unapproved-drugs:asserts'],
    ],
    ['Exercise is no better than rest for back pain.', ['exercise-helps:denies']],
  ]);
});

// The writer's back said to be fine does not make another region's drug a back claim; a physio who
// 'keeps saying' or 'recommended' passes advice on, as one who 'said' does.
describe('a back said to be fine, advice passed on', () => {
  makesExactly([
    ['Baclofen for my neck after the crash, my back is totally fine.', []],
    [
      'Cyclobenzaprine for my neck and my lower back, both in spasm.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'Foam rolling the lower back is fine and it really loosens everything off.',
      ['massage-helps:asserts'],
    ],
    ['I want to deadlift again even though my physio keeps saying I should wait.', []],
  ]);
});

// Water to be in is not water to drink; 'brace your core' is a lifting cue, not core strength.
describe('water to be in, a bracing cue', () => {
  makesExactly([
    [
      'Ibuprofen knocked out my back flare in four days, back in the water by Saturday.',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      'Drink more water or your back will spasm, seen it a hundred times.',
      ['dehydration-causes-spasms:asserts'],
    ],
    ['Brace your core and push the floor away, that cue fixed my deadlift.', []],
    ['Strengthening my core fixed my back pain.', ['core-weakness-causes-pain:experience']],
  ]);
});

// Advice against the bed whose negation is the term's own word ("don't lie in bed") denies; "doesn't
// do anything lasting" and "a poor treatment" deny; "my poor back" is a back.
describe('the bed refused, lasting and poor', () => {
  makesExactly([
    ["Don't lie in bed with a bad back.", ['bed-rest:denies']],
    ['Do not stay in bed for days with back pain.', ['bed-rest:denies']],
    ['I could barely lie in bed without screaming last night.', []],
    [
      "Massage feels lovely but it doesn't do anything lasting for back pain.",
      ['massage-helps:denies'],
    ],
    ['Opioids are a poor treatment for ordinary back pain.', ['opioids-for-back-pain:denies']],
    ['My poor back has been through the wars this week.', []],
  ]);
});

// From the twenty-fifth set's misses, written anew: a practitioner introducing themselves makes no
// claim for their own trade; "it won't fix your back" judges the thing; "a temporary patch at best";
// "don't take it lightly" urges; a neck's couch, opening hours and ice in drinks are no claims.
describe('claims after the twenty-fifth set', () => {
  makesExactly([
    ["Massage feels great for an hour but it won't fix your back.", ['massage-helps:denies']],
    ['Epidurals are a temporary patch at best.', ['steroid-injections:denies']],
    ["See a doctor about that back and don't take it lightly.", ['see-doctor-red-flags:asserts']],
    ["Neck's been stiff since I slept on the couch.", []],
    ['Is the osteopath still open on Saturday mornings?', []],
    ["Ice in the drinks, fan on full blast, that's summer here.", []],
    ["Massage is nice but it won't fix your back.", ['massage-helps:denies']],
    ["See a doctor about that back, don't take it lightly.", ['see-doctor-red-flags:asserts']],
    [
      "Physio here: for ordinary low back pain an MRI won't change much.",
      ['imaging-needed:denies'],
    ],
  ]);
});

// A second independent review, of the session's later changes: probe sentences at their edges (a
// yardstick judged with the claim it measures, 'nothing better than', insurance that paid for a
// treatment that worked, a physio 'here in Dublin', a back fine 'thanks to' the stretches, water to
// be on and to drink); 35 of them were wrong before the session.
describe('claims at the edges of the fourteenth session, second review', () => {
  makesExactly([
    [
      'my insurance covered 10 physio sessions and they fixed my back',
      ['physical-therapy:experience'],
    ],
    ['how much is a TENS unit and does it help sciatica?', ['tens-helps:asks']],
    [
      "Bupa covered the whole microdiscectomy and I've been pain free since",
      ['surgery-needed:experience'],
    ],
    [
      'paid out of pocket for a chiro and he sorted my lower back in 3 visits',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      "acupuncture isn't covered by my plan but it's the only thing that calms my back spasms",
      ['acupuncture-helps:experience'],
    ],
    [
      'chiro was out of pocket, 60 bucks, and totally worth it, my back felt loose for weeks',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'Aetna covered 12 PT visits, made zero difference to my back',
      ['physical-therapy:experience'],
    ],
    [
      'how much is an inversion table? mine broke and hanging upside down is what keeps my sciatica away',
      ['traction-helps:experience'],
    ],
    [
      'the going rate for a massage here is 80 bucks but my lower back has been so much looser since I started',
      ['massage-helps:experience'],
    ],
    [
      'insurance covered the MRI and it showed a herniated L5-S1 pressing on the nerve, thats what causes my sciatica',
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience'],
    ],
    [
      'my back is covered by a heat wrap all day at work and it really takes the edge off',
      ['heat-helps:experience'],
    ],
    [
      'how much is a good stretching routine really gonna help my lower back?',
      ['stretching-helps:asks'],
    ],
    [
      'how much does a chiro actually help with lower back pain?',
      ['spinal-manipulation-helps:asks'],
    ],
    [
      'is acupuncture worth it for lower back pain or is it a waste of money?',
      ['acupuncture-helps:asks'],
    ],
    [
      'how much would it cost to get an epidural, and is it worth it for sciatica?',
      ['steroid-injections:asks'],
    ],
    [
      'is a firm mattress worth the money for back pain? how much is a decent one',
      ['mattress-firm:asks'],
    ],
    [
      'philhealth doesnt cover it but the massage therapist really loosened up my back spasms',
      ['massage-helps:experience'],
    ],
    [
      'Blue Cross covered my epidural and it was the best thing I ever did for my back',
      ['steroid-injections:experience'],
    ],
    [
      'ballpark, like 90% of back pain episodes clear up on their own within 6 weeks',
      ['most-recover:asserts'],
    ],
    [
      'the FAQ has it covered: stay active, walk, and most back pain gets better by itself',
      ['bed-rest:denies', 'exercise-helps:asserts', 'most-recover:asserts'],
    ],
    ['does medicare cover a chiropractor for lower back pain?', []],
    ["what's the going rate for a sports massage in Leeds? back is in bits", []],
    ['out of pocket physio is like $120 a session here, ridiculous', []],
    ['how much is a lumbar MRI if you go private?', []],
    ['how much is a back brace at walmart, ballpark?', []],
    ['does bupa cover physio for a back injury or do I need a GP referral', []],
    ['my plan has a $40 copay for PT, is that normal?', []],
    ['walking is no better than swimming for my back, both help', ['exercise-helps:experience']],
    [
      'chiro did no better than my physio, both useless',
      ['physical-therapy:experience', 'spinal-manipulation-helps:experience'],
    ],
    [
      'ibuprofen worked no better than tylenol for my back, neither did a thing',
      ['nsaids-for-back-pain:experience', 'paracetamol-for-back-pain:experience'],
    ],
    ['Tylenol is no better than placebo for back pain', ['paracetamol-for-back-pain:denies']],
    [
      'acupuncture was no better than sham needling in the trials, save your money',
      ['acupuncture-helps:denies'],
    ],
    [
      'physio is cheaper than a chiro and it actually fixed my back',
      ['physical-therapy:experience'],
    ],
    [
      'Naproxen is no better than Tylenol for back pain, neither of them work according to the Cochrane review',
      ['nsaids-for-back-pain:denies', 'paracetamol-for-back-pain:denies'],
    ],
    [
      'nothing better than a hot bath and a couple of advil after my back spasms',
      ['heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    [
      'ibuprofen is cheaper than a massage and both take the edge off my back spasms',
      ['massage-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    [
      'Tylenol is not better than placebo, but ibuprofen does help a bit for back pain',
      ['nsaids-for-back-pain:asserts', 'paracetamol-for-back-pain:denies'],
    ],
    [
      'nothing better than a good stretch after a long shift, my back thanks me',
      ['stretching-helps:experience'],
    ],
    [
      'the foam roller is way cheaper than a massage therapist and works just as well on my back knots',
      ['massage-helps:experience'],
    ],
    [
      'the back brace was cheaper than physio and honestly did more for my back',
      ['braces-supports:experience'],
    ],
    [
      'the TENS machine did no better than a heating pad for me, both gave some relief to my back',
      ['heat-helps:experience', 'tens-helps:experience'],
    ],
    [
      'RFA did no better than exercise therapy in the big trial',
      ['radiofrequency-ablation:denies'],
    ],
    [
      'for my sciatica gabapentin was no better than tramadol, neither touched it',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'put more ice on it, 20 min on 20 off for the first two days of a back strain',
      ['ice-first:asserts'],
    ],
    [
      'extra ice on the lower back the first 48 hours, then switch to heat',
      ['heat-helps:asserts', 'ice-first:asserts'],
    ],
    [
      'ice it. pure ice in a ziploc wrapped in a towel, on your lower back 15 min at a time',
      ['ice-first:asserts'],
    ],
    ['roads are pure ice here, slipped on the driveway and tweaked my back', []],
    ['icy roads all week so no walks, and my back is stiffer than ever', []],
    ['the belt lets me brace harder on heavy squats', []],
    ['holding my back stiff like a brace all day is exhausting', []],
    [
      'since my disc injury I wear a lumbar brace at work and it helps a ton',
      ['braces-supports:experience', 'disc-bulge-explains-pain:experience'],
    ],
    [
      'brace your core all you want, a weak core is still the root of most back pain',
      ['core-weakness-causes-pain:asserts'],
    ],
    [
      "bracing the core isn't enough, you need to actually strengthen your core if your back keeps hurting",
      ['core-weakness-causes-pain:asserts'],
    ],
    [
      "don't lie in bed all day, keep moving, it's the worst thing for a bad back",
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    ['Do not stay in bed with back pain, the research on that is clear', ['bed-rest:denies']],
    ['never lie in bed for more than a day with a back spasm', ['bed-rest:denies']],
    [
      'whatever you do, do not lie in bed for a week like i did, my back got stiffer',
      ['bed-rest:denies'],
    ],
    [
      "they say don't stay in bed but that's rubbish, bed rest is what fixes a bad back",
      ['bed-rest:asserts'],
    ],
    ['with my neck the way it is I try not to lie in bed reading', []],
    [
      'honestly lying in bed was the only thing that helped my back the first week',
      ['bed-rest:experience'],
    ],
    [
      'drink more water, dehydration is why your back spasms',
      ['dehydration-causes-spasms:asserts'],
    ],
    ["I'm back in the water by Saturday, the back spasm is finally gone", []],
    ['water polo wrecked my lower back', []],
    [
      'spent all day on the water fishing and forgot to drink anything, woke up with my back in spasm',
      ['dehydration-causes-spasms:experience'],
    ],
    [
      "if you're not drinking enough water your back muscles will spasm, i learned that in my water polo days",
      ['dehydration-causes-spasms:asserts'],
    ],
    [
      'drink water before you get in the water, dehydrated muscles cramp and my back always seized after long swims',
      ['dehydration-causes-spasms:asserts'],
    ],
    ["my neck's been in spasm all week, flexeril helps a bit", []],
    [
      "my neck's fine now but my lower back still needs the flexeril every night",
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      "knee's fine, it's my lower back that the chiro fixed",
      ['spinal-manipulation-helps:experience'],
    ],
    [
      "my shoulder's a mess but ibuprofen keeps my back pain in check",
      ['nsaids-for-back-pain:experience'],
    ],
    [
      "my knee's fine but my back spasms need the robaxin most nights",
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ["my back's fine, it's my neck the muscle relaxers are for", []],
    [
      "my back's fine now thanks to the stretches, neck's still sore tho",
      ['stretching-helps:experience'],
    ],
    [
      "my back is fine since I quit deadlifting, my shoulder's another story",
      ['lifting-harmful:experience'],
    ],
    [
      "back's totally fine since the microdiscectomy, best decision ever, only my wrist's sore from the crutches",
      ['surgery-needed:experience'],
    ],
    [
      "my back is ok now thanks to the heating pad, but my neck's still killing me",
      ['heat-helps:experience'],
    ],
    ["the heating pad is for my neck, my back's fine", []],
    [
      'physio here: bed rest is outdated, keep moving',
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      'PT here, and honestly PT helps most people with back pain more than any pill',
      ['physical-therapy:asserts'],
    ],
    [
      "as a physio I'd say see a doctor straight away if you have numbness in the groin",
      ['see-doctor-red-flags:asserts'],
    ],
    [
      "I'm a physio and even I needed physio for my own back, and it worked",
      ['physical-therapy:experience'],
    ],
    ['is it worth seeing a physio here in Cork for sciatica?', ['physical-therapy:asks']],
    [
      'any good physio here in Dublin for a bad back? does it actually help',
      ['physical-therapy:asks'],
    ],
    [
      'went to a PT here in town and my back has never felt better',
      ['physical-therapy:experience'],
    ],
    [
      "physio recommended a lumbar roll for my chair and it's made a massive difference to my back",
      ['braces-supports:experience'],
    ],
    ["massage feels great for an hour but it won't fix your back", ['massage-helps:denies']],
    ['heat feels great and it really helps my back loosen up', ['heat-helps:experience']],
    ["heat doesn't do anything lasting for back pain, it just masks it", ['heat-helps:denies']],
    ['TENS is a poor treatment for chronic back pain', ['tens-helps:denies']],
    [
      'my poor back, the chiro cracked it and it felt amazing after',
      ['spinal-manipulation-helps:experience'],
    ],
    ['cortisone shots are a temporary patch at best for back pain', ['steroid-injections:denies']],
    [
      "don't take it lightly if you lose bladder control with back pain, go to the ER",
      ['see-doctor-red-flags:asserts'],
    ],
    [
      "don't take it easy, stay active, bed rest makes back pain worse",
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    [
      "don't take it personally but chiro is snake oil for back pain",
      ['spinal-manipulation-helps:denies'],
    ],
    [
      "don't take it on an empty stomach, but naproxen is brilliant for back pain",
      ['nsaids-for-back-pain:asserts'],
    ],
    [
      "lying in bed won't help your back, get moving",
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
    ["foam rolling won't fix your back but it feels nice", ['massage-helps:denies']],
    ['physio is massively overrated for back pain', ['physical-therapy:denies']],
    ['the yoga mat stretches saved my back', ['stretching-helps:experience']],
    [
      'stretching on the yoga mat every morning fixed my lower back',
      ['stretching-helps:experience'],
    ],
    [
      'the heat pack feels amazing but honestly it does nothing lasting for my sciatica',
      ['heat-helps:experience'],
    ],
    [
      "muscle relaxers feel great but they won't fix your back, they just knock you out",
      ['muscle-relaxants-relax-muscles:denies'],
    ],
    ["is the physio clinic still open on saturdays? my back's locked up", []],
    [
      "the physio that's open on saturday mornings near me sorted my back out in 4 sessions",
      ['physical-therapy:experience'],
    ],
    [
      'ordered etizolam online without a prescription for my back spasms, it knocked them right out',
      ['unapproved-drugs:experience'],
    ],
    [
      "ordering diazepam online without a script is sketchy but it's the only thing that stops my back spasms, and it helps me sleep too",
      ['benzodiazepines-for-back-pain:experience', 'unapproved-drugs:experience'],
    ],
    [
      'went to the walk-in clinic and the doc said walk every day, my back was better within a week',
      ['exercise-helps:experience'],
    ],
    ['been walking crooked for 3 days, my back is totally locked', []],
    [
      'my back popped outta place again, chiro put it back in',
      ['spinal-manipulation-helps:experience', 'spine-out-of-place:experience'],
    ],
    [
      'the codeine in the tylenol 3s is what actually helped my back',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'physio was useful for my back, the exercises especially',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    [
      'took lortab for my back after the fall and it barely touched the pain',
      ['opioids-for-back-pain:experience'],
    ],
    ["bruise on my forehead so I put ice on it, back's fine", []],
    [
      'Physio here. Most acute back pain settles in a few weeks, just keep moving',
      ['bed-rest:denies', 'exercise-helps:asserts', 'most-recover:asserts'],
    ],
    [
      "As a physio, I'd never tell anyone to get an MRI for simple back pain",
      ['imaging-needed:denies'],
    ],
    ['pt here, a heating pad is totally fine for a back spasm, go for it', ['heat-helps:asserts']],
    [
      "my PT recommended walking 20 minutes a day and it's the best thing I've done for my back",
      ['exercise-helps:experience'],
    ],
    [
      'is a TENS unit covered by insurance, and does it actually work for back pain?',
      ['tens-helps:asks'],
    ],
    [
      'my back surgery was covered by insurance and the fusion fixed my sciatica completely',
      ['surgery-needed:experience'],
    ],
    [
      'cheaper than a chiro: a lacrosse ball against the wall works wonders on my back knots',
      ['massage-helps:experience'],
    ],
    [
      'the inversion table did no better than just hanging from a pull up bar for my back',
      ['traction-helps:experience'],
    ],
    [
      'heat is no better than ice for my back, neither does much',
      ['heat-helps:experience', 'ice-first:experience'],
    ],
    [
      'you need ice, more ice, every couple hours for the first 2 days on a back strain',
      ['ice-first:asserts'],
    ],
    ["don't lie in bed, I did for 2 weeks and it made my back worse", ['bed-rest:denies']],
    ["don't lie in bed on your stomach, it wrecks your lower back", []],
    [
      'never lie in bed looking at your phone, hunching like that destroys your back',
      ['posture-causes-pain:asserts'],
    ],
    [
      "my neck's sore too but my lower back is what the muscle relaxers actually help",
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    [
      'The physio here at the hospital sorted out my back in 5 sessions',
      ['physical-therapy:experience'],
    ],
    [
      "Not better than a placebo: that's what the trials say about chiropractic for back pain",
      ['spinal-manipulation-helps:denies'],
    ],
    [
      "cheaper than physio and just as good: got the mckenzie book, did the exercises and my back's sorted",
      ['exercise-helps:experience'],
    ],
  ]);
});

// From the twenty-sixth set's misses, written anew: misspellings (acupunture, codine, diazapam),
// regional names (Crocin, Dafalgan, Ortoton, Tramal, tuina, hilot, interferencial), 'not a damage
// meter', 'turns up the volume', a spasm that can't 'squash' a nerve, 'lift with ya legs'.
describe('claims after the twenty-sixth set', () => {
  makesExactly([
    ['Acupunture helped my lower back more than anything.', ['acupuncture-helps:experience']],
    [
      'Took codine for my back and it bunged me up for nothing.',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'Crocin is enough for a back ache, no need for strong tablets.',
      ['paracetamol-for-back-pain:asserts'],
    ],
    [
      'The doctor gave me Ortoton for the Hexenschuss in my back.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ['Tuina on my lower back every week keeps it loose.', ['massage-helps:experience']],
    ['Interferencial current is great for back spasms.', ['tens-helps:asserts']],
    [
      'Pain is an output of the brain, not a damage meter.',
      ['pain-equals-damage:denies', 'pain-is-output:asserts'],
    ],
    [
      "A tight muscle can't squash a nerve hard enough to cause sciatica.",
      ['spasm-compresses-nerve:denies'],
    ],
    ['Lift with ya legs not ya back, every single time.', ['lifting-flexion-injury:asserts']],
  ]);
});

// "Don't actually do owt" denies like "don't do anything"; "a gamble" judges, "worth the gamble"
// does not.
describe('owt and a gamble', () => {
  makesExactly([
    ["Heating pads feel nice but they don't actually do owt for back pain.", ['heat-helps:denies']],
    ['A fusion for plain back pain is a gamble.', ['surgery-needed:denies']],
    ['The fusion was worth the gamble, my back is finally stable.', ['surgery-needed:experience']],
  ]);
});

// From the twenty-seventh set's misses, written anew: misspelt and regional drug names (Voltarin,
// predisone, Tramadoll, Dolo, Myonal, Norgesic), a heat rash, and claims dismissed by "people need to
// stop saying", "I'm tired of people telling me", "sick of hearing"; "idk if" asks.
describe('claims after the twenty-seventh set', () => {
  makesExactly([
    [
      'Voltarin gel on my lower back is the only thing that takes the edge off.',
      ['nsaids-for-back-pain:experience'],
    ],
    ['Does predisone actually help an acute back flare?', ['oral-steroids:asks']],
    [
      'Tramadoll is the only thing that gets me through a shift when my back flares.',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'For a sore lower back just take two Dolo 650, it works fine.',
      ['paracetamol-for-back-pain:asserts'],
    ],
    [
      'The doctor gave me Myonal for the spasm in my lower back and it loosened it right up.',
      ['muscle-relaxants-relax-muscles:experience'],
    ],
    ['Is Norgesic any good for a lower back spasm?', ['muscle-relaxants-relax-muscles:asks']],
    ['I got a heat rash on my back from the new sunscreen.', []],
    ['People need to stop saying lifting is bad for your spine.', ['lifting-harmful:denies']],
    [
      "I'm so tired of people telling me my back pain is all in my brain.",
      ['pain-is-output:denies'],
    ],
    ['Sick of hearing that bed rest fixes a bad back.', ['bed-rest:denies']],
    ['idk if heat or ice is better for my lower back rn', ['heat-helps:asks', 'ice-first:asks']],
    ['Dunno if a firm mattress would help my back or not.', ['mattress-firm:asks']],
  ]);
});

// Spinal manipulation told as an act ("the osteo said it was out and popped it back in"), even where a
// practitioner's words open the sentence; "has anyone had …" engages with a treatment.
describe('spinal manipulation told as an act', () => {
  makesExactly([
    [
      'Has anyone had spinal manipulation for their lower back?',
      ['spinal-manipulation-helps:asks'],
    ],
    ['Anybody had an osteopath work on a lower back spasm?', ['spinal-manipulation-helps:asks']],
    [
      'The osteo said my sacrum was out and popped it back in, I could bend again the next day.',
      ['spinal-manipulation-helps:experience', 'spine-out-of-place:experience'],
    ],
    [
      'My chiro reckoned my pelvis was tilted, cracked me twice and the ache was gone by evening.',
      ['spinal-manipulation-helps:experience'],
    ],
    ['I put it back on the shelf because my back was killing me.', []],
    ['My chiro said to walk more and sit less.', []],
    ['The chiro cracked a joke about my posture.', []],
    ["My chiro's receptionist put it back a week because of the holidays.", []],
  ]);
});

// A tenth independent review's probes, written from the catalogue at the edges of the twenty-seventh
// set's readings: "idk if … but …" hedges, "stop saying … and get …" orders, a heat rash beside a heat
// pack, "solo dolo", and the new drug names in other regions and senses.
describe('the tenth review', () => {
  makesExactly([
    ['People need to stop saying lifting is bad for your back.', ['lifting-harmful:denies']],
    [
      'We need to stop telling people that bed rest is the cure for a bad back.',
      ['bed-rest:denies'],
    ],
    [
      'Stop telling people to take ibuprofen for every back twinge, it wrecks your stomach.',
      ['nsaids-for-back-pain:denies'],
    ],
    ['Sick of hearing that bed rest fixes a bad back.', ['bed-rest:denies']],
    [
      "I'm tired of people telling me to just stretch more for my back.",
      ['stretching-helps:denies'],
    ],
    [
      'Tired of people saying a firm mattress is the answer for every bad back.',
      ['mattress-firm:denies'],
    ],
    ['Sick of people telling me that ice will fix my back.', ['ice-first:denies']],
    [
      'Stop telling people that sciatica always needs surgery, most cases settle down on their own.',
      ['most-recover:asserts', 'surgery-needed:denies'],
    ],
    [
      'People need to stop saying heat helps when the injury is still fresh.',
      ['heat-helps:denies'],
    ],
    [
      "I'm tired of hearing my husband say I should see a chiropractor for my back.",
      ['spinal-manipulation-helps:denies'],
    ],
    [
      'Folks need to stop telling others that a back brace will fix everything.',
      ['braces-supports:denies'],
    ],
    ["You have to stop saying you're fine and get an MRI already.", ['imaging-needed:asserts']],
    ['Sick of hearing my back crack every time I stand up.', []],
    [
      "I'm sick of hearing excuses, just book the physio and do the exercises.",
      ['exercise-helps:asserts', 'physical-therapy:asserts'],
    ],
    [
      'Tired of hearing all the horror stories, my microdiscectomy was the best thing I ever did.',
      ['surgery-needed:experience'],
    ],
    [
      "I'm tired of being told it's just a muscle, so I'm paying for an MRI myself.",
      ['imaging-needed:experience'],
    ],
    [
      'Sick of being told to lose weight; the chiro is the only one who has actually helped my back.',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'Sick of hearing myself complain so I finally booked a physio appointment for my back.',
      ['physical-therapy:experience'],
    ],
    [
      'I was tired of being told to wait so I paid for a private MRI of my lower back.',
      ['imaging-needed:experience'],
    ],
    [
      "I need to stop saying I'll do my back exercises tomorrow and actually do them.",
      ['exercise-helps:experience'],
    ],
    ["I'm tired of hearing the neighbours' dog all night and my back is stiff from the sofa.", []],
    ["I'm sick of hearing that, just go and get an MRI.", ['imaging-needed:asserts']],
    [
      "People need to stop saying it's only a pulled muscle and tell you to see a doctor when your leg goes numb.",
      ['see-doctor-red-flags:asserts'],
    ],
    ['idk if heat or ice is better for a fresh back spasm', ['heat-helps:asks', 'ice-first:asks']],
    ['Dunno whether a TENS unit is worth the money for lower back pain.', ['tens-helps:asks']],
    [
      'idk whether to try acupuncture or massage next for my back',
      ['acupuncture-helps:asks', 'massage-helps:asks'],
    ],
    [
      'Dunno if I should push for an MRI or give my back a few more weeks.',
      ['imaging-needed:asks'],
    ],
    ['idk if it was the chiro but my back feels great', ['spinal-manipulation-helps:experience']],
    [
      'idk if this helps but heat and ibuprofen got me through my last flare',
      ['heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    [
      'Dunno if this helps anyone but physio fixed my back in six weeks.',
      ['physical-therapy:experience'],
    ],
    [
      "idk if it's the new firm mattress or the stretching but my back hasn't hurt in weeks",
      ['mattress-firm:experience', 'stretching-helps:experience'],
    ],
    [
      "Dunno whether it's related but since I started Dolo 650 the back ache has eased.",
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      'idk if anyone else gets this but a hot shower is the only thing that loosens my back in the morning',
      ['heat-helps:experience'],
    ],
    [
      "Dunno if it's relevant, but I had a microdiscectomy in 2019 and it fixed my sciatica.",
      ['surgery-needed:experience'],
    ],
    [
      'idk if this counts as advice but see a doctor if you lose bladder control with back pain',
      ['see-doctor-red-flags:asserts'],
    ],
    [
      'idk if ur allowed to say this here but tramadol is the only thing that works for my back',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'IDK IF THIS HELPS BUT ICE FIRST FOR 48 HOURS THEN HEAT',
      ['heat-helps:asserts', 'ice-first:asserts'],
    ],
    [
      "My back's been way better since the chiro, idk if it's coincidence.",
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'I dunno if physio will fix it but I booked three sessions for my back.',
      ['physical-therapy:experience'],
    ],
    ['idk if the foam roller is actually doing anything for my back', ['massage-helps:asks']],
    [
      'Rubbing Voltaran on my lower back twice a day has really helped.',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      "Voltarene is just diclofenac, it won't do much for deep back pain.",
      ['nsaids-for-back-pain:denies'],
    ],
    ['Voltarin gel for my knee after the long run.', []],
    [
      'My doctor put me on predisone for five days and the back spasm finally let go.',
      ['oral-steroids:experience'],
    ],
    [
      'Should I ask for prednizone or is that overkill for a pulled back muscle?',
      ['oral-steroids:asks'],
    ],
    [
      'Dolo 650 twice a day and my back still hurts like hell.',
      ['paracetamol-for-back-pain:experience'],
    ],
    [
      'Just take a Dolo-650 for the back ache, works every time.',
      ['paracetamol-for-back-pain:asserts'],
    ],
    ['Tengo dolor de espalda desde ayer y no puedo dormir.', []],
    ['Moving house solo dolo this weekend and my back is already screaming.', []],
    [
      "Tramadoll every night for my back and I'm scared I'm getting hooked.",
      ['opioids-for-back-pain:experience'],
    ],
    ["My vet prescribed tramadal for the dog's back.", []],
    ['They gave me tramdol after my hip surgery.', []],
    [
      'Is tramadal safe to take with ibuprofen for a bad back?',
      ['nsaids-for-back-pain:asks', 'opioids-for-back-pain:asks'],
    ],
    [
      'Myonal and a hot water bottle got me through the worst of the back spasm.',
      ['heat-helps:experience', 'muscle-relaxants-relax-muscles:experience'],
    ],
    ['My dentist gave me Myonal for jaw clenching.', []],
    ['Eperisone for my stiff neck after the car accident.', []],
    [
      'Ask your GP about eperisone, it relaxes the back muscles.',
      ['muscle-relaxants-relax-muscles:asserts'],
    ],
    ['Norgesic knocked my back spasm right out.', ['muscle-relaxants-relax-muscles:experience']],
    [
      'I got a heat rash on my back from sleeping on the heating pad, but it really does help the spasms.',
      ['heat-helps:experience'],
    ],
    ['Prickly heat all over my lower back this summer, nothing to do with the pain.', []],
    [
      'Heat rash or not, a hot bath is the only thing that eases my back.',
      ['heat-helps:experience'],
    ],
    [
      "Heat helps my back but I'm prone to heat rash so I keep it to 20 minutes.",
      ['heat-helps:experience'],
    ],
    ['I got a heat rash on my back from the new sunscreen.', []],
    ['Is that a heat rash or did the heat pack burn me?', []],
    [
      "Don't let anyone tell you that you need surgery for a bulging disc.",
      ['surgery-needed:denies'],
    ],
    ['Not sure if heat or ice is better for my back.', ['heat-helps:asks', 'ice-first:asks']],
    [
      "I'm tired and my back hurts, so I'm taking two ibuprofen.",
      ['nsaids-for-back-pain:experience'],
    ],
    ['Doctor told me to keep walking and it really helped my back.', ['exercise-helps:experience']],
    [
      "People keep telling me to get an MRI but I'm not convinced it would change anything.",
      ['imaging-needed:denies'],
    ],
    [
      'Voltaren gel on my lower back is the only thing that takes the edge off.',
      ['nsaids-for-back-pain:experience'],
    ],
    ['Prednisone for five days sorted my back flare right out.', ['oral-steroids:experience']],
    ['Panadol does nothing for my back.', ['paracetamol-for-back-pain:experience']],
    ['Wondering if a heating pad would help my lower back.', ['heat-helps:asks']],
  ]);
});

describe('after the twenty-eighth blind set: general readings it showed', () => {
  // A last clause that asks without a question mark; "…, do it daily" orders and "…, can you
  // believe it" wonders. A yardstick that something "doesn't beat"; "nothing touches" a named drug
  // praises it. A harm after a clause of time or condition inside the practice's own clause.
  // Another sense, body part or patient: sleep, a belt's place, a drink, a child's fever, a mole.
  // A leg going weak beside a doctor seen; asking whether spasms are real; disc findings in
  // people without back pain; the next episode; years of sitting; seitai.
  makesExactly([
    [
      'in Japan the clinic x-rays your back on the first visit every time, is that actually necessary',
      ['imaging-needed:asks'],
    ],
    [
      "coach says my tight hamstrings are pulling on my lower back and that's why it aches, is that actually a thing",
      ['muscle-imbalance-causes-pain:asks'],
    ],
    ['hurt my back lifting the pram, will it settle on its own at 68', ['most-recover:asks']],
    [
      'hanging from a pull up bar decompresses the spine, do it daily if your back aches',
      ['traction-helps:asserts'],
    ],
    [
      'the chiro cracked my back and the pain was gone the next day, can you believe it',
      ['spinal-manipulation-helps:experience'],
    ],
    ["RICE is outdated for back pain, ice doesn't really beat heat for this", ['ice-first:denies']],
    [
      "the ice-for-48-hours thing is outdated, there's no good evidence cold beats heat for a back",
      ['ice-first:denies'],
    ],
    ['tbh for a proper back flare nothing touches oxycodone', ['opioids-for-back-pain:asserts']],
    ['nothing touches it, not even tramadol', ['opioids-for-back-pain:denies']],
    [
      "stretching your lower back when it's in spasm can make it worse",
      ['stretching-helps:denies'],
    ],
    ['heat helps if the cold makes it worse', ['heat-helps:asserts']],
    ['diazepam for sleep is a terrible idea long term', []],
    ['the pain sits just above my belt on the left side', []],
    ['ice in every drink is basically mandatory in this heat', []],
    ["DS has a temperature of 38.5, calpol or nurofen first, he's 4", []],
    ["see a doctor about that mole, seriously, don't leave it", []],
    [
      'went to urgent care bc my foot went weak, turned out to be a massive herniation',
      ['see-doctor-red-flags:experience'],
    ],
    ["is it true that back spasms aren't really muscle spasms at all", ['spasms-dont-exist:asks']],
    [
      'is it true that most people without any back pain would have disc bulges on an MRI too',
      ['degeneration-normal:asks'],
    ],
    [
      'does doing the exercises actually stop the next episode',
      ['exercise-prevents-recurrence:asks'],
    ],
    [
      'I did my rehab exercises religiously and my back still went again a year later',
      ['exercise-prevents-recurrence:experience'],
    ],
    [
      "don't quit the rehab exercises once it feels fine, they're your insurance against the next episode",
      ['exercise-prevents-recurrence:asserts'],
    ],
    [
      'twenty years of sitting in a cockpit seat is what did my lower back in',
      ['posture-causes-pain:experience'],
    ],
    [
      'in Japan I went to seitai every week for my back and it never helped',
      ['spinal-manipulation-helps:experience'],
    ],
  ]);
});

describe('after the twenty-ninth blind set: words it showed', () => {
  // LBP; exercising; picking things up with a rounded back (with a back named); bending the spine;
  // ice in a glass and rice krispies; walking around with a finding; everyone my age; stopping it
  // returning; koyok, Movalis, Relanium, a contracture pressing the nerve; going away by itself; a
  // facet joint injection; spasms called imaginary; stress turning the pain up; taking to one's
  // bed; a gallon of water carried.
  makesExactly([
    [
      'After the pain is gone you must continue exercising, otherwise it will come back in some months.',
      ['exercise-prevents-recurrence:asserts', 'most-recover:asserts'],
    ],
    [
      'once the pain is gone do I really need to keep doing the exercises to stop it returning?',
      ['exercise-prevents-recurrence:asks'],
    ],
    [
      'is it actually bad to pick things up with a rounded back or is that a gym bro myth?',
      ['lifting-flexion-injury:asks'],
    ],
    [
      'Bending your spine to pick things up is not dangerous, your back is built to flex.',
      ['lifting-flexion-injury:denies'],
    ],
    ['tail tucking at the bottom of my squat, any cues to fix it for depth?', []],
    ['stick some ice in a glass of squash and sit in the shade', []],
    ['my back sounds like a bowl of rice krispies every morning', []],
    [
      'a bulge on your scan doesnt mean the bulge is the cause, loads of people walk around with them pain free',
      ['degeneration-normal:asserts', 'disc-bulge-explains-pain:denies'],
    ],
    [
      'is it true that everyone my age has bulging discs on an MRI even if they dont hurt?',
      ['degeneration-normal:asks'],
    ],
    [
      'I put koyok warm patch on my lower back every night and it feel much better',
      ['heat-helps:experience'],
    ],
    [
      'My doctor made Movalis injections for three days and the back became much more easy',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      'I got Relanium from my doctor in Krakow for the back spasm',
      ['benzodiazepines-for-back-pain:experience'],
    ],
    [
      'the doctor said my muscle contracture is pressing the nerve, that is why I feel the shock in the leg',
      ['spasm-compresses-nerve:experience'],
    ],
    [
      'The back pain went away by itself after two weeks, I did not take any medicine.',
      ['most-recover:experience'],
    ],
    ['anyone had a facet joint injection, did it help', ['steroid-injections:asks']],
    [
      'I find the notion that back spasms are imaginary rather insulting',
      ['spasms-dont-exist:denies'],
    ],
    [
      'my back is always worst in exam season, stress turns my pain right up',
      ['pain-is-output:experience'],
    ],
    ["In my day one took to one's bed for a fortnight with a bad back", ['bed-rest:experience']],
    [
      'sorry my english, my back is very pain since yesterday after I carry the gallon of water',
      [],
    ],
  ]);
});

describe("verdicts after the writer's story (the twenty-sixth set's stance)", () => {
  // A later clause that judges the thing: "they don't stop it recurring", "the evidence is dismal",
  // "it's not some magic shield"; but "no magic cure but it helped" limits, and "doesn't stop me"
  // is about the writer.
  makesExactly([
    [
      "Did all the exercises religiously and it still came back, so no, they don't stop it recurring.",
      ['exercise-prevents-recurrence:denies'],
    ],
    [
      'Cortisone shots in the back buy you a few weeks at best, the evidence is dismal.',
      ['steroid-injections:denies'],
    ],
    [
      "I warm up for twenty minutes before every session and my back still spasmed last week, so it's not some magic shield.",
      ['warmup-prevents:denies'],
    ],
    [
      "Exercise made my back pain worse every time I tried, so no, it's not some magic cure.",
      ['exercise-helps:denies'],
    ],
    ["did physio for a year, it's no magic cure but it helped", ['physical-therapy:experience']],
    [
      "I take ibuprofen for my back at night, it doesn't stop me working",
      ['nsaids-for-back-pain:experience'],
    ],
    // The writer's story promised to the reader is advice.
    ["arch supports sorted my back out and they'll sort yours", ['insoles-orthotics:asserts']],
    ["RF ablation changed my life and it'll change yours", ['radiofrequency-ablation:asserts']],
    // A closing verdict in an opinion's frame: "…, sounds like a money racket to me".
    [
      "Eish, chiro says I've got a subluxation at L4 and need 20 sessions, sounds like a money racket to me.",
      ['spinal-manipulation-helps:denies', 'spine-out-of-place:denies'],
    ],
    ['tried acupuncture for my back twice, seems like a scam to me', ['acupuncture-helps:denies']],
    [
      'tried acupuncture for my back twice, sounds like a plan to me',
      ['acupuncture-helps:experience'],
    ],
    // Calling BS on a thing judges it, whatever the writer tried first.
    [
      "Standing desk, ergonomic chair, monitor arm, still got back pain, so I'm calling BS on the whole posture industry.",
      ['posture-causes-pain:denies'],
    ],
  ]);
});

describe("the eleventh independent review: the edges of the sixteenth session's readings", () => {
  // 99 probes written from the catalogue at the edges of this session's readings: tags and
  // rhetorical or answered tails are no questions, "did it for 3 months" tells, a word named again
  // only as a whole word, a harm in a when-clause's own verb is not the practice's, a doctor seen
  // about nerve signs in the legs, and other senses of the session's new words.
  makesExactly([
    [
      'sitting all day every day, is it any wonder my back hurts',
      ['posture-causes-pain:experience'],
    ],
    ['just go see a physio about your back, is it that hard', ['physical-therapy:asserts']],
    [
      'keep some ibuprofen handy for your back, should you need it',
      ['nsaids-for-back-pain:asserts'],
    ],
    ['see a doctor about your back, will you', ['see-doctor-red-flags:asserts']],
    ['heat is the best thing for a back spasm, is it not', ['heat-helps:asserts']],
    ["bed rest doesn't help back pain, does it", ['bed-rest:denies']],
    [
      'went to physio for my back, did that for 3 months and nothing',
      ['physical-therapy:experience'],
    ],
    ['my wife swears by yoga for her back, does it every morning', ['stretching-helps:asserts']],
    [
      'tramadol was the only thing that touched my sciatica, did it for 3 months then weaned off',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'foam roll your QL every day for that back pain, do u even lift bro',
      ['massage-helps:asserts'],
    ],
    ['heat pad on it tonight, will it fix it no but it helps', ['heat-helps:asserts']],
    [
      'physio sorted my back in six weeks, can I recommend her enough',
      ['physical-therapy:experience'],
    ],
    [
      'bed rest is the worst thing you can do for a bad back, is that clear enough',
      ['bed-rest:denies'],
    ],
    [
      'the epidural worked for about 3 months, will I get another one, probably',
      ['steroid-injections:experience'],
    ],
    [
      'chiro cracked my back and I felt amazing, would I go back, absolutely',
      ['spinal-manipulation-helps:experience'],
    ],
    [
      'tight hamstrings pull on your lower back, are you even stretching',
      ['muscle-imbalance-causes-pain:asserts', 'stretching-helps:asserts'],
    ],
    ['heat pad is amazing for back spasms, can i just say', ['heat-helps:asserts']],
    [
      'keep the back exercises up, should it flare up again just dial them back a bit',
      ['exercise-helps:asserts'],
    ],
    [
      'my GP wants me on naproxen for my lower back for a month, is that safe',
      ['nsaids-for-back-pain:asks'],
    ],
    [
      'the chiro says I need 20 sessions for my back, is that normal',
      ['spinal-manipulation-helps:asks'],
    ],
    [
      "cat cow and child's pose for your lower back, do this every morning",
      ['stretching-helps:asserts'],
    ],
    ['hurt my back carrying the shopping, will it settle on its own', ['most-recover:asks']],
    [
      'my doc wants an MRI for my back before anything else, do I really need one',
      ['imaging-needed:asks'],
    ],
    [
      'acupuncture was no better than ice in that study, nice try though',
      ['acupuncture-helps:denies'],
    ],
    [
      'chiro was no better than ice for back pain in the trial, at twice the price',
      ['spinal-manipulation-helps:denies'],
    ],
    [
      "TENS did no better than heat in the trial, i'd rather cheat and just take a paracetamol",
      ['paracetamol-for-back-pain:asserts', 'tens-helps:denies'],
    ],
    ['heat beats ice every time for my back', ['heat-helps:experience', 'ice-first:experience']],
    ['ice never really beats heat for a back spasm in my experience', ['ice-first:experience']],
    ['nothing beats a hot shower for a stiff back', ['heat-helps:asserts']],
    ['nothing touches her back pain, not even morphine', ['opioids-for-back-pain:denies']],
    ['tbh nothing tops a heating pad for back spasms', ['heat-helps:asserts']],
    [
      'for a proper back flare nothing touches oxycodone, sorry not sorry',
      ['opioids-for-back-pain:asserts'],
    ],
    [
      'nothing rivals a good deep tissue massage for a knotted lower back',
      ['massage-helps:asserts'],
    ],
    [
      'nothing touches the pain in my lower back, not even the tramadol',
      ['opioids-for-back-pain:denies'],
    ],
    ['use heat if ice makes it worse', ['heat-helps:asserts', 'ice-first:denies']],
    ['a heat pack when the cold weather makes my back worse is bliss', ['heat-helps:experience']],
    ['a tens unit when the sciatica makes everything worse is a lifesaver', ['tens-helps:asserts']],
    ['a heating pad while you sleep can make the inflammation worse', ['heat-helps:denies']],
    ['massage when your back is acute can aggravate it', ['massage-helps:denies']],
    [
      "foam rolling your lower back if it's already irritated can flare it up",
      ['massage-helps:denies'],
    ],
    [
      "stretching your back while it's in spasm will only make it worse",
      ['stretching-helps:denies'],
    ],
    [
      'walking when it hurts is the best thing you can do for back pain',
      ['exercise-helps:asserts'],
    ],
    ['I take ibuprofen when the pain in my back gets worse', ['nsaids-for-back-pain:experience']],
    ["deadlifting when your back's already sore will wreck it", ['lifting-harmful:asserts']],
    ['if the pain starts shooting down both legs, see a doctor', ['see-doctor-red-flags:asserts']],
    ['see a neurologist about the numbness in your legs asap', ['see-doctor-red-flags:asserts']],
    ['if the spasms come with a temperature go see a doctor', ['see-doctor-red-flags:asserts']],
    [
      'go see a doctor if you ever get numbness in your feet or groin',
      ['see-doctor-red-flags:asserts'],
    ],
    ['if you get weakness in your legs see a doctor same day', ['see-doctor-red-flags:asserts']],
    ['see your doctor if it spreads into your legs', ['see-doctor-red-flags:asserts']],
    [
      'had to see a specialist because my toes kept going numb',
      ['see-doctor-red-flags:experience'],
    ],
    ['went to urgent care when my foot went weak', ['see-doctor-red-flags:experience']],
    ['see a doctor about that mole, seriously', []],
    ["see a doctor about your ankle, that swelling isn't normal", []],
    [
      'if your back pain comes with a high temperature see a doctor',
      ['see-doctor-red-flags:asserts'],
    ],
    ['is it bad to pick things up with a rounded back', ['lifting-flexion-injury:asks']],
    ['my back hurts every time I pick things up off the floor', []],
    [
      "rounded shoulders from the desk job, and now I can't lift my arms without my back twinging",
      [],
    ],
    ['hurt my back exercising last week', []],
    ['exercising has done more for my back than any pill', ['exercise-helps:experience']],
    ['been exercising my right to moan about my back all week', []],
    ['got rotated out of night shift finally and my back feels better', []],
    [
      'chiro said my pelvis had rotated out and he put it back, pain gone',
      ['spinal-manipulation-helps:experience', 'spine-out-of-place:experience'],
    ],
    ['the sofa had moved from its place after the kids were done with it', []],
    [
      'my osteo says the wear and tear on my x-ray is normal for everyone my age',
      ['degeneration-normal:asserts'],
    ],
    ['everyone my age has a bad back, comes with the territory', []],
    [
      'the PT exercises got me moving again after the spasms kept me from returning to work for a month',
      ['exercise-helps:experience', 'physical-therapy:experience'],
    ],
    ['keep doing the exercises to stop it returning', ['exercise-prevents-recurrence:asserts']],
    [
      'try to walk around with your dog twice a day, movement is the best medicine for back pain',
      ['exercise-helps:asserts'],
    ],
    [
      'I walk around with a heat wrap under my shirt all day for my back',
      ['heat-helps:experience'],
    ],
    ['heat pad on the high temperature setting for 20 min eases the spasm', ['heat-helps:asserts']],
    ['my kid has a temperature and my back is killing me from carrying him around', []],
    [
      'the doc gave me diazepam for the spasms and zopiclone for sleep',
      ['benzodiazepines-for-back-pain:experience'],
    ],
    ['I have a warm patch on my lower back, is that an infection', []],
    ['koyok patches on my lower back every night help a bit', ['heat-helps:experience']],
    ['stress turns the pain up for sure', ['pain-is-output:asserts']],
    ['migraine days are the worst, the pain is in my head and behind my eyes', []],
    [
      'the spasms are not imaginary, you can literally see the muscle twitching',
      ['spasms-dont-exist:denies'],
    ],
    ['years of sitting at a desk did this to my back', ['posture-causes-pain:experience']],
    ["Dupuytren's contracture in my fingers, surgeon wants to operate", []],
    [
      'MRI showed a hernia of the disc at L5',
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience'],
    ],
    ['had an inguinal hernia op last year and now my lower back aches', []],
    ['my LBP is way better since I started swimming', ['exercise-helps:experience']],
    ['PT for my LBP was a waste of money', ['physical-therapy:experience']],
    [
      'most of the time it goes away by itself, give it a couple of weeks',
      ['most-recover:asserts'],
    ],
    ['my sciatica went away when I stopped sitting so much', ['posture-causes-pain:experience']],
    ['I took to my bed for three days and it was the worst thing I did', ['bed-rest:experience']],
    ["don't take to your bed, keep moving", ['bed-rest:denies', 'exercise-helps:asserts']],
    ['facet joint injections did nothing for me', ['steroid-injections:experience']],
    ['Movalis is what my doctor gave me for the lumbago', ['nsaids-for-back-pain:experience']],
    [
      'drinking a gallon of water a day stopped my back spasms',
      ['dehydration-causes-spasms:experience'],
    ],
    [
      'I drink a gallon of water a day and still get back spasms',
      ['dehydration-causes-spasms:experience'],
    ],
    ['iced coffee in one hand, heat pack on my back in the other', ['heat-helps:experience']],
    ['wear a lifting belt to protect against the next flare', ['braces-supports:asserts']],
    ['the pain is just above my belt on the right, like a knife', []],
    ['seitai in Tokyo fixed my back in two sessions', ['spinal-manipulation-helps:experience']],
    ['surgeon is offering me a fusion for the disc, should I', ['surgery-needed:asks']],
    [
      'physio wants me doing McKenzie press-ups for my back six times a day, is that too much',
      ['exercise-helps:asks', 'physical-therapy:asks'],
    ],
    [
      'been on naproxen for my back for 3 weeks, can I take it longer',
      ['nsaids-for-back-pain:asks'],
    ],
  ]);
});

describe('after the thirtieth blind set: translated and regional names', () => {
  // Décontractyl, cortisone tablets (no injection), a French kiné, junbi undo; gikkuri-goshi names
  // the low back (a topic case).
  makesExactly([
    [
      'In France the doctor always gives Décontractyl for the lumbago, it relax the muscle of the back and the blockage goes.',
      ['muscle-relaxants-relax-muscles:asserts'],
    ],
    [
      'My Ärztin gave me cortisone tablets for the Hexenschuss and after five days it was much better.',
      ['oral-steroids:experience'],
    ],
    [
      'my kiné in Lyon fixed my lumbago in ten sessions, I recommend to everybody',
      ['physical-therapy:asserts'],
    ],
    [
      'In our dojo in Japan we always do 15 minutes junbi undo so the back never get injured.',
      ['warmup-prevents:asserts'],
    ],
    ["Nah don't bother with steroid tablets for a back flare", ['oral-steroids:denies']],
  ]);
});

describe('exercise in a list of remedies, and told at a distance', () => {
  // A walk listed beside another remedy is one too (not a walk one cannot take); a walk or a swim
  // with its effect up to 14 words later; pottering round the house.
  makesExactly([
    [
      'hot shower, 2 aleve and a walk around the block, thats my routine whenever my back starts acting up',
      ['exercise-helps:experience', 'heat-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    [
      "Tylenol and a walk around the block, that's what you want for a sore back",
      ['exercise-helps:asserts', 'paracetamol-for-back-pain:asserts'],
    ],
    ["I can't walk far and heat barely helps my back", ['heat-helps:experience']],
    [
      '71 this year, walk every morning with the dog and my back is better than it was at 60',
      ['exercise-helps:experience'],
    ],
    [
      "Mate the worst thing you can do is lie in bed, get up and potter round the house even if it's a shuffle.",
      ['bed-rest:denies', 'exercise-helps:asserts'],
    ],
  ]);
});

describe('after the thirty-first blind set', () => {
  // Ponstan, a hot towel; the heat of a Gulf summer; a baby's firm mattress is safe-sleep advice.
  makesExactly([
    [
      'Ponstan is the only thing that touches my lower back when it flares',
      ['nsaids-for-back-pain:experience'],
    ],
    [
      'my granny wraps a hot towel round my back every night and it feels brand new after',
      ['heat-helps:experience'],
    ],
    ['back pain in 45 degree heat in Riyadh is a special kind of misery', []],
    ['a firm mattress is recommended for babies for safe sleep, never a soft one', []],
    ['a firm mattress helped my back more than anything', ['mattress-firm:experience']],
  ]);
});

describe('after the thirty-second blind set', () => {
  // Tolperisone, ketoprofen and paracetamol as other countries sell them; leg cramps, a horse, the
  // eyes, a plank to sleep on and a lifter's heel lift are no back claim; relaxants for spasticity,
  // unless back pain is named; a bent back in lifting; one side tighter; dismissals of a few words.
  makesExactly([
    ['Mydocalm loosened my lower back within a day', ['muscle-relaxants-relax-muscles:experience']],
    ['took ketoprofeno for the lumbago and it worked a treat', ['nsaids-for-back-pain:experience']],
    ['two benuron helped my back ache a lot', ['paracetamol-for-back-pain:experience']],
    ['if you skip water on long rides you get calf cramps', []],
    ['the vet says our horse needs a chiropractor for his sore back', []],
    ['going to the doctor about my eyes on friday', []],
    ['sleeping on a plank will not fix anyone', ['mattress-firm:denies']],
    ['heel lifts in my squat shoes help me hit depth', []],
    ['baclofen is for MS spasticity, my neurologist said', []],
    [
      'does baclofen actually help back pain or is it only for MS?',
      ['muscle-relaxants-relax-muscles:asks'],
    ],
    ['is lifting boxes with a bent back really that risky?', ['lifting-flexion-injury:asks']],
    [
      'my right hamstring is much tighter than my left and that is what set off my back',
      ['muscle-imbalance-causes-pain:experience'],
    ],
    [
      'chiro adjustments feel great but a day later you are right back where you started',
      ['spinal-manipulation-helps:denies'],
    ],
    ['ibuprofen is barely better than nothing for a bad back', ['nsaids-for-back-pain:denies']],
    ['the research tying posture to back pain is flimsy', ['posture-causes-pain:denies']],
  ]);
});

describe('after the thirty-third blind set', () => {
  // A yardstick after "better than"; lying down as what the pain allows; knots worked out by a
  // massage; a lift called safe with no back in the post; a car's alignment; "did my back in".
  makesExactly([
    ['cold is better than heat for sciatica, ice it twice a day', ['ice-first:asserts']],
    [
      'cold is better than heat for a trapped nerve, heat only makes it angrier',
      ['heat-helps:denies', 'ice-first:asserts'],
    ],
    ['my lower back is so bad i cannot lie down or sit', []],
    [
      'after the diclofenac shot my back let go and i could lie flat again',
      ['nsaids-for-back-pain:experience'],
    ],
    ['book a sports massage, those knots in your back need working out', ['massage-helps:asserts']],
    ['is my hip hinge okay on these romanian deadlifts?', []],
    ['my car was out of alignment after the pothole', []],
    ['the chiro said my lower back was out of alignment', ['spine-out-of-place:experience']],
  ]);
});

describe('someone close, and names with hyphens', () => {
  // A relative's or friend's own case, told first hand, is a report like the writer's own; their
  // belief passed on ("swears", "says", "remedy") and a reader addressed ("my brother,") are not.
  makesExactly([
    [
      'my wife had a cortisone jab in her lower back last spring and it did nothing',
      ['steroid-injections:experience'],
    ],
    ["the discectomy worked for my dad's sciatica straight away", ['surgery-needed:experience']],
    [
      'my grandad took tramadol for his sciatica for a month and it only made him sick',
      ['opioids-for-back-pain:experience'],
    ],
    ['my uncle swears naproxen fixes any bad back in two days', ['nsaids-for-back-pain:asserts']],
    ['my gran says a hot water bottle is the cure for lumbago', ['heat-helps:asserts']],
    ['voltaren my brother, it calms the back in two days', ['nsaids-for-back-pain:asserts']],
    // The "u" of a hyphenated brand speaks to no reader.
    [
      'two ben-u-ron got me through the night with my back',
      ['paracetamol-for-back-pain:experience'],
    ],
  ]);
});

describe('after the thirty-fourth blind set', () => {
  // Brands and names for low back pain from Sweden, Finland, Italy, Greece, Czechia, Nepal and
  // Nigeria; a disc's water on a scan; a pregnancy scan; walking out of a clinic; pain that says
  // nothing of damage; a tag "no" that asks for agreement; slumping; a glute that barely fires;
  // "the worst thing for"; "not a joke" as emphasis.
  makesExactly([
    [
      'a couple of alvedon took the edge off my lower back',
      ['paracetamol-for-back-pain:experience'],
    ],
    ['ipren is useless for back pain', ['nsaids-for-back-pain:denies']],
    ['stesolid for my back spasms knocked me out', ['benzodiazepines-for-back-pain:experience']],
    ['sirdalud loosened my lower back overnight', ['muscle-relaxants-relax-muscles:experience']],
    ['is a short deltacortene course worth it for sciatica?', ['oral-steroids:asks']],
    ['ryggskott again, sirdalud helped last time', ['muscle-relaxants-relax-muscles:experience']],
    ['took burana and dynapar for my back, neither did much', ['nsaids-for-back-pain:experience']],
    ["my gran's tramol habit for her back worries me", ['opioids-for-back-pain:experience']],
    ['my mri report says disc dehydration, is that why my back spasms?', ['imaging-needed:asks']],
    ['had the anomaly scan this morning and everything measured fine', []],
    [
      'one session with the chiro and you walk out a new person',
      ['spinal-manipulation-helps:asserts'],
    ],
    [
      'how bad it hurts has nothing to do with how much damage there is',
      ['pain-equals-damage:denies'],
    ],
    ['most back pain goes off by itself within a few weeks no', ['most-recover:asserts']],
    [
      'my lower back aches every evening from being slumped on the sofa',
      ['posture-causes-pain:experience'],
    ],
    [
      "my right glute barely fires and that's why my lower back takes all the load",
      ['muscle-imbalance-causes-pain:experience'],
    ],
    [
      'tight hip flexors tilt the pelvis forward and that is exactly what pulls on the lower back',
      ['muscle-imbalance-causes-pain:asserts'],
    ],
    ['heavy deadlifts are the worst thing for a bad back', ['lifting-harmful:asserts']],
    ['staying fit is the best thing for back pain', ['exercise-helps:asserts']],
    ['sciatica with a numb groin is not a joke, get seen today', ['see-doctor-red-flags:asserts']],
    ['lay three days flat after it went and my back was no better for it', ['bed-rest:experience']],
    ['should i rest completely or keep going to work with this back?', ['bed-rest:asks']],
  ]);
});

describe('after the thirty-fifth blind set', () => {
  // Brands from Cameroon, Colombia, India, Argentina, the Philippines, Serbia and East Africa; a
  // Lithuanian sauna and a hot sand bag; a dentist's x-ray; TENS in labour; "something is badly
  // wrong"; an orthopaedist.
  makesExactly([
    ['coltramyl loosened my lumbago in two days', ['muscle-relaxants-relax-muscles:experience']],
    ['trodon got me through the worst sciatica nights', ['opioids-for-back-pain:experience']],
    ['hedex is all you need for a simple backache', ['paracetamol-for-back-pain:asserts']],
    [
      "ibupirac and a walk, that's what sorted my back",
      ['exercise-helps:experience', 'nsaids-for-back-pain:experience'],
    ],
    ['a hot sand bag on the lower back works wonders', ['heat-helps:asserts']],
    ['the dentist x-rayed my teeth and found nothing', []],
    ['used a tens machine through early contractions with my first', []],
    ['pain like this means something is badly wrong in your spine', ['pain-equals-damage:asserts']],
    ['see an orthopaedist about that back, do not wait', ['see-doctor-red-flags:asserts']],
    // Stiff as a plank is no core work; days on the sofa are bed rest; cold water to surf in is
    // none to drink; walking as what the pain allows is no exercise.
    ['three days on the sofa and my back was stiff as a plank', ['bed-rest:experience']],
    ['surfing in cold water always sets off my back spasms', []],
    ['my back twinges when i walk up stairs, should i see someone?', []],
  ]);
});

describe("after the eighteenth session's review", () => {
  // A last "no" that is a verdict, not a tag: after the claim's own words, after an intensifier, or
  // in a sentence that says "yes" too. "Not a wonder drug" denies. Someone close who passes on a
  // belief ("is a GP and he reckons", "heard") or who is addressed at the end is no story of theirs.
  // "Dead bugs" are no deadlifts.
  makesExactly([
    ['heat yes, ice no', ['heat-helps:asserts', 'ice-first:denies']],
    ['for my back spasms heat helps, ice packs no', ['heat-helps:experience', 'ice-first:denies']],
    ['chiropractic adjustments for back pain are a hard no', ['spinal-manipulation-helps:denies']],
    ['tramadol is not a wonder drug for back pain', ['opioids-for-back-pain:denies']],
    ['my dad is a gp and he reckons most back pain clears up on its own', ['most-recover:asserts']],
    ['my sister heard acupuncture works wonders for sciatica', ['acupuncture-helps:asserts']],
    ['stretching is the key for a stiff back my friend', ['stretching-helps:asserts']],
    [
      'dead bugs every morning and my back stopped niggling',
      ['core-weakness-causes-pain:experience'],
    ],
  ]);
});

describe('after the thirty-sixth blind set', () => {
  // Brands from the Gulf, Bangladesh, India and Australia, and "komor betha"; rice and peas, tea and
  // a hip stuck out are no ice, no hydration and no spine out of place; a physio who keeps telling
  // is a source, not a treatment; a hot water bag is heat.
  makesExactly([
    ['cooking rice and peas for the family with my back killing me', []],
    ['adol does nothing for my back', ['paracetamol-for-back-pain:experience']],
    ['napa extend twice a day has helped my komor betha', ['paracetamol-for-back-pain:experience']],
    ['combiflam sorted my lower back in a day', ['nsaids-for-back-pain:experience']],
    [
      'panadeine forte is the only thing that touches my sciatica',
      ['opioids-for-back-pain:experience'],
    ],
    [
      'the scan is pointless for back pain, my physio keeps telling me that',
      ['imaging-needed:denies'],
    ],
    ['sat drinking my tea with a sore back', []],
    ['i always stand with one hip out and my lower back aches', []],
    ['a hot water bag on the lower back every night helps', ['heat-helps:asserts']],
  ]);
});

describe('after the thirty-seventh blind set', () => {
  // Doliprane and Solpadeine; a Koyo hot patch; the Indonesian "encok" and "tukang pijat"; the
  // French "hernie discale"; a plank to buy is wood, not core work.
  makesExactly([
    [
      'doliprane twice a day is all you need for a sore back',
      ['paracetamol-for-back-pain:asserts'],
    ],
    ['solpadeine did nothing for my sciatica', ['opioids-for-back-pain:experience']],
    ['a koyo hot patch on the lower back helps me sleep', ['heat-helps:experience']],
    ['my encok went after three sessions with the tukang pijat', ['massage-helps:experience']],
    [
      'the scan showed une hernie discale at L5 and that is what pinches the nerve',
      ['disc-bulge-explains-pain:experience', 'imaging-needed:experience'],
    ],
    ['medium firm is better for back pain, dont go buying a plank', ['mattress-firm:denies']],
  ]);
});

describe('after the thirty-eighth blind set', () => {
  // Polish, Turkish and Filipino brands (Ibuprom, Arveles, Dolfenal, Biogesic, Encorton), "diclo",
  // a Polish nerve block ("blokada"), a Bolivian bone-setter ("huesero"), a Costa Rican or Hawaiian
  // massage ("sobador", "lomilomi"), and local names for the low back and its pain.
  makesExactly([
    ['ibuprom is all i take when my lower back flares', ['nsaids-for-back-pain:experience']],
    ['arveles works better than anything for back pain', ['nsaids-for-back-pain:asserts']],
    ['biogesic does nothing for a proper lumbago', ['paracetamol-for-back-pain:denies']],
    ['is encorton any good for sciatica?', ['oral-steroids:asks']],
    ['the blokada fixed my korzonki for half a year', ['steroid-injections:experience']],
    ['the huesero cracked my back and the pain was gone', ['spinal-manipulation-helps:experience']],
    ['a good sobador will sort out a stiff lower back', ['massage-helps:asserts']],
    ['diclo every morning and my mgongo pain is manageable', ['nsaids-for-back-pain:experience']],
  ]);
});

describe('after the thirty-ninth blind set', () => {
  // Loxonin (Japan) and Dolo-Neurobion (Mexico: diclofenac); a Spanish or Portuguese osteopath; a
  // wheat bag as heat; a pregnancy scan's heartbeat and a foot's x-ray are no back imaging.
  makesExactly([
    [
      'two loxonin a day got me through the week with my lower back',
      ['nsaids-for-back-pain:experience'],
    ],
    ['a dolo neurobion injection sorts out lumbago in a day', ['nsaids-for-back-pain:asserts']],
    ['my osteopata fixed my lower back in two visits', ['spinal-manipulation-helps:experience']],
    ['a warm wheat bag on the lower back is the best thing at night', ['heat-helps:asserts']],
    ['the scan at twelve weeks showed a strong heartbeat', []],
    ['the x-ray showed a crack in my second metatarsal', []],
  ]);
});

describe('after the fortieth blind set', () => {
  // Words of other senses and other places: a heat pump, a stretched budget, a baby's cot, an eye
  // operation, ringing ears, a hand.
  makesExactly([
    ['thinking of a heat pump for the cabin, worth it?', []],
    ['stretching the budget till the end of the month is my workout', []],
    ['a firm mattress is safest in the cot, the midwife told us', []],
    ['two weeks of bed rest after my eye operation, no bending', []],
    ['seeing the doctor about ringing in my ears next week', []],
    ['the orthopaedic surgeon looked at my hand again today', []],
  ]);
});

describe('annotations', () => {
  it('give the whole sentence and the words that triggered the claim, with exact offsets', () => {
    const text = 'My back hurts.  You really need an MRI for that. Thanks';
    const [annotation] = engine.annotate(text);
    expect(annotation).toMatchObject({
      claimId: 'imaging-needed',
      sentence: 'You really need an MRI for that.',
      match: 'MRI',
    });
    expect(text.slice(annotation!.start, annotation!.end)).toBe(annotation!.sentence);
    expect(text.slice(annotation!.matchStart, annotation!.matchEnd)).toBe('MRI');
  });

  it('match terms across typographic quotes, case and brand names', () => {
    expect(claimsIn('FLEXERIL knocked it out')).toContain('muscle-relaxants-relax-muscles:asserts');
    expect(claimsIn('vitamin I and get on with it')).toContain('nsaids-for-back-pain:asserts');
    expect(claimsIn('don’t do bed rest')).toContain('bed-rest:denies');
  });
});
