// Preloaded with `node --require` into a child process; Node runs --require preloads in worker threads too, so
// tesseract.js workers are covered. Every attempt to reach the network is written to $VNPLAN_NETWORK_LOG, then fails.
const { appendFileSync } = require('node:fs');
const dns = require('node:dns');
const net = require('node:net');
const { isMainThread } = require('node:worker_threads');

const log = process.env.VNPLAN_NETWORK_LOG;
const where = isMainThread ? 'main' : 'worker';

function refuse(kind, target) {
  if (log) appendFileSync(log, `${where}\t${kind}\t${String(target)}\n`);
  return new Error(`network access blocked in test: ${kind} ${String(target)}`);
}

globalThis.fetch = async (input) => {
  throw refuse('fetch', typeof input === 'string' ? input : (input && input.url) || input);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = args[0];
  // Local IPC (pipes, unix sockets) is not the network.
  if (typeof options === 'object' && options !== null && options.path) return connect.apply(this, args);
  const target = typeof options === 'object' && options !== null ? `${options.host}:${options.port}` : options;
  throw refuse('socket', target);
};
dns.lookup = (hostname) => {
  throw refuse('dns', hostname);
};
if (log) appendFileSync(log, `${where}\tpreloaded\t-\n`);
