import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, waitFor } from '../../scripts/serve.ts';
import { freshDataDir } from './site.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

/** Starts the built server (`node src/server/main.ts`, as `npm start` serves it) for the browser tests. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: freshDataDir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  await waitFor(`${baseUrl}/`, 100).catch(() => {
    throw new Error(`the built server did not start on ${baseUrl}:\n${log}`);
  });
  project.provide('baseUrl', baseUrl);
  return () => {
    server?.kill();
  };
}
