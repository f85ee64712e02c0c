// A tiny RS256 JWT signer and a fake Bot Framework signing authority (OpenID metadata + JWKS via nock).
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import nock from 'nock';

/** The Bot Framework channel token metadata botbuilder reads. */
export const OPENID_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const JWKS_URL = 'https://login.botframework.com/v1/.well-known/keys';

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** An RSA key pair with a key id. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Generates a 2048-bit RSA key. */
export function generateKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Signs claims as an RS256 JWT with the key's kid. */
export function signJwt(key: SigningKey, claims: Record<string, unknown>, kid: string = key.kid): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key.privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}

/** Serves the OpenID configuration and the public key (endorsed for msteams) until nock is cleaned. */
export function interceptSigningAuthority(key: SigningKey): void {
  const jwk = key.publicKey.export({ format: 'jwk' }) as { n: string; e: string; kty: string };
  nock('https://login.botframework.com')
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, { issuer: 'https://api.botframework.com', jwks_uri: JWKS_URL, id_token_signing_alg_values_supported: ['RS256'] })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: [{ kty: jwk.kty, use: 'sig', kid: key.kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
}

/**
 * Claims of a Bot Framework channel token for `appId`, valid for an hour from `now` (seconds).
 * The service URL claim is spelled `serviceurl` in real tokens (botbuilder's ServiceUrlClaim).
 */
export function channelClaims(appId: string, serviceUrl: string, now = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  return { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600 };
}
