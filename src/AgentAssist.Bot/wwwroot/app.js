// The try-it page: calls POST /api/v1/check/card and POST /api/v1/suggest and shows the verdict, the suggested reply, the draft with its findings highlighted, and
// the Teams result card drawn by Microsoft's Adaptive Cards renderer. Every piece of the draft reaches the page as
// text (textContent, input values, or the renderer's text runs), never as HTML, so a draft cannot inject markup.
'use strict';

const form = document.getElementById('check-form');
const draftInput = document.getElementById('draft');
const channelSelect = document.getElementById('channel');
const languageSelect = document.getElementById('language');
const checkButton = document.getElementById('check');
const customerSelect = document.getElementById('customer');
const suggestionSection = document.getElementById('suggestion-section');
const suggestionText = document.getElementById('suggestion');
const suggestionWithheld = document.getElementById('suggestion-withheld');
const useSuggestionButton = document.getElementById('use-suggestion');
const cardPreview = document.getElementById('card-preview');
const cardNote = document.getElementById('card-note');

// The renderer is installed by `npm ci` and served by the build at lib/adaptivecards.min.js; it is not committed.
// Without it the page still checks drafts and says why there is no card.
const rendererLoaded = new Promise(resolve => {
  const script = document.createElement('script');
  script.src = 'lib/adaptivecards.min.js';
  script.onload = () => resolve(window.AdaptiveCards ?? null);
  script.onerror = () => resolve(null);
  document.head.appendChild(script);
});

const RENDERER_MISSING =
  'The Teams card preview needs Microsoft\'s Adaptive Cards renderer: run `npm ci` at the repository root and build again. ' +
  '(Under `dotnet run`, also set ASPNETCORE_ENVIRONMENT=Development; a published app carries it in wwwroot/lib.)';

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

function showVerdict(verdict, text) {
  const outcome = document.getElementById('outcome');
  outcome.textContent = verdict.outcome;
  outcome.className = `badge ${verdict.outcome}`;
  document.getElementById('summary').textContent =
    `${verdict.findings.length} finding(s) · ${verdict.channel.id} (${verdict.channel.kind}) · ${verdict.language}${verdict.languageDetected ? ' (detected)' : ''}`;
  highlight(document.getElementById('highlighted'), text, verdict.findings);
  showFindings(document.getElementById('findings'), verdict.findings);
  document.getElementById('corrected-block').hidden = verdict.correctedText === text;
  document.getElementById('corrected').textContent = verdict.correctedText;
}

function showNote(message) {
  cardNote.textContent = message;
  cardNote.hidden = !message;
}

// --- The card preview -------------------------------------------------------------------------------------------

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// The renderer hands Markdown in TextBlocks and facts to this and puts the result in as HTML. Everything is escaped
// first, so only the <strong>, <em> and <br> added here are markup. (The bot puts draft text only in text runs and
// inputs, which the renderer never reads as Markdown; this is the second line of defence.)
function processMarkdown(text, result) {
  result.outputHtml = escapeHtml(text)
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])_(\S(?:.*?\S)?)_(?![\w])/g, '$1<em>$2</em>')
    .replace(/\r?\n/g, '<br>');
  result.didProcess = true;
}

// Close to Teams' light theme: Segoe UI at 14px, Teams' spacing, its purple accent and status colours.
function teamsHostConfig() {
  const colours = (highlight = '#FFF1C2') => ({
    default: { default: '#242424', subtle: '#616161' },
    dark: { default: '#252423', subtle: '#484644' },
    light: { default: '#FFFFFF', subtle: '#F5F5F5' },
    accent: { default: '#5B5FC7', subtle: '#6264A7' },
    good: { default: '#0E700E', subtle: '#237B4B' },
    warning: { default: '#8A5A00', subtle: '#A96C00' },
    attention: { default: '#C4314B', subtle: '#B7303F', highlightColors: { default: highlight, subtle: highlight } },
  });
  const style = backgroundColor => ({ backgroundColor, foregroundColors: colours() });
  return {
    supportsInteractivity: true,
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: style('#FFFFFF'),
      emphasis: style('#F5F5F5'),
      accent: style('#E8EBFA'),
      good: style('#E7F2DA'),
      warning: style('#FBF6D9'),
      attention: style('#FDF3F4'),
    },
    actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, allowTitleToWrap: true, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
    adaptiveCard: { allowCustomStyle: true },
    factSet: { title: { weight: 'bolder', wrap: true, maxWidth: 150 }, value: { wrap: true }, spacing: 12 },
    inputs: { label: { requiredInputs: { weight: 'bolder', suffix: ' *' }, optionalInputs: { weight: 'bolder' } }, errorMessage: { color: 'attention' } },
  };
}

