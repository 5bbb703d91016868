// bench/pages/react-chrono-entry.jsx: fetches the journey story and renders it with react-chrono
// in vertical mode (the legacy "VERTICAL": react-chrono 3.3.3 maps "vertical" to alternating), one item per section (title = period or status, cardTitle = section title).
import { createRoot } from 'react-dom/client';
import { Chrono } from 'react-chrono';
import 'react-chrono/dist/style.css';

const el = document.getElementById('story');
const story = await (await fetch(el.dataset.src)).json();
const items = story.sections.map((s) => ({
  title: s.period ?? s.status ?? '',
  cardTitle: s.title,
  cardDetailedText: [...s.body.split(/\n\s*\n/).filter((p) => p.trim()), ...(s.highlights ?? []), ...(s.skills ?? [])],
}));
createRoot(el).render(<Chrono items={items} mode="VERTICAL" />);
