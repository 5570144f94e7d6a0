import { describe, expect, test } from 'vitest';
import { isPrivateAddress, normalizeHost } from './address.js';

describe('isPrivateAddress', () => {
  test.each([
    // IPv4 private, loopback, link-local and special ranges
    ['10.0.0.1'],
    ['10.255.255.255'],
    ['172.16.0.1'],
    ['172.31.255.254'],
    ['192.168.1.1'],
    ['127.0.0.1'],
    ['127.255.255.254'],
    ['169.254.169.254'], // cloud metadata endpoint
    ['0.0.0.0'],
    ['0.1.2.3'],
    ['100.64.0.1'],
    ['100.127.255.255'],
    ['192.0.0.8'],
    ['192.0.2.10'],
    ['198.18.0.1'],
    ['198.51.100.7'],
    ['203.0.113.9'],
    ['224.0.0.1'],
    ['239.255.255.250'],
    ['240.0.0.1'],
    ['255.255.255.255'],
    // odd IPv4 notations of loopback/private addresses
    ['2130706433'], // decimal 127.0.0.1
    ['0177.0.0.1'], // octal
    ['0x7f.1'], // hex + short
    ['0x7f000001'],
    ['127.1'], // short
    ['127.0.1'],
    ['017700000001'], // octal whole
    ['0xa.0.0.1'], // 10.0.0.1
    ['3232235777'], // 192.168.1.1
    ['127.0.0.1.'], // trailing dot
    // IPv6
    ['::1'],
    ['::'],
    ['[::1]'],
    ['0:0:0:0:0:0:0:1'],
    ['fe80::1'],
    ['fe80::1%eth0'],
    ['febf:ffff::1'],
    ['fc00::1'],
    ['fd12:3456:789a::1'],
    ['ff02::1'],
    ['fec0::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
    ['[::ffff:10.0.0.1]'],
    ['::ffff:8.8.8.8'], // mapped addresses are never a real IPv6 destination
    ['::127.0.0.1'], // IPv4-compatible
    ['::ffff:0:a00:1'], // IPv4-translated
    ['64:ff9b::10.0.0.1'], // NAT64 of a private address
    ['64:ff9b::7f00:1'],
    ['64:ff9b:1::1'], // local-use NAT64
    ['2002:7f00:1::1'], // 6to4 of 127.0.0.1
    ['2002:c0a8:101::1'], // 6to4 of 192.168.1.1
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2'], // Teredo
    ['2001:db8::1'],
    ['100::1'],
    ['4000::1'], // not in 2000::/3
    // not an address at all
    ['localhost'],
    [''],
    ['1.2.3.4.5'],
  ])('address: %s is private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  test.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['93.184.216.34'],
    ['172.15.255.255'],
    ['172.32.0.1'],
    ['100.63.255.255'],
    ['100.128.0.1'],
    ['169.253.1.1'],
    ['192.169.0.1'],
    ['134744072'], // decimal 8.8.8.8
    ['2001:4860::8888'],
    ['2001:4860:4860::8844'],
    ['2606:4700:4700::1111'],
    ['[2a00:1450:4001:82a::200e]'],
    ['64:ff9b::8.8.8.8'], // NAT64 of a public address
    ['2002:808:808::1'], // 6to4 of 8.8.8.8
  ])('address: %s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });
});

describe('normalizeHost', () => {
  test.each([
    ['2130706433', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0X7F.0X0.0X0.0X1', '127.0.0.1'],
    ['[::FFFF:127.0.0.1]', '::ffff:7f00:1'],
    ['[0:0:0:0:0:0:0:1]', '::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
  ])('address: normalises the IP literal %s to %s', (input, address) => {
    expect(normalizeHost(input)).toMatchObject({ kind: 'ip', address });
  });

  test.each([
    ['Example.COM.', 'example.com'],
    ['1e100.net', '1e100.net'],
    ['0x7g.1', '0x7g.1'],
    ['256.256.256.256', '256.256.256.256'],
  ])('address: treats %s as the DNS name %s', (input, name) => {
    expect(normalizeHost(input)).toEqual({ kind: 'name', name });
  });

  test('address: agrees with the WHATWG URL parser on odd IPv4 notations', () => {
    for (const host of ['2130706433', '0177.0.0.1', '0x7f.1', '127.1', '0xa.0.0.1', '3232235777']) {
      const parsed = normalizeHost(host);
      expect(parsed.kind === 'ip' && parsed.address).toBe(new URL(`http://${host}/`).hostname);
    }
  });
});
