// Builds the Teams app package dist/verzuimbot-teams.zip: manifest.json + the two icons at the root.
// MICROSOFT_APP_ID (the Azure Bot's app id), when set, replaces the placeholder bot id.
// Run: npm run package:teams [-- --out FILE]   (default dist/verzuimbot-teams.zip)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildZip } from './zip.js';

/** The bot id in the committed manifest; replaced at packaging time. */
export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';

const here = dirname(fileURLToPath(import.meta.url));
const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'MICROSOFT_APP_ID must be a GUID');

interface ManifestWithBots {
  bots: Array<{ botId: string }>;
  [key: string]: unknown;
}

/** The manifest with the bot id filled in (the placeholder stays when no app id is given). */
export function manifestFor(appId: string | undefined): ManifestWithBots {
  const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8')) as ManifestWithBots;
  const botId = appId?.trim() ? guid.parse(appId.trim()) : PLACEHOLDER_BOT_ID;
  for (const bot of manifest.bots) bot.botId = botId;
  return manifest;
}

/** The package bytes. */
export function buildPackage(appId: string | undefined): Buffer {
  return buildZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifestFor(appId), null, 2)}\n`) },
    { name: 'color.png', data: readFileSync(join(here, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(here, 'outline.png')) },
  ]);
}

/** Writes the package to `outFile` and returns its path. */
export function writePackage(outFile: string, appId: string | undefined): string {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, buildPackage(appId));
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const appId = process.env.MICROSOFT_APP_ID;
    const outAt = process.argv.indexOf('--out');
    const target = outAt > 0 ? process.argv[outAt + 1] : resolve(here, '../../dist/verzuimbot-teams.zip');
    if (!target) throw new Error('--out needs a file name');
    const out = writePackage(resolve(target), appId);
    console.log(`wrote ${out}${appId?.trim() ? '' : ` (bot id is the placeholder ${PLACEHOLDER_BOT_ID}: set MICROSOFT_APP_ID to fill it in)`}`);
  } catch (err) {
    console.error(err instanceof z.ZodError ? err.issues[0]?.message : (err as Error).message);
    process.exit(2);
  }
}
