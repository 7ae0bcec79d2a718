// Starts the mitwirken binary for one test file and stops it again.
//
//   const server = await startServer();                  // { baseURL, dataDir, stop() }
//   const empty = await startServer({ demo: false });    // no demo process
//   await createStaffUser(server, { email, name, password, role: 'organiser:<slug>' });
//   const pseudo = await startServer({ pseudoLocale: true }); // also ?lang=qps-ploc
//
// The binary comes from MITWIRKEN_BIN (absolute path, required). It runs
// `serve --demo` (or, with { demo: false }, plain `serve`) on a free loopback
// port with a fresh, empty data directory; with { pseudoLocale: true } it adds
// `--pseudo-locale`, so that the pseudo-locale can be chosen.

import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const MAX_LOG_CHARS = 64 * 1024;

/** Asks the kernel for a free TCP port on 127.0.0.1 (listen on 0, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function binary() {
  const bin = process.env.MITWIRKEN_BIN;
  if (!bin) {
    throw new Error(
      'MITWIRKEN_BIN is not set: point it at the built binary, e.g. ' +
        'MITWIRKEN_BIN=$PWD/../target/debug/mitwirken npm test',
    );
  }
  if (!path.isAbsolute(bin)) {
    throw new Error(`MITWIRKEN_BIN must be an absolute path, got ${JSON.stringify(bin)}`);
  }
  return bin;
}

/** Keeps the last MAX_LOG_CHARS characters of a stream. */
function tail(stream) {
  const state = { text: '' };
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    state.text += chunk;
    if (state.text.length > MAX_LOG_CHARS) state.text = state.text.slice(-MAX_LOG_CHARS);
  });
  return state;
}

export async function startServer({ demo = true, pseudoLocale = false } = {}) {
  const bin = binary();
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mitwirken-e2e-'));
  const bind = `127.0.0.1:${port}`;
  const baseURL = `http://${bind}`;
  const args = [
    'serve',
    ...(demo ? ['--demo'] : []),
    ...(pseudoLocale ? ['--pseudo-locale'] : []),
    '--bind',
    bind,
    '--data-dir',
    dataDir,
  ];

  const child = spawn(bin, args, {
    env: { ...process.env, RUST_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = tail(child.stdout);
  const stderr = tail(child.stderr);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      exited = { code: null, signal: null, error: err };
      resolve(exited);
    });
  });

  // Never leave the server behind if the test process dies early.
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  const processReport = () =>
    `${bin} ${args.join(' ')}\n` +
    `--- stderr ---\n${stderr.text || '(empty)'}\n` +
    `--- stdout ---\n${stdout.text || '(empty)'}`;

  async function stop() {
    process.off('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timedOut = await Promise.race([
        exitPromise.then(() => false),
        sleep(STOP_TIMEOUT_MS, true, { ref: false }),
      ]);
      if (timedOut) {
        process.stderr.write(
          `mitwirken did not exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it\n`,
        );
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  }

  // Poll /readyz until it answers 200.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (exited) {
      await stop();
      const how = exited.error ? `failed to start: ${exited.error.message}` : `exited early (code ${exited.code}, signal ${exited.signal})`;
      const message = `mitwirken ${how}\n${processReport()}`;
      process.stderr.write(`${message}\n`);
      throw new Error(message);
    }
    try {
      const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
      lastProblem = `GET /readyz answered ${res.status}`;
    } catch (err) {
      lastProblem = `GET /readyz failed: ${err.cause?.code ?? err.message}`;
    }
    if (Date.now() > deadline) {
      await stop();
      const message = `mitwirken was not ready within ${READY_TIMEOUT_MS / 1000} s (${lastProblem})\n${processReport()}`;
      process.stderr.write(`${message}\n`);
      throw new Error(message);
    }
    await sleep(200);
  }

  return { baseURL, dataDir, stop, logs: processReport };
}

/**
 * Makes a back-office account in the server's data directory with
 * `mitwirken admin create-user` (the password through MITWIRKEN_PASSWORD);
 * `role` is e.g. 'organiser:<process slug>', or pass `admin: true`.
 */
export async function createStaffUser(server, { email, name, password, role, admin = false }) {
  const bin = binary();
  const args = ['admin', 'create-user', '--data-dir', server.dataDir, '--email', email, '--name', name];
  if (admin) args.push('--admin');
  if (role) args.push('--role', role);
  try {
    await promisify(execFile)(bin, args, { env: { ...process.env, MITWIRKEN_PASSWORD: password }, timeout: 30_000 });
  } catch (err) {
    throw new Error(`${bin} ${args.join(' ')} failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
  }
}
