// What runs real browsers for `npm start`, the browser tests and the benchmarks: the fixture
// server, the launchers, page helpers. (The installer, install.ts, is run as a script.)
export * from './paths.ts';
export * from './certificate.ts';
export * from './server.ts';
export * from './chromium.ts';
export * from './firefox.ts';
export * from './page.ts';
export * from './serve-pages.ts';
