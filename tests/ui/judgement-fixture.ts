/** A hand-written PageJudgement for UI tests: five outlets, three claims with every verdict mix. */
import type { ClaimStance, PageJudgement, Stance } from '../../src/contracts/index.js';

export const OUTLETS = [
  { id: 'o000', name: 'Deer Creek Foundation', file: '000.txt', url: 'https://deercreekfoundation.org/a', published: '2025-11-12' },
  { id: 'o001', name: 'GlobalSecurity.org', file: '001.txt', url: 'https://www.globalsecurity.org/b', published: '2025-11-12' },
  { id: 'o002', name: 'Right News Digest', file: '002.txt', url: 'javascript:alert(1)', published: null },
  { id: 'o003', name: 'True News', file: '003.txt', url: 'https://true.news/c', published: null },
  { id: 'o004', name: 'TAG24', file: '004.txt', url: 'https://www.tag24.com/d', published: null },
];

const st = (outlet: string, stance: Stance, evidence: string | null = null, reason: string | null = null): ClaimStance => ({
  outlet,
  file: OUTLETS.find((o) => o.id === outlet)!.file,
  stance,
  evidence,
  reason,
  reasonData: reason ? { kind: 'quantity', theirs: '75', ours: '76' } : null,
});

export const PAGE_TEXT = 'The strikes have killed at least 76 people.\n\nPetro spoke on a podcast.\n\nPetro announced the suspension on X.';

export const JUDGEMENT: PageJudgement = {
  story: { detected: true, score: 0.9, signals: ['frame'] },
  outlets: OUTLETS,
  claims: [
    {
      text: 'The strikes have killed at least 76 people.',
      start: 0,
      end: 43,
      points: ['p1'],
      stances: [
        st('o000', 'confirm', 'The deaths of at least 76 people.'),
        st('o001', 'dispute', 'The strikes are believed to have killed at least 75 people since September.', 'says at least 75, not 76'),
        st('o002', 'omit'),
        st('o003', 'confirm', 'Reports say at least 76 people have been killed <img src=x onerror="alert(1)">.'),
        st('o004', 'confirm', 'At least 76 dead.'),
      ],
    },
    {
      text: 'Petro spoke on a podcast.',
      start: 45,
      end: 70,
      points: ['p2'],
      stances: OUTLETS.map((o) => st(o.id, 'omit')),
    },
    {
      text: 'Petro announced the suspension on X.',
      start: 72,
      end: 108,
      points: ['p3'],
      stances: OUTLETS.map((o, i) => st(o.id, i < 2 ? 'confirm' : 'omit', i < 2 ? 'Petro announced the suspension on X.' : null)),
    },
  ],
  omitted: [{ point: 'p9', text: 'The UK also suspended intelligence sharing with the US.', outlets: ['o000', 'o001', 'o003'] }],
};
