// "overzicht aan|uit" / "digest on|off" through the bot: HR opts in to the weekly digest of all cases (and the
// next Monday's pass includes them), a casemanager hears theirs comes anyway, everyone else is kindly refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigests, DIGEST_OPT_IN } from '../../src/app/index.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { addDays } from '../../src/core/calendar/isoDate.js';
import { buttonsOf, DAY, flowWorld, SLACK, textOf, type FlowWorld } from './helpers.js';

/** The Monday after the seed day (DAY is a Monday too). */
const NEXT_MONDAY = addDays(DAY, 7);
const PIET = 'demo-piet'; // HR
const SANNE = 'demo-sanne'; // casemanager

let w: FlowWorld;
beforeEach(() => { w = flowWorld(); });
afterEach(() => w.cleanup());

const say = async (user: string, text: string, world: FlowWorld = w) => textOf(await world.send(user, { kind: 'text', text }));
const digestPeople = (world: FlowWorld = w) =>
  buildDigests({ store: world.store, now: amsterdamInstant(NEXT_MONDAY, '08:00') }, NEXT_MONDAY, { audit: false }).map((d) => d.personId);
const optedIn = (personId: string, world: FlowWorld = w) => world.store.kv.get(DIGEST_OPT_IN, personId) === true;

describe('digest subscription (Dutch)', () => {
  it('switches HR on — flag set, next Monday includes them — and off again', async () => {
    expect(digestPeople()).not.toContain(PIET);
    expect(await say(SLACK.piet, 'overzicht aan')).toBe('Gelukt! Vanaf nu krijg je elke maandag om 08:00 het weekoverzicht van alle zaken.');
    expect(optedIn(PIET)).toBe(true);
    expect(digestPeople()).toEqual(expect.arrayContaining([PIET, SANNE]));
    expect(await say(SLACK.piet, 'overzicht aan')).toBe('Je krijgt het weekoverzicht van alle zaken al, elke maandag om 08:00.');
    expect(w.store.audit.list({ actorPersonId: PIET }).filter((e) => e.action === 'digest.receive').map((e) => e.reason))
      .toEqual(['digest.hr-opt-in', 'digest.hr-opt-in']);

    expect(await say(SLACK.piet, 'overzicht uit')).toBe('Oké, het weekoverzicht van alle zaken staat uit.');
    expect(optedIn(PIET)).toBe(false);
    expect(digestPeople()).not.toContain(PIET);
    expect(await say(SLACK.piet, 'digest uit')).toBe('Het weekoverzicht van alle zaken stond al uit.');
    expect(await say(SLACK.piet, 'digest aan')).toContain('Gelukt');
    expect(optedIn(PIET)).toBe(true);
  });

  it('tells HR where they stand on a bare "overzicht", with a button to switch', async () => {
    const off = await w.send(SLACK.piet, { kind: 'text', text: 'overzicht' });
    expect(textOf(off)).toContain('staat uit. Typ overzicht aan');
    const on = buttonsOf(off);
    expect(on.map((b) => [b.label, b.value])).toEqual([['Aanzetten', 'overzicht aan']]);
    expect(textOf(await w.send(SLACK.piet, { kind: 'action', actionId: on[0].actionId, value: on[0].value }))).toContain('Gelukt');
    const now = await w.send(SLACK.piet, { kind: 'text', text: 'overzicht' });
    expect(textOf(now)).toContain('Typ overzicht uit om te stoppen');
    expect(buttonsOf(now).map((b) => b.value)).toEqual(['overzicht uit']);
  });

  it('tells a casemanager kindly that their own digest comes anyway, and writes nothing', async () => {
    for (const line of ['overzicht aan', 'overzicht uit', 'overzicht']) {
      expect(await say(SLACK.sanne, line)).toContain('Als casemanager krijg je al elke maandag');
    }
    expect(optedIn(SANNE)).toBe(false);
    expect(digestPeople()).toContain(SANNE);
  });

  it('refuses everyone else with a short kind answer and writes nothing', async () => {
    for (const [user, id] of [[SLACK.anna, 'demo-anna'], [SLACK.tom, 'demo-tom'], [SLACK.ruud, 'demo-ruud']] as const) {
      expect(await say(user, 'overzicht aan'), user).toBe('Alleen HR kan het weekoverzicht van alle zaken aanzetten. Casemanagers krijgen hun eigen overzicht vanzelf.');
      expect(optedIn(id), user).toBe(false);
      expect(w.store.audit.list({ actorPersonId: id }).filter((e) => e.action === 'digest.receive').map((e) => e.allowed)).toEqual([false]);
      expect(await say(user, 'overzicht'), user).toContain('Je krijgt geen weekoverzicht');
    }
    expect(digestPeople()).not.toContain('demo-anna');
  });

  it('tolerates typos like the other commands: corrected when close, else a suggestion', async () => {
    expect(await say(SLACK.piet, 'overzicth aan')).toContain('Gelukt');
    expect(optedIn(PIET)).toBe(true);
    expect(await say(SLACK.piet, 'weekoverzihct uit')).toContain('staat uit');
    expect(optedIn(PIET)).toBe(false);
    // "aan"/"uit" are too short to correct, so a typo there never flips the switch: the bot suggests "overzicht".
    const r = await w.send(SLACK.piet, { kind: 'text', text: 'overzicht aam' });
    expect(textOf(r)).toContain('Dat begreep ik niet helemaal');
    expect(buttonsOf(r)[0]).toMatchObject({ actionId: 'run-command', value: 'overzicht' });
    expect(optedIn(PIET)).toBe(false);
  });

  it('lists the command in help', async () => {
    expect(await say(SLACK.tom, 'help')).toContain('overzicht aan — HR: elke maandag het weekoverzicht van alle zaken');
  });
});

describe('digest subscription (English)', () => {
  let en: FlowWorld;
  beforeEach(() => { en = flowWorld({ locale: 'en' }); });
  afterEach(() => en.cleanup());

  it('switches HR on and off, and answers in English', async () => {
    expect(await say(SLACK.piet, 'digest on', en)).toBe('Done! From now on you get the weekly digest of all cases every Monday at 08:00.');
    expect(optedIn(PIET, en)).toBe(true);
    expect(digestPeople(en)).toContain(PIET);
    const status = await en.send(SLACK.piet, { kind: 'text', text: 'digest' });
    expect(textOf(status)).toContain('Type digest off to stop');
    expect(buttonsOf(status).map((b) => [b.label, b.value])).toEqual([['Turn off', 'digest off']]);
    expect(await say(SLACK.piet, 'turn off weekly digest', en)).toBe('Okay, the weekly digest of all cases is off.');
    expect(optedIn(PIET, en)).toBe(false);
    expect(digestPeople(en)).not.toContain(PIET);
    expect(await say(SLACK.piet, 'digets on', en)).toContain('Done!');
  });

  it('is kind to a casemanager and refuses others', async () => {
    expect(await say(SLACK.sanne, 'digest on', en)).toContain('As a casemanager you already get a weekly digest of your cases');
    expect(await say(SLACK.anna, 'digest on', en)).toBe('Only HR can turn on the weekly digest of all cases. Casemanagers get their own digest automatically.');
    expect(optedIn(SANNE, en) || optedIn('demo-anna', en)).toBe(false);
    expect(await say(SLACK.tom, 'help', en)).toContain('digest on — HR: the weekly digest of all cases');
  });
});
