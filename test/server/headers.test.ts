import { describe, expect, it } from 'vitest';
import { isEmbed, securityHeaders } from '../../src/server/headers';

describe('securityHeaders', () => {
  it('refuses framing everywhere but on the calculator embeds', () => {
    const page = securityHeaders('/articles/x/', { https: false });
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const path of ['/embed/service-climate/', '/en/embed/sears-chain/']) {
      const embed = securityHeaders(path, { https: false });
      expect(isEmbed(path)).toBe(true);
      expect(embed['X-Frame-Options']).toBeUndefined();
      expect(embed['Content-Security-Policy']).not.toContain('frame-ancestors');
    }
    expect(isEmbed('/articles/embed/')).toBe(false);
  });

  it('always sends the rest, and HSTS only over HTTPS', () => {
    const plain = securityHeaders('/', { https: false });
    expect(plain).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(plain['Content-Security-Policy']).toContain("object-src 'none'");
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders('/', { https: true })['Strict-Transport-Security']).toMatch(
      /max-age=\d{8}/,
    );
  });
});
