import ipaddr from "ipaddr.js";

/**
 * True only for globally routable unicast addresses. Everything a server-side request must never
 * reach is refused: loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16, incl.
 * the cloud metadata address 169.254.169.254), unique-local (fc00::/7), carrier-grade NAT,
 * multicast, reserved and unspecified — and IPv4 hidden in IPv6 (::ffff:127.0.0.1).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}
