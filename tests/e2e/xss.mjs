// The XSS corpus as a story: every payload in every text field, and as every link target.
import { readFileSync } from 'node:fs';

export const payloads = JSON.parse(readFileSync(new URL('./fixtures/xss-payloads.json', import.meta.url)));

/** A story with every payload in every text field, and as every link target. */
export function xssStory() {
  const all = payloads.join(' ');
  return {
    version: 1,
    title: all,
    author: { name: all, url: 'javascript:window.__xss=1' },
    summary: all,
    lang: 'en"><script>window.__xss=1</script>',
    sections: payloads.map((p, i) => ({
      title: p,
      period: p,
      status: ['done', 'current', 'upcoming'][i % 3],
      body: `${p}\n\n[link ${i}](${p}) **${p}** *${p}*\n\n- ${p}`,
      highlights: [p],
      skills: [p],
    })),
  };
}