function renderCard(AC, card) {
  AC.AdaptiveCard.onProcessMarkdown = processMarkdown;
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(teamsHostConfig());
  adaptiveCard.onExecuteAction = action => onCardAction(AC, action);
  adaptiveCard.parse(card);
  const element = adaptiveCard.render();
  cardPreview.replaceChildren();
  if (element) {
    cardPreview.appendChild(element);
  }
}

// What the bot does on a click, done here: check the edited draft again, point at the form, or say approvals are off.
function onCardAction(AC, action) {
  if (!(action instanceof AC.ExecuteAction)) {
    return;
  }
  const data = action.data ?? {};
  switch (action.verb) {
    case 'check':
    case 'recheck': {
      const text = typeof data.text === 'string' ? data.text : draftInput.value;
      draftInput.value = text;
      if (data.channel) {
        channelSelect.value = data.channel;
      }
      languageSelect.value = data.language === 'en' || data.language === 'es' ? data.language : '';
      runCheck();
      break;
    }
    case 'requestApproval':
      showNote('In Teams this asks a supervisor to approve the draft. Approvals are not enabled yet, so nothing was sent.');
      break;
    case 'form':
      draftInput.focus();
      draftInput.scrollIntoView({ behavior: 'smooth', block: 'center' });
      break;
    default:
      break;
  }
}

// The sample customers (or whoever the store holds), to try suggestions with a customer's name, language and history.
async function loadCustomers() {
  const response = await fetch('api/v1/customers');
  if (!response.ok) {
    return;
  }
  for (const customer of await response.json()) {
    const option = document.createElement('option');
    option.value = customer.handle ?? customer.id;
    const name = customer.preferredName ? `${customer.preferredName}, ` : '';
    option.textContent = `${name}${customer.handle ?? customer.id} (${customer.language ?? '?'}${customer.tier ? `, ${customer.tier}` : ''})`;
    customerSelect.appendChild(option);
  }
}

function showSuggestion(payload) {
  suggestionSection.hidden = false;
  const suggestion = payload.suggestion;
  const list = document.getElementById('suggestion-changes');
  list.replaceChildren();
  useSuggestionButton.hidden = !suggestion;
  suggestionText.hidden = !suggestion;
  suggestionWithheld.hidden = !!suggestion;
  const badge = document.getElementById('suggestion-outcome');
  if (!suggestion) {
    badge.textContent = '';
    suggestionWithheld.textContent = `No suggestion: ${payload.withheld}`;
    return;
  }
  suggestionText.textContent = suggestion.text;
  badge.textContent = suggestion.check.outcome;
  badge.className = `badge ${suggestion.check.outcome}`;
  for (const change of suggestion.changes) {
    const item = document.createElement('li');
    item.textContent = change.ruleId ? `${change.description} (${change.ruleId})` : change.description;
    list.appendChild(item);
  }
}

async function runSuggest(body) {
  const response = await fetch('api/v1/suggest', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) {
    showSuggestion(await response.json());
  }
}

useSuggestionButton.addEventListener('click', () => {
  draftInput.value = suggestionText.textContent;
  runCheck();
});

// --- Checking --------------------------------------------------------------------------------------------------

async function runCheck() {
  const error = document.getElementById('error');
  error.hidden = true;
  const text = draftInput.value;
  const body = { text, channel: channelSelect.value, language: languageSelect.value || null };
  if (customerSelect.value) {
    body.customer = { handle: customerSelect.value };
  }
  checkButton.disabled = true;
  try {
    const response = await fetch('api/v1/check/card', {
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
    showVerdict(payload.verdict, text);
    await runSuggest(body);
    showNote('');
    const AC = await rendererLoaded;
    if (AC) {
      renderCard(AC, payload.card);
    } else {
      cardPreview.replaceChildren();
      showNote(RENDERER_MISSING);
    }
  } catch (e) {
    error.textContent = `The check failed: ${e.message}`;
    error.hidden = false;
  } finally {
    checkButton.disabled = false;
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  runCheck();
});

loadChannels();
loadCustomers();
