// core Outbox: records kept in localStorage with their own key until a real HTTP fixture
// (test/servers/quick-rating.mjs) has stored them; flushes never overlap, so no record is sent twice.
import { expect } from '@open-wc/testing';
import { Outbox } from '../src/core/outbox.js';
import { submit } from '../src/core/submit.js';
import { getJson, pageContainer, runId } from './helpers/fixtures.js';

pageContainer();
const stats = (run: string) => getJson<{ requests: number; stored: number; keys: string[] }>(`/api/quick-rating-stats/${run}`);
const rating = (n: number) => ({ rating: n, mode: 'kiosk', locale: 'fi', ratedAt: '2026-12-02T08:00:00.000Z' });

describe('core Outbox', () => {
  it('three flushes started at once send each record exactly once, in order, and empty the outbox', async () => {
    const run = runId('outbox');
    const box = new Outbox<ReturnType<typeof rating>>(`test:${run}`);
    const keys = [1, 2, 3, 4, 5].map((n) => box.add(rating(n)).key);
    expect(new Set(keys).size).to.equal(5);
    expect(JSON.parse(localStorage.getItem(box.storageKey)!)).to.have.length(5);
    const deliver = async (item: { key: string; data: unknown }) => {
      await submit({ url: `/api/quick-rating/ok/${run}`, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(item.data), idempotencyKey: item.key, baseDelayMs: 20 });
      return 'stored' as const;
    };
    const left = await Promise.all([box.flush(deliver), box.flush(deliver), new Outbox(`test:${run}`).flush(deliver)]);
    expect(left).to.deep.equal([0, 0, 0]);
    const s = await stats(run);
    expect([s.requests, s.stored]).to.deep.equal([5, 5]);
    expect(s.keys).to.deep.equal(keys);
    expect(localStorage.getItem(box.storageKey), 'nothing left in storage').to.be.null;
  });

  it('stops at a record that must wait and keeps it with its key; a rejected one leaves', async () => {
    const box = new Outbox<number>(`test:${runId('wait')}`);
    const [a, b] = [box.add(1), box.add(2)];
    expect(await box.flush(async () => 'later')).to.equal(2);
    expect(box.items().map((i) => i.key)).to.deep.equal([a.key, b.key]);
    expect(await box.flush(async (i) => (i.key === a.key ? 'rejected' : 'later'))).to.equal(1);
    expect(box.items().map((i) => i.key)).to.deep.equal([b.key]);
  });
});
