"""Which IP addresses a clerk-supplied URL may make the server connect to: public ones only.

ipaddress's flags (is_private, is_reserved, ...) follow the IANA special-purpose registries
of the Python release, and miss a few ranges: carrier-grade NAT (100.64.0.0/10) is not
"private" there, and IPv6 forms that carry an IPv4 address inside them (6to4, Teredo, NAT64)
are judged as IPv6 only. An IPv4-mapped or NAT64 address is judged as the IPv4 address it
stands for; a 6to4 or Teredo address must be public and so must the IPv4 host it tunnels to.
"""

import ipaddress

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Special-purpose ranges (IANA registries, RFC 6890 and later) that the flags do not cover in
# every Python release we run on.
_ALSO_FORBIDDEN = tuple(
    ipaddress.ip_network(network)
    for network in (
        "100.64.0.0/10",  # carrier-grade NAT, shared address space (RFC 6598)
        "192.0.0.0/24",  # IETF protocol assignments
        "192.31.196.0/24",  # AS112 (RFC 7535)
        "192.52.193.0/24",  # AMT (RFC 7450)
        "192.88.99.0/24",  # 6to4 relay anycast, deprecated (RFC 7526)
        "192.175.48.0/24",  # AS112 direct delegation
        "64:ff9b:1::/48",  # NAT64 for local use (RFC 8215)
        "100::/64",  # discard-only (RFC 6666)
        "2001::/23",  # IETF protocol assignments, Teredo among them
        "2001:db8::/32",  # documentation
        "2620:4f:8000::/48",  # AS112-v6
        "3fff::/20",  # documentation (RFC 9637)
        "5f00::/16",  # SRv6 SIDs (RFC 9602)
        "fc00::/7",  # unique local
        "fec0::/10",  # site-local, deprecated
    )
)
_NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")


def is_public(address: Address) -> bool:
    """Whether a connection to this address reaches the public internet and nothing of ours."""
    translated = _translated_ipv4(address)
    if translated is not None:
        # An IPv4 address written as IPv6 (a resolver's IPv4-mapped answer, or DNS64's
        # NAT64 answer on an IPv6-only network) is that IPv4 address, whatever the flags say
        # of the IPv6 range around it.
        return not _is_special(translated)
    if _is_special(address):
        return False
    tunnelled = _tunnelled_ipv4(address)
    return tunnelled is None or not _is_special(tunnelled)


def _is_special(address: Address) -> bool:
    return (
        address.is_private
        or address.is_reserved
        or address.is_link_local
        or address.is_multicast
        or address.is_loopback
        or address.is_unspecified
        or (address.version == 6 and address.is_site_local)
        or not address.is_global
        or any(address in network for network in _ALSO_FORBIDDEN if network.version == address.version)
    )


def _translated_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped or NAT64 (64:ff9b::/96) address stands for."""
    if address.version == 4:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64_WELL_KNOWN:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _tunnelled_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 host a 6to4 or Teredo address reaches through a relay."""
    if address.version == 4:
        return None
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None
