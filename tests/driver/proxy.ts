// The one way out of the browser: an HTTP proxy on 127.0.0.1 that both browsers must use for
// every request (this machine's included). It forwards to 127.0.0.1 only, refuses the rest,
// writes every request down, and can answer an address itself (a test's routed page).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the browser made, as the proxy saw it. */
export interface LoggedRequest {
  method: string;
  /** The full address (for HTTPS, only `https://host:port`: the tunnel is all we see). */
  url: string;
  /** Refused: it was for another machine. */
  blocked: boolean;
}

/** An answer the proxy gives itself, in place of the server. */
export interface RoutedResponse {
  status?: number;
  headers: Record<string, string>;
  body: string;
}

const LOCAL = new Set(['127.0.0.1', 'localhost']);
/** `*.localhost` names this machine too (RFC 6761): sites with subdomains, for tests. */
const isLocal = (host: string) => LOCAL.has(host) || host.endsWith('.localhost');

export interface TestProxy {
  readonly port: number;
  readonly log: LoggedRequest[];
  route(url: string, response: RoutedResponse): void;
  unrouteAll(): void;
  close(): Promise<void>;
}

export function startProxy(): Promise<TestProxy> {
  const log: LoggedRequest[] = [];
  const routes = new Map<string, RoutedResponse>();
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const raw = req.url ?? '';
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const blocked = !isLocal(url.hostname);
    log.push({ method: req.method ?? 'GET', url: raw, blocked });
    if (blocked) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const routed = routes.get(raw);
    if (routed) {
      res.writeHead(routed.status ?? 200, routed.headers).end(routed.body);
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = http.request(
      {
        agent,
        host: '127.0.0.1',
        port: url.port || 80,
        path: `${url.pathname}${url.search}`,
        method: req.method,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    // A browser that closes (a test restarting it) resets its connections: not our error.
    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  // HTTPS asks for a tunnel: nothing here is served over TLS, so every tunnel is refused.
  server.on('connect', (req, socket) => {
    // Without a listener, a tunnel the closing browser resets ("read ECONNRESET") was thrown
    // into the test that happened to be running: the browser-restart test, once in two runs.
    socket.on('error', () => socket.destroy());
    log.push({ method: 'CONNECT', url: `https://${req.url ?? ''}`, blocked: true });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        log,
        route: (url, response) => void routes.set(url, response),
        unrouteAll: () => routes.clear(),
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
