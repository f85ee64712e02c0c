// Fuzzing the parsers at the platform edge: Slack payloads (adapters/slack/parse) and Teams activities
// (adapters/teams/activity.ts schema + parse.ts). Recorded real payloads are mutated (fields deleted, replaced by
// anything, by hostile text, by wrong types) and thrown in with pure noise: zero crashes, and whatever comes out
// is a well-formed event or a refusal (null / ignore).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAppHomeOpened, parseBlockActions, parseDirectMessage, parseSlashCommand, parseViewSubmission,
} from '../../adapters/slack/parse/index.js';
import { teamsActivitySchema } from '../../adapters/teams/activity.js';
import { parseActivity } from '../../adapters/teams/parse.js';
import { FUZZ_RUNS, mutate, mutations, PARAMS } from './support.js';

const fixture = (platform: string, name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', platform, name), 'utf8'));

const SLACK = [
  { file: 'slash-command.json', parse: parseSlashCommand },
  { file: 'view-submission-sick-report.json', parse: parseViewSubmission },
  { file: 'view-submission-step-deviate.json', parse: parseViewSubmission },
  { file: 'block-actions-step-done.json', parse: parseBlockActions },
  { file: 'block-actions-home-step-deviate.json', parse: parseBlockActions },
  { file: 'event-app-home-opened.json', parse: parseAppHomeOpened },
  { file: 'event-message-im.json', parse: parseDirectMessage },
  { file: 'event-message-im-edited.json', parse: parseDirectMessage },
  { file: 'event-message-im-bot.json', parse: parseDirectMessage },
].map((s) => ({ ...s, base: fixture('slack', s.file) }));

const TEAMS = ['message.json', 'submit-message.json', 'invoke-action.json', 'conversation-update.json'].map((f) => fixture('teams', f));

/** A parsed event must be usable: string ids, a sender, a known kind. */
function expectWellFormed(e: { kind: string; eventId: unknown; from: { userId: unknown; tenantId: unknown }; conversationId: unknown }): void {
  expect(['text', 'form-submit', 'action', 'home-opened']).toContain(e.kind);
  expect(typeof e.eventId).toBe('string');
  expect(typeof e.from.userId).toBe('string');
  expect(typeof e.from.tenantId).toBe('string');
  expect(typeof e.conversationId).toBe('string');
  if (e.kind === 'form-submit') {
    for (const v of Object.values((e as unknown as { values: Record<string, unknown> }).values)) expect(typeof v).toBe('string');
  }
}

describe('Slack payload parser fuzzing', () => {
  it(`never throws on ${FUZZ_RUNS} mutated payloads per parser (${SLACK.length} recorded kinds) and noise`, () => {
    const counts = { parsed: 0, refused: 0 };
    fc.assert(fc.property(fc.nat(SLACK.length - 1), mutations, fc.anything({ maxDepth: 3 }), fc.boolean(), (i, ms, noise, useNoise) => {
      const s = SLACK[i];
      for (const parse of [s.parse, parseSlashCommand, parseViewSubmission, parseBlockActions, parseAppHomeOpened, parseDirectMessage]) {
        const body = useNoise ? noise : mutate(s.base, ms);
        const out = (parse as (b: unknown) => { event: Parameters<typeof expectWellFormed>[0] } | { kind: 'open-form' } | null)(body);
        if (out === null) { counts.refused++; continue; }
        counts.parsed++;
        if ('event' in out) expectWellFormed(out.event);
      }
    }), PARAMS);
    console.log(`Slack parser fuzz: ${FUZZ_RUNS} runs × 6 parsers, parsed ${counts.parsed}, refused ${counts.refused}, crashes 0`);
    expect(counts.parsed).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
  });
});

describe('Teams activity parser fuzzing', () => {
  it(`never throws on ${FUZZ_RUNS} mutated activities (schema at the edge, then parseActivity)`, () => {
    const counts: Record<string, number> = { invalid: 0 };
    fc.assert(fc.property(fc.nat(TEAMS.length - 1), mutations, fc.anything({ maxDepth: 3 }), fc.boolean(), (i, ms, noise, useNoise) => {
      const body = useNoise ? noise : mutate(TEAMS[i], ms);
      const valid = teamsActivitySchema.safeParse(body);
      if (!valid.success) { counts.invalid++; return; }
      const out = parseActivity(valid.data, () => undefined);
      counts[out.kind] = (counts[out.kind] ?? 0) + 1;
      expect(['event', 'install', 'ignore']).toContain(out.kind);
      if (out.kind === 'event') expectWellFormed(out.event);
    }), PARAMS);
    console.log(`Teams parser fuzz: ${FUZZ_RUNS} activities, outcomes ${JSON.stringify(counts)}, crashes 0`);
    expect(counts.event ?? 0).toBeGreaterThan(0);
    expect(counts.invalid).toBeGreaterThan(0);
  });
});
