// The HTTP decision service (examples/native-service) on an ephemeral loopback
// port: every endpoint, the same envelopes as tailorctl, the status mapping,
// malformed HTTP, keep-alive, concurrency, the read timeout and graceful
// shutdown. The binary: $TAILOR_SERVICE or the native-debug build.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('child_process');
const http = require('http');
const net = require('net');
const path = require('path');
const readline = require('readline');
const { vectorFiles, loadVector } = require('./vectors.js');

const build = path.join(__dirname, '..', '..', 'build', 'native-debug');
const serviceBin = process.env.TAILOR_SERVICE || path.join(build, 'examples', 'native-service', 'tailor-service');
const tailorctl = process.env.TAILORCTL || path.join(build, 'native', 'tailorctl');

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Starts the service; resolves once it prints its bound port. */
function startService(extraArgs = []) {
  const child = spawn(serviceBin, ['--port', '0', '--threads', '2', ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = [];
  const waiters = [];
  readline.createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text); // every stdout line must be JSON
    lines.push(line);
    for (const w of [...waiters]) if (w.match(line)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(line); }
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const svc = {
    child, lines, exited,
    /** Resolves with the first log line (past or future) that `match` accepts. */
    waitFor(match) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return svc.waitFor((l) => l.event === 'listening').then((l) => {
    svc.port = l.port;
    assert.equal(l.address, '127.0.0.1');
    return svc;
  });
}

/** One HTTP request; resolves {status, headers, body (string)}. */
function request(port, method, target, body, { agent, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: target, agent: agent || false,
      headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'),
        reusedSocket: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A raw TCP connection that parses the HTTP responses it receives
 * (Content-Length bodies only, which is all the service sends).
 */
function rawConnection(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    let closed = false;
    const waiters = [];
    function pump() {
      while (waiters.length) {
        const end = data.indexOf('\r\n\r\n');
        if (end < 0) break;
        const head = data.subarray(0, end).toString('latin1').split('\r\n');
        const headers = {};
        for (const h of head.slice(1)) { const i = h.indexOf(':'); headers[h.slice(0, i).toLowerCase()] = h.slice(i + 1).trim(); }
        const status = Number(head[0].split(' ')[1]);
        const length = status >= 200 ? Number(headers['content-length'] || 0) : 0;
        if (data.length < end + 4 + length) break;
        const body = data.subarray(end + 4, end + 4 + length).toString('utf8');
        data = data.subarray(end + 4 + length);
        waiters.shift().resolve({ status, headers, body, statusLine: head[0] });
      }
      if (closed) for (const w of waiters.splice(0)) w.reject(new Error('connection closed before a response'));
    }
    socket.on('data', (c) => { data = Buffer.concat([data, c]); pump(); });
    socket.on('close', () => { closed = true; pump(); });
    socket.on('error', () => {});
    socket.on('connect', () => resolve({
      socket,
      get closed() { return closed; },
      get pending() { return data; },
      write: (s) => socket.write(s),
      response: () => new Promise((res, rej) => { waiters.push({ resolve: res, reject: rej }); pump(); }),
      whenClosed: () => new Promise((res) => (closed ? res() : socket.on('close', res))),
    }));
    socket.once('error', reject);
  });
}

function ctl(op, input) {
  const r = spawnSync(tailorctl, [op], { input });
  assert.ok(r.status === 0 || r.status === 2, `tailorctl ${op} exited ${r.status}`);
  return { envelope: r.stdout.toString('utf8').replace(/\n$/, ''), ok: r.status === 0 };
}

function expectedStatus(envelopeText) {
  const env = JSON.parse(envelopeText);
  if (env.ok) return 200;
  return { unknown_operation: 404, input_too_large: 413, internal_error: 500 }[env.error.code] || 400;
}

function errorCode(body) {
  const env = JSON.parse(body);
  assert.equal(env.ok, false);
  assert.deepEqual(Object.keys(env.error), ['code', 'message', 'details']);
  return env.error.code;
}

test('tailor-service', async (t) => {
  const svc = await startService();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  t.after(async () => { agent.destroy(); await svc.stop(); });

  await t.test('GET /healthz and GET /v1/operations', async () => {
    const h = await request(svc.port, 'GET', '/healthz', undefined, { agent });
    assert.equal(h.status, 200);
    assert.equal(h.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(h.body), { ok: true, result: { status: 'serving', version: JSON.parse(ctl('core.version', '{}').envelope).result.version } });

    const ops = await request(svc.port, 'GET', '/v1/operations', undefined, { agent });
    assert.equal(ops.status, 200);
    assert.equal(ops.body, ctl('core.operations', '{}').envelope);
  });

  await t.test('POST /v1/<op> gives tailorctl\'s envelope for every operation and every vector', async () => {
    const listing = JSON.parse(ctl('core.operations', '{}').envelope).result.operations;
    assert.ok(listing.length >= 2);
    for (const { name } of listing) {
      for (const input of ['{}', '[]', '{"unexpected":true}', 'not json']) {
        const r = await request(svc.port, 'POST', '/v1/' + name, input, { agent });
        const want = ctl(name, input);
        assert.equal(r.body, want.envelope, `${name} ${input}`);
        assert.equal(r.status, want.ok ? 200 : expectedStatus(want.envelope), `${name} ${input}`);
      }
    }
    let sent = 0;
    const files = vectorFiles();
    for (const file of files) {
      const v = loadVector(file);
      // Names that cannot travel in a request target unchanged are the CLI's and the C ABI's business.
      if (!/^[\x21-\x7e]*$/.test(v.op) || /[?#%]/.test(v.op)) continue;
      const r = await request(svc.port, 'POST', '/v1/' + v.op, v.input, { agent });
      assert.equal(r.body, v.expect, v.name);
      assert.equal(r.status, expectedStatus(v.expect), v.name);
      sent++;
    }
    assert.ok(sent >= files.length * 0.9, `${sent} of ${files.length} vectors sent`);
  });

  await t.test('status mapping: 404 unknown operation or path, 405, 400, 413', async () => {
    const unknown = await request(svc.port, 'POST', '/v1/no.such_operation', '{}', { agent });
    assert.equal(unknown.status, 404);
    assert.equal(errorCode(unknown.body), 'unknown_operation');
    assert.equal(unknown.body, ctl('no.such_operation', '{}').envelope);

    const nowhere = await request(svc.port, 'GET', '/elsewhere', undefined, { agent });
    assert.equal(nowhere.status, 404);
    assert.equal(errorCode(nowhere.body), 'not_found');

    const wrongMethod = await request(svc.port, 'GET', '/v1/core.version', undefined, { agent });
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.allow, 'POST');
    assert.equal(errorCode(wrongMethod.body), 'method_not_allowed');
    const postListing = await request(svc.port, 'POST', '/v1/operations', '{}', { agent });
    assert.equal(postListing.status, 405);
    assert.equal(postListing.headers.allow, 'GET');

    const badJson = await request(svc.port, 'POST', '/v1/core.version', '{"a":', { agent });
    assert.equal(badJson.status, 400);
    assert.equal(errorCode(badJson.body), 'invalid_json');

    const query = await request(svc.port, 'POST', '/v1/core.version?x=1', '{}', { agent });
    assert.equal(query.status, 400);
    assert.equal(errorCode(query.body), 'bad_request');

    // Declared too large: refused from the headers alone, before any body byte.
    const c = await rawConnection(svc.port);
    c.write('POST /v1/core.version HTTP/1.1\r\nHost: t\r\nContent-Length: 8388609\r\n\r\n');
    const declared = await c.response();
    assert.equal(declared.status, 413);
    assert.equal(declared.headers.connection, 'close');
    assert.equal(errorCode(declared.body), 'input_too_large');
    await c.whenClosed();

    // Sent too large (9 MiB arrives while the answer is already on its way): still a 413 envelope.
    const big = await request(svc.port, 'POST', '/v1/core.version', Buffer.alloc(9 << 20, 0x20));
    assert.equal(big.status, 413);
    assert.equal(errorCode(big.body), 'input_too_large');

    // Within the body limit, but over the core's 1 MiB string limit: the core's input_too_large, also 413.
    const longString = JSON.stringify({ a: 'x'.repeat((1 << 20) + 1) });
    const coreTooLarge = await request(svc.port, 'POST', '/v1/core.version', longString, { agent });
    assert.equal(coreTooLarge.status, 413);
    assert.equal(coreTooLarge.body, ctl('core.version', longString).envelope);
    assert.equal(errorCode(coreTooLarge.body), 'input_too_large');

    // Exactly at the limit: read, then judged by the core (whitespace only → invalid_json).
    const atLimit = await request(svc.port, 'POST', '/v1/core.version', Buffer.alloc(8 << 20, 0x20));
    assert.equal(atLimit.status, 400);
    assert.equal(atLimit.body, ctl('core.version', Buffer.alloc(8 << 20, 0x20)).envelope);
  });

  await t.test('malformed HTTP gets a 400 envelope and the connection is closed', async () => {
    for (const garbage of ['GARBAGE\r\n\r\n', 'POST /v1/core.version HTTP/1.1\r\nContent-Length: abc\r\n\r\n',
      'GET /healthz HTTP/1.1\r\nX: ' + 'y'.repeat(9000) + '\r\n\r\n']) {
      const c = await rawConnection(svc.port);
      c.write(garbage);
      const r = await c.response();
      assert.equal(r.status, 400, JSON.stringify(garbage.slice(0, 40)));
      assert.equal(errorCode(r.body), 'bad_request');
      await c.whenClosed();
    }
    // The service is still serving.
    assert.equal((await request(svc.port, 'GET', '/healthz')).status, 200);
  });

  await t.test('keep-alive: several requests on one connection, answered in order', async () => {
    const c = await rawConnection(svc.port);
    const version = ctl('core.version', '{}').envelope;
    for (let i = 0; i < 3; i++) {
      c.write('POST /v1/core.version HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}');
      const r = await c.response();
      assert.equal(r.status, 200);
      assert.equal(r.body, version);
      assert.equal(c.closed, false);
    }
    // Pipelined: both requests in one write.
    c.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\nPOST /v1/nope HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}');
    assert.equal((await c.response()).status, 200);
    assert.equal((await c.response()).status, 404);
    // Connection: close is honoured.
    c.write('GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n');
    const last = await c.response();
    assert.equal(last.headers.connection, 'close');
    await c.whenClosed();
  });

  await t.test('concurrent requests all get their own answer', async () => {
    const concurrent = new http.Agent({ keepAlive: true, maxSockets: 32 });
    const ops = ['core.version', 'core.operations', 'no.such_op'];
    const expected = Object.fromEntries(ops.map((op) => [op, ctl(op, '{}').envelope]));
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) =>
      request(svc.port, 'POST', '/v1/' + ops[i % 3], '{}', { agent: concurrent }).then((r) => ({ op: ops[i % 3], r }))));
    concurrent.destroy();
    for (const { op, r } of results) {
      assert.equal(r.body, expected[op]);
      assert.equal(r.status, op === 'no.such_op' ? 404 : 200);
    }
  });

  await t.test('access log: one JSON line per request', async () => {
    // A target no other request uses identifies its line (lines of earlier requests may still be arriving).
    const target = '/unique-' + process.pid + '-' + Date.now();
    const r = await request(svc.port, 'POST', target, '{}');
    const line = await svc.waitFor((l) => l.event === 'request' && l.target === target);
    assert.deepEqual(Object.keys(line), ['time', 'event', 'method', 'target', 'status', 'bytes', 'durationUs']);
    assert.match(line.time, RFC3339_UTC);
    assert.equal(line.method, 'POST');
    assert.equal(line.status, 404);
    assert.equal(line.bytes, Buffer.byteLength(r.body));
    assert.ok(Number.isInteger(line.durationUs) && line.durationUs >= 0);
    const ok = await svc.waitFor((l) => l.event === 'request' && l.target === '/v1/core.version' && l.status === 200);
    assert.equal(ok.bytes, Buffer.byteLength(ctl('core.version', '{}').envelope));
  });
});

