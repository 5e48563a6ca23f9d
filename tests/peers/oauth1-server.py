#!/usr/bin/python3
"""A real OAuth 1.0a provider for Linkdeck's tests, built on Debian's
python3-oauthlib: request token, authorization page, access token and a
signed API call, with HMAC-SHA1 and HMAC-SHA256 signatures.

It binds 127.0.0.1 only, on the port given (0 for any free one), and prints
{"base": ..., "port": ...} once it listens. Configuration: a JSON file named
as the first argument: {"clients": {"<key>": "<secret>", ...},
"signature_methods": ["HMAC-SHA1", "HMAC-SHA256"]}.

Endpoints:
  POST /oauth/request_token   signed; returns oauth_token, oauth_token_secret
  GET  /oauth/authorize       an HTML page with Allow and Deny buttons
  POST /oauth/authorize       decision=allow|deny; redirects to the callback
  POST /oauth/access_token    signed with the request token and verifier
  GET  /api/me                signed with the access token; returns JSON
"""

import html
import json
import secrets
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from oauthlib.common import to_unicode
from oauthlib.oauth1 import (AccessTokenEndpoint, AuthorizationEndpoint,
                             RequestTokenEndpoint, RequestValidator,
                             ResourceEndpoint)
from oauthlib.oauth1.rfc5849 import errors

CONFIG = json.load(open(sys.argv[1]))
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 0


class Store:
    """Everything the provider remembers, in memory."""

    def __init__(self):
        self.lock = threading.Lock()
        self.request_tokens = {}   # token -> {secret, client, callback, verifier, user}
        self.access_tokens = {}    # token -> {secret, client, user}
        self.nonces = set()


STORE = Store()


class Validator(RequestValidator):
    """oauthlib's questions about clients, tokens and nonces."""

    @property
    def allowed_signature_methods(self):
        return tuple(CONFIG.get("signature_methods", ["HMAC-SHA1", "HMAC-SHA256"]))

    @property
    def enforce_ssl(self):
        return False  # plain http on loopback

    @property
    def client_key_length(self):
        return 3, 100

    @property
    def request_token_length(self):
        return 20, 64

    @property
    def access_token_length(self):
        return 20, 64

    @property
    def nonce_length(self):
        return 8, 128

    @property
    def verifier_length(self):
        return 20, 64

    @property
    def dummy_client(self):
        return "dummy-client"

    @property
    def dummy_request_token(self):
        return "dummy-request-token-000"

    @property
    def dummy_access_token(self):
        return "dummy-access-token-0000"

    def check_client_key(self, client_key):
        return 3 <= len(client_key) <= 100

    def get_client_secret(self, client_key, request):
        return CONFIG["clients"].get(client_key, "dummy-secret")

    def validate_client_key(self, client_key, request):
        return client_key in CONFIG["clients"]

    def validate_timestamp_and_nonce(self, client_key, timestamp, nonce, request,
                                     request_token=None, access_token=None):
        key = (client_key, timestamp, nonce, request_token, access_token)
        with STORE.lock:
            if key in STORE.nonces:
                return False
            STORE.nonces.add(key)
        return True

    def validate_redirect_uri(self, client_key, redirect_uri, request):
        parsed = urllib.parse.urlparse(redirect_uri)
        return redirect_uri == "oob" or parsed.scheme in ("http", "https")

    def get_default_realms(self, client_key, request):
        return []

    def validate_requested_realms(self, client_key, realms, request):
        return True

    def get_request_token_secret(self, client_key, token, request):
        entry = STORE.request_tokens.get(token)
        return entry["secret"] if entry and entry["client"] == client_key else "dummy-secret"

    def validate_request_token(self, client_key, token, request):
        entry = STORE.request_tokens.get(token)
        return bool(entry) and entry["client"] == client_key

    def save_request_token(self, token, request):
        with STORE.lock:
            STORE.request_tokens[token["oauth_token"]] = {
                "secret": token["oauth_token_secret"], "client": request.client_key,
                "callback": request.redirect_uri, "verifier": None, "user": None}

    def get_realms(self, token, request):
        return []

    def get_redirect_uri(self, token, request):
        return STORE.request_tokens[token]["callback"]

    def verify_request_token(self, token, request):
        return token in STORE.request_tokens

    def save_verifier(self, token, verifier, request):
        with STORE.lock:
            entry = STORE.request_tokens[token]
            entry["verifier"] = verifier["oauth_verifier"]
            entry["user"] = "alice"

    def validate_verifier(self, client_key, token, verifier, request):
        entry = STORE.request_tokens.get(token)
        return bool(entry) and entry["client"] == client_key and entry["verifier"] == verifier

    def invalidate_request_token(self, client_key, request_token, request):
        with STORE.lock:
            STORE.request_tokens.pop(request_token, None)

    def save_access_token(self, token, request):
        entry = STORE.request_tokens.get(request.resource_owner_key, {})
        with STORE.lock:
            STORE.access_tokens[token["oauth_token"]] = {
                "secret": token["oauth_token_secret"], "client": request.client_key,
                "user": entry.get("user", "alice")}

    def get_access_token_secret(self, client_key, token, request):
        entry = STORE.access_tokens.get(token)
        return entry["secret"] if entry and entry["client"] == client_key else "dummy-secret"

    def validate_access_token(self, client_key, token, request):
        entry = STORE.access_tokens.get(token)
        return bool(entry) and entry["client"] == client_key

    def validate_realms(self, client_key, token, request, uri=None, realms=None):
        return True


