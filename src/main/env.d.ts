// Build-time types for main: electron-vite's `?asset` imports and ELECTRON_RENDERER_URL.
/// <reference types="electron-vite/node" />