test('tailor-service closes a request that arrives too slowly (read timeout)', async (t) => {
  const svc = await startService(['--read-timeout-ms', '300']);
  t.after(() => svc.stop());
  const started = Date.now();
  // Slowloris: a header that never ends, and a body that never completes.
  const header = await rawConnection(svc.port);
  header.write('POST /v1/core.version HTTP/1.1\r\nHost: t\r\n');
  const body = await rawConnection(svc.port);
  body.write('POST /v1/core.version HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n{');
  const trickle = setInterval(() => { if (!header.closed) header.write('X'); }, 50); // bytes keep coming, the request never completes
  await Promise.all([header.whenClosed(), body.whenClosed()]);
  clearInterval(trickle);
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 250 && elapsed < 5000, `closed after ${elapsed} ms`);
  assert.equal(header.pending.length, 0, 'nothing is answered to an incomplete request');
  assert.equal(body.pending.length, 0);
  // An idle keep-alive connection is closed after the same time.
  const idle = await rawConnection(svc.port);
  idle.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n');
  assert.equal((await idle.response()).status, 200);
  await idle.whenClosed();
  assert.equal((await request(svc.port, 'GET', '/healthz')).status, 200);
});

test('tailor-service drains on SIGTERM: in-flight request completes, idle ones close, exit 0', async () => {
  const svc = await startService();
  // In flight: the headers are read (the service asks for the body), the body is not yet sent.
  const inflight = await rawConnection(svc.port);
  inflight.write('POST /v1/core.version HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n');
  const cont = await inflight.response();
  assert.equal(cont.status, 100);
  // Idle: one request answered, connection kept open.
  const idle = await rawConnection(svc.port);
  idle.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n');
  assert.equal((await idle.response()).status, 200);

  const signalled = Date.now();
  svc.child.kill('SIGTERM');
  const shutdown = await svc.waitFor((l) => l.event === 'shutdown');
  assert.equal(shutdown.signal, 15);
  assert.equal(shutdown.openConnections, 2);
  await idle.whenClosed();
  // Closed by the drain, not by the 10 s idle timeout.
  assert.ok(Date.now() - signalled < 3000, `idle connection closed ${Date.now() - signalled} ms after SIGTERM`);
  // No longer accepting.
  await assert.rejects(rawConnection(svc.port), (e) => e.code === 'ECONNREFUSED');

  inflight.write('{}');
  const r = await inflight.response();
  assert.equal(r.status, 200);
  assert.equal(r.headers.connection, 'close');
  assert.equal(r.body, ctl('core.version', '{}').envelope);
  await inflight.whenClosed();

  assert.deepEqual(await svc.exited, { code: 0, signal: null });
  assert.equal(svc.lines[svc.lines.length - 1].event, 'stopped');
});

