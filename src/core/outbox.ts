/**
 * An outbox for small records that must reach the server exactly once, also from a device that
 * loses its connection for hours (a kiosk tablet in a waiting room). Each record gets its own
 * idempotency key when it is added and keeps it until the server has stored it; it is kept in
 * localStorage meanwhile, so a reload or a crash loses nothing. Put nothing personal in it.
 *
 * Sending is one record at a time and one flush at a time — within the page, and across tabs where
 * the browser has Web Locks — so no record is ever in flight twice. A record leaves the outbox only
 * after a 2xx, or when the server rejects it for good (a 4xx other than 409 and 425), which no retry would change.
 */
import { newKey, SubmitError } from './submit-error.js';

export interface OutboxItem<T> {
  /** The record's idempotency key, made when it was added. */
  key: string;
  data: T;
  /** When it was added (ms since 1970). */
  at: number;
}

/** Outcome of one record's delivery: stored, rejected for good, or to be tried again later. */
export type DeliveryResult = 'stored' | 'rejected' | 'later';

/**
 * Whether a failure is a rejection no retry would change (a 4xx). Not 409 or 425: a server that keeps
 * Idempotency-Keys answers so while a request with the same key is still being handled (the IETF
 * draft), and that request may yet fail.
 */
export const rejectedForGood = (e: unknown): boolean => e instanceof SubmitError && e.kind === 'rejected' && e.status !== 409 && e.status !== 425;

const running = new Map<string, Promise<unknown>>();
/**
 * Records that storage would not take (turned off, private mode, full), by storage key: still sent
 * while the page is open. Here, not in one Outbox, since each use makes its own.
 */
const memories = new Map<string, OutboxItem<unknown>[]>();

export class Outbox<T> {
  /** @param name storage name, e.g. `quick-rating:/odotustila` (stored as `osallisuus:outbox:<name>`). */
  constructor(readonly name: string) {}

  get storageKey(): string {
    return `osallisuus:outbox:${this.name}`;
  }

  /** The records waiting, oldest first. Anything unreadable counts as none. */
  items(): OutboxItem<T>[] {
    try {
      const list = JSON.parse(localStorage.getItem(this.storageKey) ?? '[]') as unknown;
      return Array.isArray(list) ? list.filter((i): i is OutboxItem<T> => !!i && typeof i === 'object' && typeof i.key === 'string' && 'data' in i) : [];
    } catch {
      return [];
    }
  }

  /** The records waiting, in storage and in memory. */
  get size(): number {
    return this.items().length + this.memory.length;
  }

  /** Adds a record with a new key; returns it. Kept in memory only when storage is blocked or full. */
  add(data: T): OutboxItem<T> {
    const item = { key: newKey(), data, at: Date.now() };
    this.write([...this.items(), item]);
    if (!this.items().some((i) => i.key === item.key)) this.memory = [...this.memory, item];
    return item;
  }

  /** This outbox's records that storage would not take (see memories). */
  private get memory(): OutboxItem<T>[] {
    return (memories.get(this.storageKey) ?? []) as OutboxItem<T>[];
  }

  private set memory(list: OutboxItem<T>[]) {
    if (list.length) memories.set(this.storageKey, list);
    else memories.delete(this.storageKey);
  }

  private write(list: OutboxItem<T>[]) {
    try {
      if (list.length) localStorage.setItem(this.storageKey, JSON.stringify(list));
      else localStorage.removeItem(this.storageKey);
    } catch {
      /* storage blocked or full: see memory */
    }
  }

  private remove(key: string) {
    this.write(this.items().filter((i) => i.key !== key));
    this.memory = this.memory.filter((i) => i.key !== key);
  }

  /**
   * Sends what is waiting, oldest first, with `deliver` (which sends one record with its key).
   * Stops at the first record that must wait (offline, server down); a later flush goes on from
   * there. Calls made while a flush runs wait for it and then flush again, so nothing added
   * meanwhile is left behind. Resolves to the number of records still waiting.
   */
  flush(deliver: (item: OutboxItem<T>) => Promise<DeliveryResult>): Promise<number> {
    const previous = running.get(this.storageKey) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.locked(() => this.sendAll(deliver)));
    running.set(this.storageKey, next);
    next.finally(() => running.get(this.storageKey) === next && running.delete(this.storageKey)).catch(() => undefined);
    return next;
  }

  private locked<R>(work: () => Promise<R>): Promise<R> {
    const locks = (navigator as Navigator & { locks?: { request(name: string, cb: () => Promise<R>): Promise<unknown> } }).locks;
    if (locks) return locks.request(this.storageKey, work) as Promise<R>;
    return work();
  }

  private async sendAll(deliver: (item: OutboxItem<T>) => Promise<DeliveryResult>): Promise<number> {
    for (;;) {
      const [item] = [...this.items(), ...this.memory];
      if (!item || !navigator.onLine) break;
      let result: DeliveryResult;
      try {
        result = await deliver(item);
      } catch (e) {
        result = rejectedForGood(e) ? 'rejected' : 'later';
      }
      if (result === 'later') break;
      this.remove(item.key);
    }
    return this.size;
  }
}
