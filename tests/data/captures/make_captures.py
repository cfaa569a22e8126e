#!/usr/bin/env python3
"""Writes the small hand-made captures tst_capture_reader and tst_capture_fuzz read.

Independent of tcplab's own writer on purpose (plain struct packing), so the reader is not
only tested against the code that writes its input. Run it from anywhere; it rewrites the
.pcap/.pcapng files beside itself. The expected counts are in tests/tst_capture_reader.cpp.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a):
    return bytes(int(x) for x in a.split("."))


def ip6(*words):
    return struct.pack("!8H", *words)


def tcp(src, dst, sport, dport, seq, ack, flags, payload=b"", options=b"", window=65535, pseudo=None, offset=None):
    hlen = 20 + len(options)
    off = offset if offset is not None else hlen // 4
    header = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, off << 4, flags, window, 0, 0) + options
    seg = header + payload
    if pseudo is not None:
        c = checksum(pseudo + seg)
        seg = seg[:16] + struct.pack("!H", c) + seg[18:]
    return seg


def ipv4(src, dst, proto, payload, ident=1, frag=0x4000, total=None):
    length = total if total is not None else 20 + len(payload)
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, length, ident, frag, 64, proto, 0, ip4(src), ip4(dst))
    h = h[:10] + struct.pack("!H", checksum(h)) + h[12:]
    return h + payload


def tcp4(src, dst, sport, dport, seq, ack, flags, payload=b"", options=b"", ident=1, **kw):
    seglen = 20 + len(options) + len(payload)
    pseudo = ip4(src) + ip4(dst) + struct.pack("!BBH", 0, 6, seglen)
    return ipv4(src, dst, 6, tcp(src, dst, sport, dport, seq, ack, flags, payload, options, pseudo=pseudo, **kw), ident)


def ipv6(src, dst, next_header, payload):
    return struct.pack("!IHBB", 6 << 28, len(payload), next_header, 64) + src + dst + payload


def tcp6(src, dst, sport, dport, seq, ack, flags, payload=b"", options=b""):
    seglen = 20 + len(options) + len(payload)
    pseudo = src + dst + struct.pack("!I3xB", seglen, 6)
    return ipv6(src, dst, 6, tcp(src, dst, sport, dport, seq, ack, flags, payload, options, pseudo=pseudo))


def ether(payload, ethertype=0x0800, tags=()):
    head = b"\x02\x00\x0a\x00\x00\x02" + b"\x02\x00\x0a\x00\x00\x01"
    for tpid, vid in tags:
        head += struct.pack("!HH", tpid, vid)
    return head + struct.pack("!H", ethertype) + payload


def write_pcap(name, linktype, frames, snaplen=262144):
    """frames: list of bytes, or (bytes, wire_length) for a frame cut short."""
    out = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, linktype)
    for i, f in enumerate(frames):
        data, wire = (f if isinstance(f, tuple) else (f, len(f)))
        out += struct.pack("<IIII", 1700000000 + i, 0, len(data), wire) + data
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(out)


def write_pcapng(name, linktype, frames):
    def block(kind, body):
        while len(body) % 4:
            body += b"\0"
        return struct.pack("<II", kind, len(body) + 12) + body + struct.pack("<I", len(body) + 12)

    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1) + b"\0\0\0\0")
    out += block(1, struct.pack("<HHI", linktype, 0, 262144) + b"\0\0\0\0")
    for t_us, data in frames:
        body = struct.pack("<IIIII", 0, t_us >> 32, t_us & 0xFFFFFFFF, len(data), len(data)) + data
        while len(body) % 4:
            body += b"\0"
        out += block(6, body)
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(out)


SYN, FIN, RST, PSH, ACK = 0x02, 0x01, 0x04, 0x08, 0x10
A, B = "192.0.2.1", "192.0.2.2"
MSS = struct.pack("!BBH", 2, 4, 1460)
UDP = struct.pack("!HHHH", 5353, 5353, 12, 0) + b"abcd"

# Ethernet: untagged, one 802.1Q tag, 802.1ad + 802.1Q, then ARP and UDP (not TCP).
write_pcap("ethernet_vlan.pcap", 1, [
    ether(tcp4(A, B, 40000, 80, 1000, 0, SYN, options=MSS)),
    ether(tcp4(B, A, 80, 40000, 5000, 1001, SYN | ACK, options=MSS), 0x0800, [(0x8100, 10)]),
    ether(tcp4(A, B, 40000, 80, 1001, 5001, ACK), 0x0800, [(0x88A8, 100), (0x8100, 10)]),
    ether(b"\x00\x01\x08\x00\x06\x04\x00\x01" + b"\0" * 20, 0x0806),
    ether(ipv4(A, B, 17, UDP)),
])

# Linux cooked capture v1: protocol at offset 14.
def sll(payload, protocol):
    return struct.pack("!HHH8sH", 0, 1, 6, b"\x02\x00\x0a\x00\x00\x01\0\0", protocol) + payload

A6 = ip6(0x2001, 0xDB8, 0, 0, 0, 0, 0, 1)
B6 = ip6(0x2001, 0xDB8, 0, 0, 0, 0, 0, 2)
write_pcap("linux_sll.pcap", 113, [
    sll(tcp4(A, B, 40001, 443, 1, 0, SYN), 0x0800),
    sll(tcp4(B, A, 443, 40001, 9, 2, SYN | ACK), 0x0800),
    sll(tcp6(A6, B6, 50000, 443, 7, 0, SYN), 0x86DD),
    sll(b"\0" * 28, 0x0806),
])

# Linux cooked capture v2: protocol first, 20-byte header.
def sll2(payload, protocol):
    return struct.pack("!HHIHBB8s", protocol, 0, 2, 1, 0, 6, b"\x02\x00\x0a\x00\x00\x01\0\0") + payload

write_pcap("linux_sll2.pcap", 276, [
    sll2(tcp4(A, B, 40002, 22, 1, 0, SYN), 0x0800),
    sll2(tcp4(B, A, 22, 40002, 1, 2, RST | ACK), 0x0800),
    sll2(ipv4(A, B, 1, b"\x08\x00\xf7\xff\0\0\0\0"), 0x0800),
])

# BSD loopback (DLT_NULL): the family in the capturing host's byte order; macOS's
# AF_INET6 is 30. Family 7 is neither IPv4 nor IPv6.
write_pcap("bsd_null.pcap", 0, [
    struct.pack("<I", 2) + tcp4("127.0.0.1", "127.0.0.1", 40003, 8080, 1, 0, SYN),
    struct.pack("<I", 30) + tcp6(A6, B6, 50001, 8080, 1, 0, SYN),
    struct.pack("<I", 7) + b"\0" * 40,
])

# Raw IP (LINKTYPE_RAW): IPv4, IPv6 with a hop-by-hop header, an IPv6 fragment, IPv6 UDP.
hop_by_hop = struct.pack("!BB6s", 6, 0, b"\x01\x04\0\0\0\0")  # next: TCP; PadN
tcp_after_hbh = tcp(A6, B6, 50002, 80, 1, 0, SYN, pseudo=A6 + B6 + struct.pack("!I3xB", 20, 6))
fragment = struct.pack("!BBHI", 6, 0, (100 << 3) | 1, 0x1234)
write_pcap("raw_ip.pcap", 101, [
    tcp4(A, B, 40004, 80, 1, 0, SYN),
    ipv6(A6, B6, 0, hop_by_hop + tcp_after_hbh),
    ipv6(A6, B6, 44, fragment + b"\0" * 24),
    ipv6(A6, B6, 17, UDP),
])

# Truncated: cut inside the IP header; an IP total length longer than the frame; TCP
# data offsets of 4 (too small) and 15 (past the segment); a payload cut by the snap
# length (kept, counted apart).
full = ether(tcp4(A, B, 40005, 80, 1, 1, PSH | ACK, payload=b"x" * 100))
write_pcap("truncated.pcap", 1, [
    (full[:30], len(full)),
    ether(ipv4(A, B, 6, tcp(A, B, 40005, 80, 1, 1, ACK), total=400)),
    ether(ipv4(A, B, 6, tcp(A, B, 40005, 80, 1, 1, ACK, offset=4))),
    ether(ipv4(A, B, 6, tcp(A, B, 40005, 80, 1, 1, ACK, offset=15))),
    (full[:60], len(full)),
])

# IPv4 fragments: a first fragment (more-fragments set) and a later one (offset).
write_pcap("fragments.pcap", 1, [
    ether(ipv4(A, B, 6, tcp(A, B, 40006, 80, 1, 1, ACK, payload=b"y" * 40), frag=0x2000)),
    ether(ipv4(A, B, 6, b"z" * 40, frag=0x0006)),
    ether(tcp4(A, B, 40006, 80, 1, 0, SYN)),
])

# TCP options: length 0, length 1, a length past the header, an MSS of length 3; then a
# good set (NOP, NOP, SACK-permitted, timestamps, MSS, EOL).
def opts(raw):
    while len(raw) % 4:
        raw += b"\0"
    return raw

good = opts(b"\x01\x01\x04\x02\x08\x0a" + b"\0" * 8 + MSS + b"\x00")
write_pcap("bad_options.pcap", 1, [
    ether(tcp4(A, B, 40007, 80, 1, 0, SYN, options=opts(b"\x08\x00"))),
    ether(tcp4(A, B, 40007, 80, 1, 0, SYN, options=opts(b"\x01\x03\x01"))),
    ether(tcp4(A, B, 40007, 80, 1, 0, SYN, options=opts(b"\x08\x0a\x00\x00"))),
    ether(tcp4(A, B, 40007, 80, 1, 0, SYN, options=opts(b"\x02\x03\x05\x00"))),
    ether(tcp4(A, B, 40007, 80, 1, 0, SYN, options=good)),
])

# pcapng over IPv6: one whole connection captured at A's interface (B answers 20 ms after
# each of A's segments; A at once), with data, a half-close and a close; then a second
# connection that is only a SYN. Times from 2023-11-14 22:13:20 UTC.
t0 = 1700000000 * 1000000
conn = [
    (0, A6, B6, 50010, 443, 100, 0, SYN, b"", MSS),
    (20000, B6, A6, 443, 50010, 900, 101, SYN | ACK, b"", MSS),
    (20050, A6, B6, 50010, 443, 101, 901, ACK, b"", b""),
    (30000, A6, B6, 50010, 443, 101, 901, PSH | ACK, b"hello", b""),
    (50000, B6, A6, 443, 50010, 901, 106, ACK, b"", b""),
    (60000, A6, B6, 50010, 443, 106, 901, FIN | ACK, b"", b""),
    (80000, B6, A6, 443, 50010, 901, 107, ACK, b"", b""),
    (90000, B6, A6, 443, 50010, 901, 107, PSH | ACK, b"world!", b""),
    (90040, A6, B6, 50010, 443, 107, 907, ACK, b"", b""),
    (100000, B6, A6, 443, 50010, 907, 107, FIN | ACK, b"", b""),
    (100030, A6, B6, 50010, 443, 107, 908, ACK, b"", b""),
]
frames = []
for t, s, d, sp, dp, seq, ack, fl, pl, op in conn:
    frames.append((t0 + t, ether(tcp6(s, d, sp, dp, seq, ack, fl, pl, op), 0x86DD)))
frames.append((t0 + 200000, ether(tcp6(A6, B6, 50011, 443, 5, 0, SYN), 0x86DD)))
frames.append((t0 + 210000, ether(ipv4(A, B, 17, UDP))))
write_pcapng("ipv6_connections.pcapng", 1, frames)
