"""QR data codewords: qrcode's segmentation and tables, fast Reed-Solomon."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

from qrcode import base, util

ECL = {"L": 1, "M": 0, "Q": 3, "H": 2}  # qrcode's numbering (= format-info bits)

_ALNUM = {c: i for i, c in enumerate(util.ALPHA_NUM)}


def ecl_value(ecl: str) -> int:
    """Map "L"/"M"/"Q"/"H" to qrcode's constant."""
    try:
        return ECL[ecl.upper()]
    except (KeyError, AttributeError):
        raise ValueError(
            f"error correction level must be L, M, Q or H: {ecl!r}"
        ) from None


def _segments(data: str) -> list[tuple[int, bytes]]:
    """Split data into (mode, bytes) segments exactly as qrcode.QRCode.add_data does."""
    return [(c.mode, c.data) for c in util.optimal_data_chunks(data, minimum=20)]


def _payload(segments: list[tuple[int, bytes]], version: int) -> tuple[int, int]:
    """Mode indicators, counts and data of all segments as (value, bit length)."""
    acc = n = 0
    for mode, raw in segments:
        acc = (acc << 4) | mode
        count_bits = util.length_in_bits(mode, version)
        acc = (acc << count_bits) | len(raw)
        n += 4 + count_bits
        if mode == util.MODE_NUMBER:
            for i in range(0, len(raw), 3):
                group = raw[i : i + 3]
                width = (4, 7, 10)[len(group) - 1]
                acc = (acc << width) | int(group)
                n += width
        elif mode == util.MODE_ALPHA_NUM:
            for i in range(0, len(raw) - 1, 2):
                acc = (acc << 11) | (_ALNUM[raw[i]] * 45 + _ALNUM[raw[i + 1]])
                n += 11
            if len(raw) % 2:
                acc = (acc << 6) | _ALNUM[raw[-1]]
                n += 6
        else:
            acc = (acc << 8 * len(raw)) | int.from_bytes(raw, "big")
            n += 8 * len(raw)
    return acc, n


def fit(data: str, ecl: str = "M") -> tuple[int, int, int]:
    """Smallest version holding data at ecl, with its payload (version, value, bits)."""
    e = ecl_value(ecl)
    segments = _segments(data)
    limits = util.BIT_LIMIT_TABLE[e]
    cache: dict[int, tuple[int, int]] = {}
    for version in range(1, 41):
        size_class = 0 if version < 10 else (1 if version < 27 else 2)
        if size_class not in cache:
            cache[size_class] = _payload(segments, version)
        value, bits = cache[size_class]
        if bits <= limits[version]:
            return version, value, bits
    raise ValueError(f"data too long for a QR code at level {ecl}: {len(data)} chars")


@lru_cache(maxsize=64)
def _rs_table(degree: int) -> tuple[int, ...]:
    """For each factor f, f times the generator polynomial's tail packed in an int."""
    gen = [1]
    for i in range(degree):  # multiply by (x - a^i)
        nxt = [0] * (len(gen) + 1)
        for j, coef in enumerate(gen):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= base.EXP_TABLE[(base.LOG_TABLE[coef] + i) % 255]
        gen = nxt
    logs = [base.LOG_TABLE[g] for g in gen[1:]]
    table = [0]
    for f in range(1, 256):
        lf = base.LOG_TABLE[f]
        row = bytes(base.EXP_TABLE[(lf + lg) % 255] for lg in logs)
        table.append(int.from_bytes(row, "big"))
    return tuple(table)


def _ec_bytes(data: bytes, degree: int) -> bytes:
    """Reed-Solomon error-correction bytes of one block."""
    table = _rs_table(degree)
    shift = 8 * (degree - 1)
    keep = (1 << (8 * degree)) - 1
    rem = 0
    for b in data:
        rem = ((rem << 8) & keep) ^ table[(rem >> shift) ^ b]
    return rem.to_bytes(degree, "big")


def codewords(
    data: str, ecl: str = "M", version: int | None = None
) -> tuple[int, bytes]:
    """Version and final interleaved codewords (data then error correction)."""
    v, value, nbits = fit(data, ecl)
    if version is not None:
        if version < v:
            raise ValueError(f"data needs version {v}, more than {version}")
        v = version
        value, nbits = _payload(_segments(data), v)
    blocks = base.rs_blocks(v, ecl_value(ecl))
    capacity = 8 * sum(b.data_count for b in blocks)
    term = min(4, capacity - nbits)
    value, nbits = value << term, nbits + term
    if nbits % 8:
        value, nbits = value << (8 - nbits % 8), nbits + 8 - nbits % 8
    stream = value.to_bytes(nbits // 8, "big")
    stream += (b"\xec\x11" * capacity)[: capacity // 8 - len(stream)]
    data_blocks, ec_blocks, pos = [], [], 0
    for block in blocks:
        chunk = stream[pos : pos + block.data_count]
        pos += block.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_ec_bytes(chunk, block.total_count - block.data_count))
    if len(blocks) == 1:
        return v, data_blocks[0] + ec_blocks[0]
    out = bytearray()
    for group in (data_blocks, ec_blocks):
        short = min(len(b) for b in group)
        out.extend(bytes(chain.from_iterable(zip(*group, strict=False))))
        out.extend(b[short] for b in group if len(b) > short)  # longer blocks' last
    return v, bytes(out)
