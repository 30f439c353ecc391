import { afterAll, beforeAll } from 'vitest';
import { startApp, type App } from './harness';

/** Registers beforeAll/afterAll for the current test file; call the returned getter in tests. */
export function useApp(): () => App {
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('useApp(): app not started (did beforeAll fail?)');
    return app;
  };
}
