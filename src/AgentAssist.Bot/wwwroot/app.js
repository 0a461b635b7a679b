// The try-it page: calls POST /api/v1/check and shows the verdict. Every piece of the draft is put on the page
// as text (textContent), never as HTML, so a draft cannot inject markup.
'use strict';

const form = document.getElementById('check-form');
const channelSelect = document.getElementById('channel');

async function loadChannels() {
  const response = await fetch('api/v1/channels');
  const channels = await response.json();
  for (const channel of channels) {
    const option = document.createElement('option');
    option.value = channel.id;
    option.textContent = `${channel.name} (${channel.kind})`;
    channelSelect.appendChild(option);
  }
}

function highlight(container, text, findings) {
  container.replaceChildren();
  // Findings may overlap; show each character range once, marked with the most severe finding covering it.
  const order = { info: 0, warning: 1, approval: 2, block: 3 };
  const boundaries = new Set([0, text.length]);
  for (const f of findings) {
    boundaries.add(f.span.start);
    boundaries.add(f.span.start + f.span.length);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = findings.filter(f => f.span.start <= from && f.span.start + f.span.length >= to && f.span.length > 0);
    if (covering.length === 0) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const worst = covering.reduce((a, b) => (order[b.severity] > order[a.severity] ? b : a));
    const mark = document.createElement('mark');
    mark.className = worst.severity;
    mark.title = covering.map(f => f.ruleId).join(', ');
    mark.textContent = piece;
    container.appendChild(mark);
  }
}

function showFindings(list, findings) {
  list.replaceChildren();
  for (const f of findings) {
    const item = document.createElement('li');
    const head = document.createElement('div');
    const badge = document.createElement('span');
    badge.className = 'rule';
    badge.textContent = `${f.severity} · ${f.ruleId}`;
    head.append(badge, document.createTextNode(' ' + f.message));
    item.appendChild(head);
    if (f.reason) {
      const why = document.createElement('p');
      why.className = 'why';
      why.textContent = f.reason;
      item.appendChild(why);
    }
    if (f.fix) {
      const fix = document.createElement('p');
      fix.className = 'fix';
      fix.textContent = f.fix.automatic && f.fix.replacement ? `${f.fix.description} → “${f.fix.replacement}”` : f.fix.description;
      item.appendChild(fix);
    }
    list.appendChild(item);
  }
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const error = document.getElementById('error');
  error.hidden = true;
  const text = document.getElementById('draft').value;
  const body = { text, channel: channelSelect.value, language: document.getElementById('language').value || null };
  const response = await fetch('api/v1/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload = await response.json();
  if (!response.ok) {
    error.textContent = `${payload.title} ${payload.detail ?? ''}`;
    error.hidden = false;
    return;
  }
  document.getElementById('result').hidden = false;
  const outcome = document.getElementById('outcome');
  outcome.textContent = payload.outcome;
  outcome.className = `badge ${payload.outcome}`;
  document.getElementById('summary').textContent =
    `${payload.findings.length} finding(s) · ${payload.channel.id} (${payload.channel.kind}) · ${payload.language}${payload.languageDetected ? ' (detected)' : ''}`;
  highlight(document.getElementById('highlighted'), text, payload.findings);
  showFindings(document.getElementById('findings'), payload.findings);
  const corrected = payload.correctedText !== text;
  document.getElementById('corrected-block').hidden = !corrected;
  document.getElementById('corrected').textContent = payload.correctedText;
});

loadChannels();
