// Build-time constants injected by vite.renderer.ts.
/// <reference types="vite/client" />
declare const __APP_VERSION__: string;
