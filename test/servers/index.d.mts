import type { IncomingMessage, ServerResponse } from 'node:http';
export function connectMiddleware(): Promise<(req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void>;
export function koaMiddleware(): Promise<unknown>;
