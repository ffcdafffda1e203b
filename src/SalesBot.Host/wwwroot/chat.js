// The local chat: speaks the Bot Framework Activity protocol to /api/messages with deliveryMode "expectReplies",
// so every reply comes back in the HTTP response. The page's own words come from api/chat/text in the browser's
// language, and switch when a reply says it is written in another one (the user's "settings language").
(() => {
  'use strict';

  const log = document.getElementById('log');
  const choices = document.getElementById('choices');
  const form = document.getElementById('composer');
  const input = document.getElementById('input');
  const send = document.getElementById('send');
  const error = document.getElementById('error');
  const progress = document.getElementById('progress');
  const progressLabel = document.getElementById('progress-label');
  const progressBar = document.getElementById('progress-bar');
  const subtitle = document.getElementById('subtitle');
  const newChat = document.getElementById('new-chat');

  const user = { id: remember('salesbot.user', () => 'local-' + randomId()), name: 'You' };
  const bot = { id: 'salesbot', name: 'SalesBot' };
  let conversationId = localStorage.getItem('salesbot.conversation');
  let words = {};

  function language(locale) {
    return String(locale || '').toLowerCase().split(/[-_]/)[0];
  }

  // The page's words in a language, from the bot's resources; the English ones in the HTML stay until they arrive.
  async function loadWords(locale) {
    try {
      const response = await fetch('api/chat/text?lang=' + encodeURIComponent(locale || ''));
      if (!response.ok) return;
      words = await response.json();
    } catch (e) {
      return;
    }
    document.documentElement.lang = words.lang;
    document.title = words.title;
    subtitle.textContent = words.subtitle;
    newChat.textContent = words.newConversation;
    newChat.title = words.newConversationHint;
    input.placeholder = words.placeholder;
    input.setAttribute('aria-label', words.message);
    send.textContent = words.send;
    user.name = words.you;
  }

  function format(text, value) {
    return String(text).replace('{0}', value);
  }

  function randomId() {
    return Math.random().toString(36).slice(2, 10);
  }

  function remember(key, make) {
    let value = localStorage.getItem(key);
    if (!value) {
      value = make();
      localStorage.setItem(key, value);
    }
    return value;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // Light markdown: **bold**, _italic_, `code`, "- " bullet lines, line breaks. HTML is escaped first. A backslash-escaped
  // character (how SalesBot quotes what a user typed, e.g. a prospect name) is shown as itself and never forms markup.
  function render(text) {
    const inline = line => {
      const kept = [];
      const marked = line.replace(/\\([\\*_`~\[\]()<>#|!&])/g, (_, c) => { kept.push(c); return '\uE000' + (kept.length - 1) + '\uE001'; });
      return escapeHtml(marked)
        .replace(/`([^`]+)`/g, '<code>$1</code>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;:!?])/g, '$1<em>$2</em>')
        .replace(/\uE000(\d+)\uE001/g, (_, i) => escapeHtml(kept[Number(i)] ?? ''));
    };
    const out = [];
    let list = null;
    for (const line of text.split('\n')) {
      if (line.startsWith('- ')) {
        list = list || [];
        list.push('<li>' + inline(line.slice(2)) + '</li>');
        continue;
      }
      if (list) {
        out.push('<ul>' + list.join('') + '</ul>');
        list = null;
      }
      out.push(inline(line) + '<br>');
    }
    if (list) out.push('<ul>' + list.join('') + '</ul>');
    return out.join('').replace(/(<br>)+$/, '');
  }

  function addMessage(who, html, testId) {
    const item = document.createElement('li');
    item.className = 'msg msg--' + who;
    item.dataset.testid = testId;
    item.innerHTML = html;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function showChoices(actions) {
    choices.replaceChildren();
    for (const action of actions || []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.title;
      // The bubble shows what the user pressed; the bot gets the button's value.
      button.addEventListener('click', () => sendText(String(action.value ?? action.title), action.title));
      choices.appendChild(button);
    }
  }

  function showProgress(p) {
    if (!p) {
      progress.hidden = true;
      return;
    }
    progress.hidden = false;
    progressLabel.textContent = p.line || `${p.current} / ${p.total} · ${p.flow} · ${p.prospect}`;
    progressBar.style.width = Math.round(100 * (p.current - 1) / p.total) + '%';
  }

  function showActivity(activity) {
    if (activity.type !== 'message') return;
    const item = addMessage('bot', render(activity.text || ''), 'bot-message');
    for (const attachment of activity.attachments || []) {
      if (!attachment.contentUrl) continue;
      const link = document.createElement('a');
      link.href = attachment.contentUrl;
      link.download = attachment.name || 'download';
      link.textContent = format(words.download || 'Download {0}', attachment.name || words.file || 'file');
      link.dataset.testid = 'attachment';
      item.replaceChildren(link);
    }
  }

  async function post(activity) {
    error.hidden = true;
    send.disabled = true;
    try {
      const response = await fetch('api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.assign({
          id: randomId(),
          channelId: 'webchat',
          from: user,
          recipient: bot,
          conversation: { id: conversationId },
          deliveryMode: 'expectReplies',
          locale: navigator.language || 'en-US',
          localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          timestamp: new Date().toISOString(),
        }, activity)),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || format(words.status || 'The bot answered {0}.', response.status));
      }
      const body = await response.json();
      const activities = body.activities || [];
      const written = activities.map(a => language(a.locale)).find(l => l && l !== words.lang);
      if (written) await loadWords(written);
      activities.forEach(showActivity);
      const last = activities[activities.length - 1];
      showChoices(last && last.suggestedActions ? last.suggestedActions.actions : []);
      const question = [...activities].reverse().find(a => a.channelData && a.channelData.salesbot);
      showProgress(question ? question.channelData.salesbot.progress : null);
    } catch (e) {
      // fetch itself failing says so in the browser's words ("Failed to fetch"): say it in the page's language.
      error.textContent = e instanceof TypeError ? (words.unreachable || e.message) : e.message;
      error.hidden = false;
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  function sendText(text, shown) {
    const trimmed = text.trim();
    if (!trimmed) return;
    addMessage('me', escapeHtml(shown || trimmed), 'user-message');
    choices.replaceChildren();
    return post({ type: 'message', text: trimmed });
  }

  function start() {
    const isNew = !conversationId;
    if (isNew) {
      conversationId = 'local-' + randomId();
      localStorage.setItem('salesbot.conversation', conversationId);
    }
    return post({ type: 'conversationUpdate', membersAdded: [user] });
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    sendText(text);
  });

  newChat.addEventListener('click', () => {
    localStorage.removeItem('salesbot.conversation');
    conversationId = null;
    log.replaceChildren();
    showChoices([]);
    showProgress(null);
    start();
  });

  loadWords(navigator.language).then(start);
})();
