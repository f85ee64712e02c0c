// The Teams app package: manifest valid against Microsoft's official schema (shipped in
// @microsoft/app-manifest), icons of the right size and kind, and a zip Teams can sideload.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackage, manifestFor, PLACEHOLDER_BOT_ID, writePackage } from '../../manifest/teams/package.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../..');
const manifestPath = join(root, 'manifest/teams/manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown> & { manifestVersion: string; $schema: string };
const schemaDir = join(require.resolve('@microsoft/app-manifest/package.json'), '../build/json-schemas/teams');

interface ManifestValidator {
  AppManifestUtils: { validateAgainstSchema(manifest: unknown, schema: unknown): Promise<string[]> };
}
// Microsoft's own validator: ajv (draft-04 dialect, as the schema declares) + ajv-formats.
const { AppManifestUtils } = require('@microsoft/app-manifest') as ManifestValidator;

function schemaFor(version: string): unknown {
  return JSON.parse(readFileSync(join(schemaDir, `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8'));
}

const APP_ID = '7d3c1f7e-2b9a-4c55-9a1e-4f0b6f1c2d3e';
const tmp = mkdtempSync(join(tmpdir(), 'teams-pkg-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('manifest.json', () => {
  it('uses a current schema version that @microsoft/app-manifest ships', () => {
    const shipped = readdirSync(schemaDir).filter((d) => /^v1\.\d+$/.test(d)).map((d) => Number(d.slice(3)));
    const minor = Number(manifest.manifestVersion.split('.')[1]);
    expect(shipped).toContain(minor);
    expect(minor).toBeGreaterThanOrEqual(17);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it('is valid against the official schema (with the placeholder and with a real bot id)', async () => {
    const schema = schemaFor(manifest.manifestVersion);
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
    expect(await AppManifestUtils.validateAgainstSchema(manifestFor(APP_ID), schema)).toEqual([]);
  });

  it('the validator rejects a broken manifest (so the check above can fail)', async () => {
    const broken = { ...manifest, accentColor: undefined, bots: [{ botId: 'not-a-guid', scopes: ['personal'] }] };
    delete broken.accentColor;
    const errors = await AppManifestUtils.validateAgainstSchema(broken, schemaFor(manifest.manifestVersion));
    expect(errors.join('\n')).toMatch(/accentColor/);
    expect(errors.join('\n')).toMatch(/botId/);
  });

  it('has the bot in personal scope with the command list', () => {
    const bots = manifest.bots as Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
    expect(bots).toHaveLength(1);
    expect(bots[0]!.botId).toBe(PLACEHOLDER_BOT_ID);
    expect(bots[0]!.scopes).toEqual(['personal']);
    expect(bots[0]!.commandLists[0]!.scopes).toEqual(['personal']);
    expect(bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toEqual(['ziek', 'beter', 'status', 'taken', 'checklist', 'help']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('packaging puts MICROSOFT_APP_ID in as the bot id and refuses a non-GUID', () => {
    expect(manifestFor(APP_ID).bots[0]!.botId).toBe(APP_ID);
    expect(() => manifestFor('not-a-guid')).toThrow(/GUID/);
  });
});

interface Png { width: number; height: number; bitDepth: number; colorType: number; pixels: Buffer }

function readPng(bytes: Buffer): Png {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0); // filter none, as the encoder writes
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, bitDepth: bytes[24]!, colorType: bytes[25]!, pixels };
}

describe('icons', () => {
  it('color.png is 192×192 RGBA, opaque', () => {
    const png = readPng(readFileSync(join(root, 'manifest/teams/color.png')));
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([192, 192, 8, 6]);
    let seeThrough = 0;
    for (let i = 3; i < png.pixels.length; i += 4) if (png.pixels[i] !== 255) seeThrough++;
    expect(seeThrough).toBe(0);
  });

  it('outline.png is 32×32 RGBA, white on a transparent background', () => {
    const png = readPng(readFileSync(join(root, 'manifest/teams/outline.png')));
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([32, 32, 8, 6]);
    let transparent = 0;
    let drawn = 0;
    let notWhite = 0;
    for (let i = 0; i < png.pixels.length; i += 4) {
      if (png.pixels[i + 3] === 0) transparent++;
      else {
        drawn++;
        if (png.pixels[i] !== 255 || png.pixels[i + 1] !== 255 || png.pixels[i + 2] !== 255) notWhite++;
      }
    }
    expect(notWhite).toBe(0);
    expect(png.pixels[3]).toBe(0); // top-left corner is background
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(drawn).toBeGreaterThan(32 * 32 * 0.1);
  });
});

interface ZipFile { name: string; data: Buffer }

/** Reads a zip through its central directory (what Teams' importer does). */
function readZip(zip: Buffer): ZipFile[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    files.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

describe('app package', () => {
  it('holds manifest.json and the two icons at the root, byte-identical', () => {
    const files = readZip(buildPackage(APP_ID));
    expect(files.map((f) => f.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const byName = Object.fromEntries(files.map((f) => [f.name, f.data]));
    expect(JSON.parse(byName['manifest.json']!.toString('utf8')).bots[0].botId).toBe(APP_ID);
    expect(byName['color.png']!.equals(readFileSync(join(root, 'manifest/teams/color.png')))).toBe(true);
    expect(byName['outline.png']!.equals(readFileSync(join(root, 'manifest/teams/outline.png')))).toBe(true);
  });

  it('unzip agrees (when installed)', () => {
    const file = writePackage(join(tmp, 'pkg.zip'), APP_ID);
    const probe = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (probe.status !== 0) return; // no unzip on this machine: the central-directory check above stands
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors/);
    expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n').sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('npm run package:teams builds the zip (here into a tmp file, not over dist/)', () => {
    const target = join(tmp, 'npm.zip');
    const out = execFileSync('npm', ['run', '-s', 'package:teams', '--', '--out', target], { cwd: root, encoding: 'utf8', env: { ...process.env, MICROSOFT_APP_ID: APP_ID } });
    expect(out).toContain(target);
    const files = readZip(readFileSync(target));
    expect(files.map((f) => f.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.find((f) => f.name === 'manifest.json')!.data.toString('utf8')).bots[0].botId).toBe(APP_ID);
  });

  it('the package script defaults to dist/verzuimbot-teams.zip', () => {
    expect(readFileSync(join(root, 'manifest/teams/package.ts'), 'utf8')).toContain("'../../dist/verzuimbot-teams.zip'");
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['package:teams']).toBe('tsx manifest/teams/package.ts');
  });
});
