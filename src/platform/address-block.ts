/** An operator's list of addresses and CIDR subnets, IPv4 and IPv6 (`127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`). */
import { BlockList, isIP } from 'node:net';

/** One BlockList of the entries; an entry that is neither an address nor a subnet is an error that names it. */
export function addressBlock(entries: readonly string[]): BlockList {
  const block = new BlockList();
  for (const entry of entries) {
    const [net = '', bits, extra] = entry.trim().split('/');
    const family = isIP(net);
    // A zone (fe80::1%eth0) names an interface of this machine, not a client a header could name.
    if (family === 0 || net.includes('%') || extra !== undefined)
      throw new Error(`"${entry}" is not an IPv4 or IPv6 address, nor one with a /prefix`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      block.addAddress(net, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || prefix > (family === 4 ? 32 : 128))
      throw new Error(`"${entry}" has a prefix out of range (/0-/${family === 4 ? 32 : 128})`);
    block.addSubnet(net, prefix, type);
  }
  return block;
}
