import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-guessability.js';

const ada = { email: 'ada.lovelace@example.org', name: 'Ada Lovelace' };

describe('a new password an attacker would try early is refused, whatever its length', () => {
  it.each([
    ['Password2026!', 'common'],
    ['p@ssw0rd1234', 'common'],
    ['Contraseña123', 'common'],
    ['!!welcome!!2026', 'common'],
    ['iloveyou12345', 'common'],
    ['qwertyuiop', 'pattern'],
    ['0987654321', 'pattern'],
    ['3141592653', 'pattern'],
    ['aaaaaaaaaaaa', 'pattern'],
    ['abcabcabcabc', 'pattern'],
    ['zyxwvutsrqpo', 'pattern'],
    ['aabbaabbaabb', 'pattern'],
    ['lovelace2026', 'personal'],
    ['AdaLovelace!!', 'personal'],
    ['l0v3l4c3-rules', 'personal'],
    ['my tonus account', 'personal'],
  ] as const)('%s is refused as %s', (password, why) => {
    expect(passwordWeakness(password, ada)).toBe(why);
  });

  it('a short name dressed with a run of digits is refused, as a long one is', () => {
    const drNew = { email: 'drnew2@example.org', name: 'Dr New' };
    expect(passwordWeakness('Dr New 12345', drNew)).toBe('personal');
    expect(passwordWeakness('DrNew-2026-2026', drNew)).toBe('personal');
    expect(passwordWeakness('Jo Smith 12345', { email: 'jo@example.org', name: 'Jo Smith' })).toBe(
      'personal',
    );
    // the name is only a part: what is left is not weak
    expect(passwordWeakness('Dr New likes quiet rivers', drNew)).toBe(null);
  });

  it('the email name counts as the person’s own word', () => {
    expect(
      passwordWeakness('grace-hopper-1906', { email: 'ghopper@navy.example', name: 'G' }),
    ).toBe(null);
    expect(
      passwordWeakness('ghopper-1906-cobol', { email: 'ghopper@navy.example', name: 'G' }),
    ).toBe('personal');
  });
});

describe('a password that is hard to guess passes without composition rules', () => {
  it.each([
    'correct horse battery staple',
    'demo-patient-2026',
    'Tulips in the rain',
    'x9$7!k2#q0vB',
    '9#4!2$7&1%',
    'cicada morning walk',
  ])('%s passes', (password) => {
    expect(passwordWeakness(password, ada)).toBe(null);
  });

  it('short names are left out, so a three-letter name inside a word does not refuse it', () => {
    expect(passwordWeakness('arcadian sunsets', { email: 'ada@example.org', name: 'Ada' })).toBe(
      null,
    );
  });
});
