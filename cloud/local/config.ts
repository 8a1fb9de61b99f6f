// The local runtime's settings from the environment: PORT, DATA_DIR, ADMIN_OPENIDS, CONTENT_BLOCKLIST, PUBLIC_URL, the HTTP guards, the respondent-hash secret.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_BLOCKLIST, type BlockedWord } from '../core/content-check';
import { parseAdminOpenids } from '../core/deps';
import { notificationTemplates, type TemplateIds } from '../core/notifications';
import { DEFAULT_HTTP_SETTINGS, parseAllowedHosts, type HttpSettings } from './guards';

const DEFAULT_LOCAL_ADMIN = 'dev-admin';

export interface LocalConfig {
  port: number;
  dataDir: string;
  adminOpenids: Set<string>;
  respondentSecret: string;
  /** Words the local content check refuses in residents' text (CONTENT_BLOCKLIST, comma-separated: each of kind `other`). */
  contentBlocklist: readonly BlockedWord[];
  /** ALLOWED_HOSTS, REQUEST_TIMEOUT_MS, MAX_CONNECTIONS_PER_CLIENT. */
  http: HttpSettings;
  /** Where phones reach this runtime (PUBLIC_URL, e.g. http://192.168.1.20:8080): the origin of the links in QR codes. */
  publicUrl: string | null;
  /** NOTIFY_TEMPLATE_*: the subscribe-message templates the app asks consent for (unused by the H5 app). */
  templates: TemplateIds;
}

/** The secret is made once and kept in DATA_DIR, so answers stay tied to the same hashes across restarts. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

function httpSettings(env: NodeJS.ProcessEnv): HttpSettings {
  return {
    allowedHosts: parseAllowedHosts(env.ALLOWED_HOSTS),
    requestTimeoutMs: positiveInteger(env, 'REQUEST_TIMEOUT_MS', DEFAULT_HTTP_SETTINGS.requestTimeoutMs),
    maxConnectionsPerClient: positiveInteger(env, 'MAX_CONNECTIONS_PER_CLIENT', DEFAULT_HTTP_SETTINGS.maxConnectionsPerClient),
  };
}

export function localConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  mkdirSync(dataDir, { recursive: true });
  const admins = parseAdminOpenids(env.ADMIN_OPENIDS);
  // Locally anyone may claim any identity through X-OpenId, so a default admin weakens nothing.
  if (admins.size === 0) admins.add(DEFAULT_LOCAL_ADMIN);
  const contentBlocklist =
    env.CONTENT_BLOCKLIST === undefined
      ? DEFAULT_BLOCKLIST
      : env.CONTENT_BLOCKLIST.split(',')
          .map((w) => w.trim())
          .filter(Boolean)
          .map((word) => ({ word, kind: 'other' as const }));
  const http = httpSettings(env);
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '') || null;
  const templates = notificationTemplates(env);
  return {
    port,
    dataDir,
    adminOpenids: admins,
    respondentSecret: loadOrCreateSecret(dataDir),
    contentBlocklist,
    http,
    publicUrl,
    templates,
  };
}
