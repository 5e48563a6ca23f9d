// A real OpenID Connect / OAuth 2.0 server for Linkdeck's tests, built on
// oidc-provider: PKCE, refresh-token rotation, revocation, introspection and
// its development login and consent pages. It binds 127.0.0.1 only, on the
// port given (0 for any free one), and prints {"issuer": …, "port": …} once
// it listens. Configuration: a JSON file named as the first argument, with
// "clients" (oidc-provider client metadata), optional "pkceRequired"
// (default true), optional "ignorePkce" (default false) and optional "ttl"
// (seconds per token kind).
//
// "ignorePkce" makes a server that ignores PKCE, as some real providers do:
// code_challenge and code_challenge_method are taken out of authorization
// requests and code_verifier out of token requests before oidc-provider
// sees them (which would otherwise always check a verifier against the
// challenge), so codes are issued and exchanged whatever verifier is sent.
import Provider from 'oidc-provider';
import http from 'node:http';
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const port = Number(process.argv[3] ?? 0);
const server = http.createServer();

server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: config.clients,
    pkce: { required: () => !config.ignorePkce && (config.pkceRequired ?? true) },
    scopes: ['openid', 'offline_access', 'profile', 'email', ...(config.scopes ?? [])],
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
    },
    rotateRefreshToken: true,
    issueRefreshToken: async (ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
    ttl: config.ttl ?? {},
    cookies: { keys: ['linkdeck-test-cookie-key'] },
    findAccount: async (ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: `${id}@example.test`, name: `Test user ${id}` }),
    }),
  });
  // Plain http on loopback is what the tests use.
  provider.proxy = false;
  if (config.ignorePkce) {
    provider.use(async (ctx, next) => {
      if (ctx.path === '/auth') {
        const query = new URLSearchParams(ctx.querystring);
        query.delete('code_challenge');
        query.delete('code_challenge_method');
        ctx.querystring = query.toString();
      } else if (ctx.path === '/token' && ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        form.delete('code_verifier');
        // oidc-provider reads an already consumed body from req.body.
        ctx.req.body = form.toString();
      }
      await next();
    });
  }
  server.on('request', provider.callback());
  process.stdout.write(JSON.stringify({ issuer, port: server.address().port }) + '\n');
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.closeAllConnections?.();
    server.close(() => process.exit(0));
  });
}
