// The Slack part of the environment, checked with zod when the adapter is mounted.
import { z } from 'zod';

/** Thrown when Slack is mounted without what it needs; names the variable. */
export class SlackConfigError extends Error {
  constructor(public readonly variable: string, detail: string) {
    super(`${variable}: ${detail}`);
    this.name = 'SlackConfigError';
  }
}

const schema = z.object({
  SLACK_BOT_TOKEN: z.string().min(1, 'is required to mount Slack'),
  SLACK_SIGNING_SECRET: z.string().min(1, 'is required to mount Slack'),
  SLACK_API_URL: z.string().url('must be a URL').optional(),
});

/** Validated Slack settings. */
export type SlackConfig = z.infer<typeof schema>;

/** Validates the Slack variables or throws SlackConfigError naming the first bad one. */
export function slackConfig(env: { SLACK_BOT_TOKEN?: string; SLACK_SIGNING_SECRET?: string; SLACK_API_URL?: string }): SlackConfig {
  const r = schema.safeParse({ ...env, SLACK_API_URL: env.SLACK_API_URL || undefined });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new SlackConfigError(String(issue.path[0] ?? 'SLACK'), issue.message);
}
