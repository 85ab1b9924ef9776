// esbuild bundles a stylesheet imported for its side effect into options.css beside options.js.
declare module '*.css';
