// The one door from renderer to main: every channel of the contract is registered here, behind
// a sender-origin check, a strict input parse, the service call and an output check. The only
// module that touches ipcMain.
import { ipcMain } from 'electron';
import type { z } from 'zod';
import { CHANNELS, contract } from '@shared/ipc/contract';
import type { Channel, ChannelOutput, Contract } from '@shared/ipc/contract';
import { CodedError, fail, ok } from '@shared/result';
import type { Result } from '@shared/result';
import { originOf } from './origins';

/** What a listener needs from an IPC event: the frame that sent it (null once it is gone). */
export interface IpcEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of `ipcMain` we use, injected so tests register into a plain map. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** A service receives the parsed (trusted) input of its channel. */
export type ServiceInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Service<C extends Channel> = (
  input: ServiceInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
/** One service per channel: a channel missing here is a type error. */
export type Services = { [C in Channel]: Service<C> };

export interface IpcOptions {
  /** Origins whose frames may call (app://verbundplaner, the dev server when unpackaged). */
  trustedOrigins: readonly string[];
  /** Where failures are logged with their detail; the renderer only sees a generic message. */
  logError?: (message: string, detail: unknown) => void;
}

const SAFE_KEY = /^[A-Za-z0-9_]{1,40}$/;

/** A short German message naming the field only; never the value, never an unknown key. */
function invalidInputMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Ungültige Eingabe.';
  if (issue.code === 'unrecognized_keys') return 'Ungültige Eingabe: unbekanntes Feld.';
  const path = issue.path
    .filter((key) => typeof key === 'number' || (typeof key === 'string' && SAFE_KEY.test(key)))
    .map(String)
    .join('.');
  const field = path ? ` im Feld „${path}“` : '';
  return issue.code === 'too_big' ? `Eingabe zu groß${field}.` : `Ungültige Eingabe${field}.`;
}

function senderUrl(event: IpcEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null; // a destroyed frame throws on access
  }
}

/** Builds the listener for one channel; `handle()` registers it. */
export function createListener<C extends Channel>(
  channel: C,
  service: Service<C>,
  options: IpcOptions,
): (event: IpcEventLike, ...args: unknown[]) => Promise<Result<ChannelOutput<C>>> {
  const logError = options.logError ?? ((message, detail) => console.error(message, detail));
  // Widened once here: each schema parses to its channel's types, which TS cannot track through
  // the indexed access on a generic key.
  const schemas = contract[channel] as unknown as {
    input: z.ZodType<ServiceInput<C>>;
    output: z.ZodType<ChannelOutput<C>>;
  };

  return async (event, ...args) => {
    const url = senderUrl(event);
    const origin = url === null ? null : originOf(url);
    if (origin === null || !options.trustedOrigins.includes(origin)) {
      logError(`IPC ${channel}: refused sender`, url);
      return fail('forbidden', 'Anfrage von einer fremden Seite abgelehnt.');
    }
    if (args.length > 1) return fail('invalid_input', 'Ungültige Eingabe.');
    const input = schemas.input.safeParse(args[0]);
    if (!input.success) return fail('invalid_input', invalidInputMessage(input.error));

    let value: ChannelOutput<C>;
    try {
      value = await service(input.data);
    } catch (error) {
      if (error instanceof CodedError) return fail(error.code, error.message);
      logError(`IPC ${channel}: service failed`, error);
      return fail('internal', 'Interner Fehler. Details stehen im Protokoll der Anwendung.');
    }

    const output = schemas.output.safeParse(value);
    if (!output.success) {
      // Log only where the output broke the schema, not the (possibly sensitive) data.
      logError(
        `IPC ${channel}: service returned invalid output`,
        output.error.issues.map((issue) => ({ code: issue.code, path: issue.path })),
      );
      return fail('internal', 'Interner Fehler. Details stehen im Protokoll der Anwendung.');
    }
    return ok(output.data);
  };
}

/** Registers one channel of the contract with its service. */
export function handle<C extends Channel>(
  ipc: IpcRegistry,
  channel: C,
  service: Service<C>,
  options: IpcOptions,
): void {
  ipc.handle(channel, createListener(channel, service, options));
}

/** Registers every channel of the contract. */
export function registerIpc(ipc: IpcRegistry, services: Services, options: IpcOptions): void {
  const register = <C extends Channel>(channel: C): void =>
    handle(ipc, channel, services[channel], options);
  for (const channel of CHANNELS) register(channel);
}

/** Production wiring: the contract on Electron's ipcMain. */
export function registerIpcMain(services: Services, options: IpcOptions): void {
  registerIpc(ipcMain, services, options);
}
