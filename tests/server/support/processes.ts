// Child processes for the server tests: started with a deadline for their ready line, stopped
// with a signal and a deadline, SIGKILLed when the deadline passes. Nothing here outlives a test
// file: every start registers its stop with the caller's teardown.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

export interface Child {
  process: ChildProcess;
  /** All output so far (stdout and stderr), for a failing test's message. */
  output(): string;
  /** Resolves with the first output line matching, or rejects after `ms`. */
  waitFor(pattern: RegExp, ms: number): Promise<string>;
  /** Sends `signal`, waits up to `ms` for the exit, then SIGKILLs. */
  stop(signal?: NodeJS.Signals, ms?: number): Promise<void>;
}

export function startChild(command: string, args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    // Keep the tail only: a chatty child must not grow the test's memory.
    if (output.length > 200_000) output = output.slice(-100_000);
    waiters.forEach((w) => w());
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => {
      waiters.forEach((w) => w());
      resolve();
    });
  });
  return {
    process: child,
    output: () => output,
    waitFor(pattern, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = output.split('\n').find((l) => pattern.test(l));
          if (line !== undefined) return done(() => resolve(line));
          if (child.exitCode !== null || child.signalCode !== null) {
            return done(() =>
              reject(new Error(`${command} exited before ${pattern}:\n${output.slice(-3000)}`)),
            );
          }
        };
        const timer = setTimeout(
          () =>
            done(() =>
              reject(
                new Error(`${command}: no ${pattern} within ${ms} ms:\n${output.slice(-3000)}`),
              ),
            ),
          ms,
        );
        const done = (f: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          f();
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM', ms = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A free TCP port on loopback (the OS picks; closed again before the child binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const isRoot = (): boolean => process.getuid?.() === 0;
