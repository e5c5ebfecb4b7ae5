// Types for scripts/test-prereqs.mjs (plain Node, run by `npm test` before anything is built).
export const CHROMIUM_CANDIDATES: readonly string[];
export function playwrightChromiumPath(): string | null;
export function findChromiumPath(
  env?: NodeJS.ProcessEnv,
  exists?: (path: string) => boolean,
): string | null;
export function onPath(
  command: string,
  env?: NodeJS.ProcessEnv,
  exists?: (path: string) => boolean,
): boolean;
export type Tool = 'chromium' | 'soffice' | 'pdftotext';
export interface Capabilities {
  platform: string;
  root: boolean;
  apt: boolean;
}
export type SetupStep =
  | { kind: 'apt'; packages: string[] }
  | { kind: 'playwright' }
  | { kind: 'stop'; tools: Tool[]; command: string };
export function planSetup(found: Record<Tool, boolean>, can: Capabilities): SetupStep[];
export function manualCommand(tools: Tool[], can: Capabilities): string;
export function ensureTestPrerequisites(): boolean;
