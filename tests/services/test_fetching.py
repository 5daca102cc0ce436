"""Fetching a URL connects only to addresses it checked, resolved once per hop, with TLS for the real name."""

import http.server
import ipaddress
import socket
import ssl
import subprocess
import threading

import pytest

from commitments.services.fetching import FetchError, fetch
from commitments.sources.addresses import is_public

PUBLIC = "93.184.216.34"  # never dialled: these tests connect through a socket pair or to 127.0.0.1
OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nbrief"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "192.0.0.8",
        "198.18.0.1",
        "100.64.1.1",
        "100.127.255.254",  # carrier-grade NAT
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "fec0::1",
        "ff02::1",
        "2001:db8::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",  # IPv4-mapped
        "::127.0.0.1",  # IPv4-compatible, deprecated
        "2002:c0a8:101::1",
        "2002:7f00:1::1",  # 6to4 around 192.168.1.1 and 127.0.0.1
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
        "64:ff9b::7f00:1",
        "64:ff9b::a00:1",  # NAT64 around 127.0.0.1 and 10.0.0.1
        "64:ff9b:1::1",  # NAT64 for local use
    ],
)
def test_special_purpose_addresses_are_not_public(address):
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address",
    [PUBLIC, "8.8.8.8", "100.128.0.1", "2606:4700:4700::1111", "2002:808:808::1", "64:ff9b::808:808", "::ffff:8.8.8.8"],
)
def test_public_addresses_are_public(address):
    assert is_public(ipaddress.ip_address(address))


def never_connect(address, timeout):
    raise AssertionError(f"connected to {address}")


def resolver(*answers: list[str]):
    """A resolver giving each answer in turn (the last one from then on), counting the questions."""

    def resolve(host, port):
        resolve.asked.append(host)
        return answers[min(len(resolve.asked), len(answers)) - 1]

    resolve.asked = []
    return resolve


def socket_pair_server(*responses: bytes):
    """A connect() that records the address and answers each request with the next response."""
    queue = list(responses)

    def connect(address, timeout):
        connect.addresses.append(address)
        ours, theirs = socket.socketpair()
        response = queue.pop(0)

        def serve():
            request = b""
            while b"\r\n\r\n" not in request:
                request += theirs.recv(4096)
            connect.requests.append(request)
            theirs.sendall(response)
            theirs.close()

        threading.Thread(target=serve, daemon=True).start()
        return ours

    connect.addresses, connect.requests = [], []
    return connect


def test_carrier_grade_nat_is_refused_before_any_connection(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = False
    with pytest.raises(FetchError) as refused:
        fetch("http://100.64.1.1/brief.txt", connect=never_connect)
    assert refused.value.code == "forbidden_address"
    assert "100.64.1.1" in refused.value.message


def test_a_name_with_a_loopback_address_among_its_answers_is_refused(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = False
    with pytest.raises(FetchError) as refused:
        fetch("http://brief.example/brief.txt", resolve=resolver([PUBLIC, "127.0.0.1"]), connect=never_connect)
    assert refused.value.code == "forbidden_address"


def test_a_name_rebinding_to_loopback_after_the_check_is_never_connected_to_loopback(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = False
    resolve = resolver([PUBLIC], ["127.0.0.1"])
    connect = socket_pair_server(OK)
    fetched = fetch("http://brief.example/brief.txt", resolve=resolve, connect=connect)
    assert fetched.data == b"brief"
    assert resolve.asked == ["brief.example"]
    assert connect.addresses == [(PUBLIC, 80)]
    assert b"\r\nHost: brief.example\r\n" in connect.requests[0]


def test_every_redirect_hop_is_resolved_and_checked(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = False
    redirect = b"HTTP/1.1 302 Found\r\nLocation: http://intern.example/admin\r\nContent-Length: 0\r\n\r\n"
    resolve = resolver([PUBLIC], ["10.0.0.7"])
    connect = socket_pair_server(redirect)
    with pytest.raises(FetchError) as refused:
        fetch("http://brief.example/oud", resolve=resolve, connect=connect)
    assert refused.value.code == "forbidden_address"
    assert resolve.asked == ["brief.example", "intern.example"]
    assert connect.addresses == [(PUBLIC, 80)]


def test_a_loopback_server_is_reachable_when_private_addresses_are_allowed(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = True
    with serving(http.server.ThreadingHTTPServer(("127.0.0.1", 0), BriefHandler)) as port:
        assert fetch(f"http://127.0.0.1:{port}/brief.txt").data == b"brief"


class BriefHandler(http.server.BaseHTTPRequestHandler):
    hosts: list[str] = []

    def do_GET(self):
        self.hosts.append(self.headers["Host"])
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"brief")

    def log_message(self, *args):
        pass


class serving:
    def __init__(self, server):
        self.server = server

    def __enter__(self) -> int:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.server.server_address[1]

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def certificate(tmp_path):
    """A self-signed certificate for brief.example: (certificate path, key path)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=brief.example",
            "-addext",
            "subjectAltName=DNS:brief.example",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def tls_server(certificate, names_seen: list):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    context.sni_callback = lambda _socket, name, _context: names_seen.append(name)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), BriefHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


def test_https_to_a_pinned_address_verifies_the_certificate_and_sends_the_name(settings, certificate):
    settings.INGEST_URL_ALLOW_PRIVATE = True
    names_seen, BriefHandler.hosts = [], []
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    with serving(tls_server(certificate, names_seen)) as port:
        fetched = fetch(f"https://brief.example:{port}/brief.txt", resolve=resolver(["127.0.0.1"]), tls=trusting)
    assert fetched.data == b"brief"
    assert names_seen == ["brief.example"]
    assert BriefHandler.hosts == [f"brief.example:{port}"]


def test_https_refuses_a_certificate_for_another_name(settings, certificate):
    settings.INGEST_URL_ALLOW_PRIVATE = True
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    with serving(tls_server(certificate, [])) as port, pytest.raises(FetchError) as refused:
        fetch(f"https://ander.example:{port}/brief.txt", resolve=resolver(["127.0.0.1"]), tls=trusting)
    assert refused.value.code == "unreachable"
    assert "certificate" in refused.value.message.lower()
