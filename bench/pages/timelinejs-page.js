// bench/pages/timelinejs-page.js: fetches the journey story and shows it with TL.Timeline, one
// event slide per section (dates are synthetic, one day apart, since `period` is free text).
const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const list = (items) => (items?.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '');
(async () => {
  const el = document.getElementById('timeline');
  const story = await (await fetch(el.dataset.src)).json();
  const day0 = Date.UTC(2000, 0, 1);
  const events = story.sections.map((s, i) => {
    const d = new Date(day0 + i * 86400000);
    const paragraphs = s.body.split(/\n\s*\n/).filter((p) => p.trim());
    return {
      unique_id: `s${i}`,
      start_date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      display_date: s.period ?? s.status ?? '',
      text: {
        headline: esc(s.title),
        text: paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') + list(s.highlights) + list(s.skills),
      },
    };
  });
  const title = { text: { headline: esc(story.title), text: `<p>${esc(story.author.name)}</p>` } };
  window.timeline = new TL.Timeline(el, { title, events });
})();
