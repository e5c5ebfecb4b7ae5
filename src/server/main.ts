// `npm run sync-server`: reads the configuration from the environment and runs one sync node
// until SIGTERM/SIGINT, then closes in order (open documents are stored before the exit).
import process from 'node:process';
import { describeProblems, readConfig } from './config';
import { startSyncServer } from './server';

const result = readConfig(process.env);
if (!result.ok) {
  console.error(describeProblems(result.problems));
  process.exit(2);
}
const { config } = result;

try {
  const server = await startSyncServer(config);
  // One JSON line: the journal and the tests read when the node is ready and on which port.
  process.stdout.write(
    JSON.stringify({
      event: 'listening',
      node: server.nodeId,
      port: server.port,
      tls: config.tls !== null,
    }) + '\n',
  );
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('close:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  console.error(
    `Start fehlgeschlagen / start failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