VALIDATOR = Validator()
REQUEST_TOKEN = RequestTokenEndpoint(VALIDATOR)
AUTHORIZE = AuthorizationEndpoint(VALIDATOR)
ACCESS_TOKEN = AccessTokenEndpoint(VALIDATOR)
RESOURCE = ResourceEndpoint(VALIDATOR)


class Handler(BaseHTTPRequestHandler):
    server_version = "LinkdeckOAuth1Peer/1"

    def log_message(self, *args):
        pass  # quiet: the tests read stdout

    def uri(self):
        return "http://%s:%d%s" % (self.server.server_address[0], self.server.server_address[1], self.path)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length).decode("utf-8") if length else ""

    def send(self, status, body, headers=None, content_type="application/x-www-form-urlencoded"):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = urllib.parse.urlparse(self.path)
        if path.path == "/oauth/authorize":
            return self.authorize_page(urllib.parse.parse_qs(path.query).get("oauth_token", [""])[0])
        if path.path == "/api/me":
            return self.api("GET", "")
        self.send(404, json.dumps({"error": "not_found"}), content_type="application/json")

    def do_POST(self):
        path = urllib.parse.urlparse(self.path).path
        body = self.body()
        headers = dict(self.headers)
        if path == "/oauth/request_token":
            h, b, s = REQUEST_TOKEN.create_request_token_response(self.uri(), "POST", body, headers)
            return self.send(s, b or "", h)
        if path == "/oauth/access_token":
            h, b, s = ACCESS_TOKEN.create_access_token_response(self.uri(), "POST", body, headers)
            return self.send(s, b or "", h)
        if path == "/oauth/authorize":
            return self.authorize_decision(urllib.parse.parse_qs(body))
        if path == "/api/me":
            return self.api("POST", body)
        self.send(404, json.dumps({"error": "not_found"}), content_type="application/json")

    def authorize_page(self, token):
        if token not in STORE.request_tokens:
            return self.send(400, "<p>Unknown or used request token.</p>", content_type="text/html")
        page = ('<!doctype html><title>Authorize</title><h1>Allow access?</h1>'
                '<form method="post" action="/oauth/authorize">'
                '<input type="hidden" name="oauth_token" value="%s">'
                '<button id="allow" name="decision" value="allow">Allow</button>'
                '<button id="deny" name="decision" value="deny">Deny</button></form>') % html.escape(token)
        self.send(200, page, content_type="text/html")

    def authorize_decision(self, form):
        token = form.get("oauth_token", [""])[0]
        entry = STORE.request_tokens.get(token)
        if not entry:
            return self.send(400, "<p>Unknown or used request token.</p>", content_type="text/html")
        if form.get("decision", [""])[0] != "allow":
            target = entry["callback"]
            separator = "&" if "?" in target else "?"
            return self.send(302, "", {"Location": target + separator + "denied=" + urllib.parse.quote(token)})
        h, b, s = AUTHORIZE.create_authorization_response(
            "http://127.0.0.1/oauth/authorize?oauth_token=" + urllib.parse.quote(token), "GET", None, {}, realms=[])
        self.send(s, b or "", h)

    def api(self, method, body):
        ok, request = RESOURCE.validate_protected_resource_request(self.uri(), method, body, dict(self.headers))
        if not ok:
            return self.send(401, json.dumps({"error": "invalid_signature_or_token"}),
                             {"WWW-Authenticate": "OAuth"}, "application/json")
        user = STORE.access_tokens[request.resource_owner_key]["user"]
        self.send(200, json.dumps({"user": user, "signature_method": request.signature_method}),
                  content_type="application/json")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    print(json.dumps({"base": "http://127.0.0.1:%d" % port, "port": port}), flush=True)

    def stop(*_):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server.serve_forever()


if __name__ == "__main__":
    main()
