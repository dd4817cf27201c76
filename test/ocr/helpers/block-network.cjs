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
  // Node normalises arguments to [[options, callback]] internally.
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  const remote =
    typeof options === 'number' || (typeof options === 'string' && /^\d+$/.test(options)) ||
    (typeof options === 'object' && options !== null && !options.path && (options.port !== undefined || options.host !== undefined));
  // Pipes, unix sockets and inherited descriptors are not the network.
  if (!remote) return connect.apply(this, args);
  throw refuse('socket', typeof options === 'object' ? `${options.host}:${options.port}` : options);
};
dns.lookup = (hostname) => {
  throw refuse('dns', hostname);
};
if (log) appendFileSync(log, `${where}\tpreloaded\t-\n`);
