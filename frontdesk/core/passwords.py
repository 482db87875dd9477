"""Password hashing with scrypt (never stored or logged in clear).

New hashes use OWASP's parameters (N = 2^17, r = 8, p = 1); hashes made with weaker parameters still verify
and are replaced at the next successful login (`needs_rehash`)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

N, R, P = 2**17, 8, 1
#: scrypt needs 128·r·N bytes; hashlib's default ceiling (32 MiB) is below that at N = 2^17.
_MAXMEM = 2 * 128 * R * N + 2**20


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=32, maxmem=_MAXMEM)
    return f"scrypt${N}${R}${P}${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"


def _parts(stored: str | None):
    if not stored or not stored.startswith("scrypt$"):
        return None
    try:
        _, n, r, p, salt, key = stored.split("$")
        return int(n), int(r), int(p), base64.b64decode(salt), base64.b64decode(key)
    except ValueError:
        return None


def verify_password(password: str, stored: str | None) -> bool:
    parts = _parts(stored)
    if parts is None:
        # the same work as a real check, so an unknown user answers as slowly as a known one
        hashlib.scrypt(password.encode(), salt=b"\0" * 16, n=N, r=R, p=P, dklen=32, maxmem=_MAXMEM)
        return False
    n, r, p, salt, key = parts
    if n > 2**20 or r > 32 or p > 16:             # a hash this program never makes: refuse rather than hang
        return False
    got = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=len(key),
                         maxmem=2 * 128 * r * n * p + 2**20)
    return hmac.compare_digest(got, key)


def needs_rehash(stored: str | None) -> bool:
    """True for a hash made with weaker parameters than today's (upgrade it at the next login)."""
    parts = _parts(stored)
    return parts is not None and (parts[0] < N or parts[1] < R or parts[2] < P)


def check_strength(password: str) -> str | None:
    """A reason the password is too weak, or None."""
    if len(password) < 6:
        return "at least 6 characters"
    return None
