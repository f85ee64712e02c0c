// The process environment, validated with zod at start; a bad value stops the start with a message naming it.
import { z } from 'zod';

/** A missing or invalid environment variable; `variable` names it, the message says what to do. */
export class EnvError extends Error {
  constructor(public readonly variable: string, hint: string) {
    super(`Environment variable ${variable} is not valid: ${hint}.`);
    this.name = 'EnvError';
  }
}

/** Empty strings count as unset (a blank line in a .env file or a compose template). */
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional());
const withDefault = <T extends z.ZodTypeAny>(schema: T, fallback: string) =>
  z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? fallback : typeof v === 'string' ? v.trim() : v), schema);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

/** Hints per variable, so the message is kind and never repeats the (possibly secret) value. */
const HINTS: Record<string, string> = {
  SLACK_API_URL: 'use a full http(s) URL such as https://slack.com/api/',
  PORT: 'use a whole number from 0 to 65535',
  DATABASE_PATH: 'give a file path such as ./data/verzuimbot.db',
  VERZUIMBOT_MODE: 'use "local" or "production"',
  SCHEDULER_INTERVAL_SECONDS: 'use a whole number of seconds from 1 to 86400',
  LOG_LEVEL: `use one of ${LOG_LEVELS.join(', ')}`,
  MICROSOFT_APP_TYPE: `use one of ${APP_TYPES.join(', ')}`,
};

const schema = z
  .object({
    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: withDefault(z.string().url().refine((u) => /^https?:\/\//.test(u)), 'https://slack.com/api/'),
    MICROSOFT_APP_ID: optionalText,
    MICROSOFT_APP_PASSWORD: optionalText,
    MICROSOFT_APP_TENANT_ID: optionalText,
    MICROSOFT_APP_TYPE: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.enum(APP_TYPES).optional()),
    PORT: withDefault(z.coerce.number().int().min(0).max(65535), '3978'),
    DATABASE_PATH: withDefault(z.string().min(1), './data/verzuimbot.db'),
    VERZUIMBOT_MODE: withDefault(z.enum(['local', 'production']), 'local'),
    SCHEDULER_INTERVAL_SECONDS: withDefault(z.coerce.number().int().min(1).max(86_400), '60'),
    LOG_LEVEL: withDefault(z.enum(LOG_LEVELS), 'info'),
  })
  .superRefine((env, ctx) => {
    const needsPassword = env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI';
    if (needsPassword && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MICROSOFT_APP_PASSWORD'], message: 'set it together with MICROSOFT_APP_ID (the bot\'s client secret)' });
    }
    if (env.MICROSOFT_APP_TYPE === 'SingleTenant' && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MICROSOFT_APP_TENANT_ID'], message: 'a SingleTenant bot needs its Microsoft Entra tenant id' });
    }
  });

/** The validated environment (variable names as in architecture.md). */
export type Env = z.infer<typeof schema>;

/** Validates `env` (usually process.env); throws EnvError naming the first bad variable. */
export function loadEnv(env: NodeJS.ProcessEnv): Env {
  const picked = Object.fromEntries(Object.keys(schema.innerType().shape).map((k) => [k, env[k]]));
  const r = schema.safeParse(picked);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const variable = String(issue.path[0] ?? 'environment');
  const hint = issue.code === z.ZodIssueCode.custom ? issue.message : (HINTS[variable] ?? 'check its value');
  throw new EnvError(variable, hint);
}
