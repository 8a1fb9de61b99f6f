// Deps for tests that call the core directly on a store: nothing leaves the process (no files, codes, uploads,
// messages), every text passes the content check, and the clock and config are the test's.
import { NO_UPLOADS, type Deps } from '../../cloud/core/deps';
import { notificationTemplates } from '../../cloud/core/notifications';
import type { Store } from '../../cloud/store/types';

export function testDeps(store: Store, { now, config, ...rest }: Partial<Deps> & { config?: Partial<Deps['config']> } = {}): Deps {
  return {
    store,
    files: { publish: async () => ({ fileId: null, url: '' }) },
    uploads: NO_UPLOADS,
    codes: { make: async () => ({ bytes: new Uint8Array(), extension: 'png' as const }) },
    config: { adminOpenids: new Set(), respondentSecret: 'test-deps-key-0123456789', ...config },
    now: now ?? (() => new Date('2024-06-01T08:00:00.000Z')),
    contentCheck: async () => true,
    notifier: { templates: notificationTemplates({}), deliver: async () => {} },
    ...rest,
  };
}
