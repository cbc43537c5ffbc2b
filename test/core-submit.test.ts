// The submission client against real HTTP handlers (test/servers/submit.mjs): retries, Retry-After,
// timeouts, connection resets, offline, and one stored submission per idempotency key.
import { expect } from '@open-wc/testing';
import { newKey, parseRetryAfter, submit, SubmitError, type SubmitStatus } from '../src/core/submit.js';
import { goOfflineFor } from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { getJson, runId } from './helpers/fixtures.js';

interface Stats { requests: number; stored: number; keys: string[]; log: { n: number; key: string; at: number }[] }
const stats = (run: string) => getJson<Stats>(`/api/submit/stats/${run}`);

async function send(scenario: string, extra: Partial<Parameters<typeof submit>[0]> = {}) {
  const run = runId(scenario);
  const statuses: SubmitStatus[] = [];
  const key = newKey();
  const promise = submit({
    url: `/api/submit/${scenario}/${run}`, body: JSON.stringify({ message: 'Hei' }), headers: { 'Content-Type': 'application/json' },
    idempotencyKey: key, baseDelayMs: 50, timeoutMs: 2000, onStatus: (s) => statuses.push(s), ...extra,
  });
  return { run, statuses, key, promise };
}

describe('submit()', () => {
  it('sends once and returns the parsed body', async () => {
    const { run, promise, key } = await send('ok');
    const res = await promise;
    expect(res).to.deep.include({ status: 201, attempts: 1, body: { reference: 'REF-1' } });
    expect(await stats(run)).to.deep.include({ requests: 1, stored: 1, keys: [key] });
  });

  it('retries 500s with the same idempotency key and stores once', async () => {
    const { run, promise, statuses, key } = await send('fail-twice');
    const res = await promise;
    expect(res.attempts).to.equal(3);
    const s = await stats(run);
    expect(s.requests).to.equal(3);
    expect(s.stored).to.equal(1);
    expect(new Set(s.log.map((l) => l.key))).to.deep.equal(new Set([key]));
    expect(statuses.filter((x) => x.state === 'retrying').map((x) => (x as { reason: string }).reason)).to.deep.equal(['server', 'server']);
  });

  it('honours Retry-After on 429', async () => {
    const { run, promise, statuses } = await send('busy');
    await promise;
    const s = await stats(run);
    expect(s.requests).to.equal(2);
    expect(s.log[1].at - s.log[0].at, 'waited the second the server asked for').to.be.at.least(950);
    expect(statuses.find((x) => x.state === 'retrying')).to.deep.include({ reason: 'busy', status: 429, delayMs: 1000 });
  });

  it('times out a hanging request and retries; the server keeps one', async () => {
    const { run, promise } = await send('hang-once', { timeoutMs: 400 });
    const res = await promise;
    expect(res.attempts).to.equal(2);
    expect(await stats(run)).to.deep.include({ requests: 2, stored: 1 });
  });

  it('retries after the connection breaks in the middle of the answer', async () => {
    const { run, promise, statuses } = await send('flaky-network');
    await promise;
    expect((await stats(run)).stored).to.equal(1);
    expect(statuses.some((x) => x.state === 'retrying' && x.reason === 'network')).to.be.true;
  });

  it('does not retry a rejection and gives the server body', async () => {
    const { run, promise } = await send('reject');
    const err = await promise.then(() => null, (e: unknown) => e);
    expect(err).to.be.instanceOf(SubmitError);
    expect(err).to.deep.include({ kind: 'rejected', status: 422, attempts: 1 });
    expect((err as SubmitError).body).to.deep.equal([{ code: 422, description: 'description too short' }]);
    expect((await stats(run)).requests).to.equal(1);
  });

  it('gives up after the last attempt', async () => {
    const { run, promise } = await send('always-500', { attempts: 3 });
    const err = (await promise.catch((e) => e)) as SubmitError;
    expect(err.kind).to.equal('server');
    expect(err.attempts).to.equal(3);
    expect((await stats(run)).requests).to.equal(3);
  });

  it('waits while offline and sends when back online', needs('offline', async () => {
    await goOfflineFor(800);
    expect(navigator.onLine).to.be.false;
    const { run, promise, statuses } = await send('ok');
    await new Promise((r) => setTimeout(r, 300));
    expect(statuses.map((s) => s.state)).to.deep.equal(['offline']);
    expect((await promise).status).to.equal(201);
    expect(statuses.map((s) => s.state)).to.deep.equal(['offline', 'sending']);
    expect((await stats(run)).stored).to.equal(1);
  }));

  it('sent once (no key, as to Open311): offline before it goes, it waits and sends when back online', needs('offline', async () => {
    await goOfflineFor(800);
    const { run, promise, statuses } = await send('store-then-drop', { once: true, timeoutMs: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(statuses.map((s) => s.state)).to.deep.equal(['offline']);
    // Sent after the connection came back: the server stores it (and then drops the answer).
    const err = (await promise.catch((e) => e)) as SubmitError;
    expect(err.kind).to.equal('network');
    expect(await stats(run)).to.deep.include({ requests: 1, stored: 1 });
  }));

  it('sent once: when the connection goes down after it went, it is not sent again by itself (the server may have it)', needs('offline', async () => {
    const { run, promise, statuses } = await send('store-then-drop', { once: true, timeoutMs: 5000 });
    for (let i = 0; i < 100 && (await stats(run)).requests === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await goOfflineFor(2500);
    const err = (await promise.catch((e) => e)) as SubmitError;
    expect(err, 'fails for the person to decide ("Try again")').to.be.instanceOf(SubmitError);
    expect(err.kind).to.equal('network');
    await new Promise((r) => setTimeout(r, 3000));
    expect(await stats(run), 'stored once, not sent again when the connection came back').to.deep.include({ requests: 1, stored: 1 });
    expect(statuses.map((s) => s.state)).to.not.include('offline');
  }));

  it('can be aborted while waiting', async () => {
    const controller = new AbortController();
    const { promise } = await send('always-500', { signal: controller.signal, baseDelayMs: 5000 });
    setTimeout(() => controller.abort(), 200);
    const err = (await promise.catch((e) => e)) as SubmitError;
    expect(err.kind).to.equal('aborted');
  });
});

describe('submit helpers', () => {
  it('parses Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).to.equal(6000);
    expect(parseRetryAfter('soon')).to.be.undefined;
    expect(parseRetryAfter(null)).to.be.undefined;
  });
  it('makes version-4 UUID keys', () => {
    const keys = new Set(Array.from({ length: 50 }, newKey));
    expect(keys.size).to.equal(50);
    for (const k of keys) expect(k).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
