// A local OpenAI-compatible HTTP server for tests: a stand-in for the outside OpenAI service
// only. Implements POST /v1/chat/completions (JSON and `stream: true` SSE in the OpenAI chunk
// format, ending with `data: [DONE]`) and POST /v1/embeddings (deterministic vectors of the
// requested `dimensions`, float or base64 as asked, or one encoding whatever was asked, as some
// compatible servers do). A script decides per request what happens; every request is recorded
// so tests can assert what was sent.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  /** Set when the client went away before the reply was complete (e.g. aborted). */
  closedEarly?: boolean;
}

export interface ScriptStep {
  /** Reply text for chat completions; may depend on the request. Default "OK [1]." */
  reply?: string | ((req: RecordedRequest) => string);
  /** Wait before sending headers (slow reply). */
  delayMs?: number;
  /** Wait between stream chunks. */
  chunkDelayMs?: number;
  /** Characters per stream chunk. Default 7. */
  chunkSize?: number;
  /** Reply with this HTTP status and an OpenAI-style error body. */
  status?: number;
  /** Streaming: after this many good chunks, send a `data:` line with invalid JSON. */
  malformedAfter?: number;
  /** Non-stream: send this raw body instead of a completion. */
  rawBody?: string;
  /** Embeddings: answer in this encoding whatever `encoding_format` asked (servers that ignore it). Default: as asked. */
  embeddingEncoding?: 'float' | 'base64';
}

export type Script = ScriptStep | ScriptStep[] | ((req: RecordedRequest, index: number) => ScriptStep);

export interface FakeOpenAI {
  /** Base URL including /v1, for `new OpenAI({ baseURL })`. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The prompt text of a recorded chat request (all messages joined). */
export function promptText(req: RecordedRequest): string {
  return (req.body?.messages ?? []).map((m: any) => String(m.content)).join('\n');
}

/** The passages (`<bron id="n" …>text</bron>`) found in a recorded chat request. */
export function passagesOf(req: RecordedRequest): Array<{ id: string; attrs: string; text: string }> {
  const out: Array<{ id: string; attrs: string; text: string }> = [];
  for (const m of promptText(req).matchAll(/<bron id="(\d+)"([^>]*)>\n([\s\S]*?)\n<\/bron>/g)) {
    out.push({ id: m[1] as string, attrs: m[2] as string, text: m[3] as string });
  }
  return out;
}

/** A deterministic unit vector for a text. */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const v: number[] = [];
  let block = Buffer.alloc(0);
  for (let i = 0; v.length < dimensions; i++) {
    if (block.length < 4) block = createHash('sha256').update(`${i}:${text}`).digest();
    v.push(block.readUInt32LE(0) / 0xffffffff - 0.5);
    block = block.subarray(4);
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function stepFor(script: Script, req: RecordedRequest, index: number): ScriptStep {
  if (typeof script === 'function') return script(req, index);
  if (Array.isArray(script)) return script[Math.min(index, script.length - 1)] ?? {};
  return script;
}

export async function startFakeOpenAI(script: Script = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  let chatIndex = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      const rec: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(rec);
      res.on('close', () => {
        if (!res.writableFinished) rec.closedEarly = true;
      });
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'POST' && path === '/v1/chat/completions') {
        const step = stepFor(script, rec, chatIndex++);
        await chat(rec, step, res);
      } else if (req.method === 'POST' && path === '/v1/embeddings') {
        const step = stepFor(script, rec, 0);
        await embeddings(rec, step, res);
      } else {
        sendJson(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(err), type: 'server_error' } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function errorReply(res: ServerResponse, status: number): Promise<void> {
  sendJson(res, status, { error: { message: `scripted HTTP ${status}`, type: 'server_error', param: null, code: null } });
}

async function chat(rec: RecordedRequest, step: ScriptStep, res: ServerResponse): Promise<void> {
  if (step.delayMs) await sleep(step.delayMs);
  if (res.destroyed) return;
  if (step.status && step.status >= 400) return errorReply(res, step.status);
  const text = typeof step.reply === 'function' ? step.reply(rec) : (step.reply ?? 'OK [1].');
  const id = 'chatcmpl-fake';
  const created = Math.floor(Date.now() / 1000);
  const model = String(rec.body?.model ?? 'fake-model');
  if (!rec.body?.stream) {
    if (step.rawBody !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(step.rawBody);
      return;
    }
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  const size = step.chunkSize ?? 7;
  let sent = 0;
  for (let i = 0; i < text.length; i += size) {
    if (res.destroyed) return;
    if (step.malformedAfter !== undefined && sent >= step.malformedAfter) {
      res.write('data: {"id":"chatcmpl-fake","choices":[{"delta":{"content":"kap\n\n');
      res.end();
      return;
    }
    if (step.chunkDelayMs) await sleep(step.chunkDelayMs);
    if (res.destroyed) return;
    res.write(chunk({ content: text.slice(i, i + size) }, null));
    sent++;
  }
  res.write(chunk({}, 'stop'));
  res.write('data: [DONE]\n\n');
  res.end();
}

async function embeddings(rec: RecordedRequest, step: ScriptStep, res: ServerResponse): Promise<void> {
  if (step.delayMs) await sleep(step.delayMs);
  if (step.status && step.status >= 400) return errorReply(res, step.status);
  const input: unknown = rec.body?.input;
  const inputs = Array.isArray(input) ? (input as unknown[]) : [input];
  if (inputs.length === 0 || inputs.some((x) => typeof x !== 'string' || x === '')) {
    sendJson(res, 400, { error: { message: 'input must be non-empty strings', type: 'invalid_request_error' } });
    return;
  }
  const dimensions = typeof rec.body?.dimensions === 'number' ? rec.body.dimensions : 1536;
  const base64 = (step.embeddingEncoding ?? (rec.body?.encoding_format === 'base64' ? 'base64' : 'float')) === 'base64';
  const data = (inputs as string[]).map((text, index) => {
    const v = fakeEmbedding(text, dimensions);
    const embedding = base64 ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
    return { object: 'embedding', index, embedding };
  });
  sendJson(res, 200, {
    object: 'list',
    // Out of order on purpose: clients must sort by index.
    data: data.reverse(),
    model: String(rec.body?.model ?? ''),
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  });
}
