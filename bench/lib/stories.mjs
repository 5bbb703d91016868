// bench/lib/stories.mjs owns the benchmark stories: the seed story as shipped, and stories of
// N sections in journey-story format v1 made by repeating the seed's sections in order, each
// repeat's title suffixed with its round ("Gratitude (3)") so every title is distinct.
import { readFileSync } from 'node:fs';

export const SEED_PATH = new URL('../../www/stories/alx-backend-journey.json', import.meta.url);

export function seedStory() {
  return JSON.parse(readFileSync(SEED_PATH, 'utf8'));
}

/** A story of `n` sections built from the seed's; the seed itself when `n` is 'seed'. */
export function makeStory(n) {
  const seed = seedStory();
  if (n === 'seed') return seed;
  const base = seed.sections;
  const sections = Array.from({ length: n }, (_, i) => {
    const s = base[i % base.length];
    const round = Math.floor(i / base.length);
    return round === 0 ? { ...s } : { ...s, title: `${s.title} (${round + 1})` };
  });
  return { ...seed, title: `${seed.title} (${n} sections)`, sections };
}

/** The section count of a case: 'seed' -> the seed's own count. */
export function sectionCount(n) {
  return n === 'seed' ? seedStory().sections.length : n;
}
