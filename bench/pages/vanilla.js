// bench/pages/vanilla.js: the practical floor. Fetch the story, build the DOM with
// createElement/textContent, one button per section toggles its panel; Expand all and Collapse
// all set every panel's `hidden` and every button's aria-expanded. No library, no build.
const root = document.getElementById('story');
const story = await (await fetch(root.dataset.src)).json();
const el = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};
const header = el('header');
header.append(el('h2', 'title', story.title), el('p', 'author', story.author.name));
if (story.summary) header.append(el('p', 'summary', story.summary));
const list = el('ol', 'sections');
const toggles = [];
story.sections.forEach((s, i) => {
  const li = el('li', 'section');
  const h3 = el('h3');
  const label = [el('span', 'section-title', s.title)];
  if (s.period) label.push(el('span', 'period', s.period));
  if (s.status) label.push(el('span', 'status', s.status));
  li.append(h3);
  list.append(li);
  if (!s.body && !s.highlights?.length && !s.skills?.length) return h3.append(...label);
  const panel = el('div', 'panel');
  panel.id = `p${i}`;
  panel.hidden = i !== 0;
  const button = el('button', 'toggle');
  button.setAttribute('aria-expanded', String(i === 0));
  button.setAttribute('aria-controls', panel.id);
  button.append(...label);
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
  });
  toggles.push([button, panel]);
  for (const p of s.body.split(/\n\s*\n/)) if (p.trim()) panel.append(el('p', null, p.trim()));
  for (const [key, name] of [['highlights', 'highlights'], ['skills', 'skills']]) {
    if (!s[key]?.length) continue;
    const ul = el('ul', name);
    for (const item of s[key]) ul.append(el('li', null, item));
    panel.append(ul);
  }
  h3.append(button);
  li.append(panel);
});
const toolbar = el('div', 'toolbar');
for (const [text, open] of [['Expand all', true], ['Collapse all', false]]) {
  const b = el('button', null, text);
  b.type = 'button';
  b.addEventListener('click', () => {
    for (const [button, panel] of toggles) {
      panel.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    }
  });
  toolbar.append(b);
}
root.replaceChildren(header, toolbar, list);
