import { detectStory } from '../../src/engine/index.js';
import { readDevPages } from './dev-pages.js';
const { pages } = readDevPages();
const rows = pages.map((p) => ({ p, v: detectStory(p.page) })).sort((a, b) => b.v.score - a.v.score);
for (const { p, v } of rows) console.log(v.score.toFixed(3), p.label.padEnd(9), p.lang, p.id, '|', v.signals.filter(s=>/penalty|frame|negation|time/.test(s)).join(' ; ').slice(0,200));
