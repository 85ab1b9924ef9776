// The browser-test harness: fixture server, browser launchers, page helpers.
export * from './paths.ts';
export * from './certificate.ts';
export * from './server.ts';
export * from './chromium.ts';
export * from './firefox.ts';
export * from './page.ts';