test('tailor-service answers 503 over its connection limit, and serves again below it', async (t) => {
  const svc = await startService(['--max-connections', '1']);
  t.after(() => svc.stop());
  const first = await rawConnection(svc.port);
  first.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n');
  assert.equal((await first.response()).status, 200);

  const second = await rawConnection(svc.port);
  const refused = await second.response(); // answered without sending anything
  assert.equal(refused.status, 503);
  assert.equal(refused.headers.connection, 'close');
  assert.equal(errorCode(refused.body), 'overloaded');
  await second.whenClosed();

  first.socket.end();
  await first.whenClosed();
  // The slot frees once the service has seen the close; poll briefly for it.
  let status = 0;
  for (let i = 0; i < 50 && status !== 200; i++) {
    status = (await request(svc.port, 'GET', '/healthz')).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(status, 200);
});

test('tailor-service rejects bad command lines', () => {
  for (const args of [['--port'], ['--port', '70000'], ['--threads', '0'], ['--read-timeout-ms', 'x'],
    ['--max-connections', '0'], ['--bogus', '1']]) {
    const r = spawnSync(serviceBin, args);
    assert.equal(r.status, 1, args.join(' '));
    assert.match(r.stderr.toString(), /usage: tailor-service/);
  }
  const help = spawnSync(serviceBin, ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout.toString(), /POST \/v1\/<operation>/);
});
