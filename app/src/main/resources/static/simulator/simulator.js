// The page: who you are, what you send, and the pushes that reach you. Each message goes to the
// server, which turns it into signed WeChat XML for the real portal; replies and pushes come back here.
import { el, eventNumbers, getJson, postImage, postJson } from './api.js';
import { Chat } from './chat.js';
import { initLocation } from './map.js';
import { Panel } from './panel.js';

const POLL_MS = 1500;
const KEEP = 200;
const $ = id => document.getElementById(id);
const saved = JSON.parse(sessionStorage.getItem('gridbot-sim') || '{}');
const state = { histories: saved.histories || {}, seqs: saved.seqs || {}, instance: saved.instance || null,
  newUsers: saved.newUsers || [], current: saved.current || null };
const people = new Map();
const panel = new Panel(document.querySelector('.panel'));
const chat = new Chat($('messages'), number => panel.show(number));
let me = null;
let queue = Promise.resolve();
let patrolPoints = 0;

function save() {
  sessionStorage.setItem('gridbot-sim', JSON.stringify(state));
}

let unbound = [];

async function loadPeople() {
  const { residents, workers, unbound: waiting, timeZone } = await getJson('api/people');
  unbound = waiting;
  chat.zone = timeZone;
  const select = $('person');
  select.replaceChildren();
  const group = (label, list) => {
    const optgroup = el('optgroup');
    optgroup.label = label;
    for (const p of list) {
      people.set(p.openid, p);
      const option = el('option', null, p.label);
      option.value = p.openid;
      optgroup.append(option);
    }
    if (list.length) select.append(optgroup);
  };
  group('居民', residents.map(r => ({ ...r, role: '居民', label: `${r.name} · ${r.gridName}`, initial: r.name[0] })));
  group('网格员', workers.map(w => ({ ...w, role: '网格员', label: `${w.name} ${w.code} · ${w.gridName}`, initial: w.name[0] })));
  const bound = new Set(workers.map(w => w.openid));
  state.newUsers = state.newUsers.filter(openid => !bound.has(openid));
  group('新用户', state.newUsers.map(openid => ({ openid, role: '新用户', label: `新用户 ${openid}`, initial: '新' })));
}

function become(openid) {
  me = people.get(openid) || [...people.values()][0];
  state.current = me.openid;
  save();
  $('person').value = me.openid;
  $('whoami').textContent = `openid: ${me.openid} · ${me.role}${me.gridName ? ' · ' + me.gridName : ''}`;
  $('tool-patrol').hidden = me.role !== '网格员';
  patrolling(false);
  chat.clear();
  for (const item of state.histories[me.openid] || []) chat.add(item, me);
  panel.follow(me.openid);
  poll();
}

/** Keeps the item in the person's history and draws it when that person is on screen. */
function add(person, item) {
  const history = (state.histories[person.openid] ||= []);
  history.push(item);
  history.splice(0, Math.max(0, history.length - KEEP));
  save();
  return person === me ? chat.add(item, me) : null;
}

function follow(text) {
  const numbers = eventNumbers(text);
  if (numbers.length) panel.show(numbers[0]);
}

/**
 * Messages leave one at a time, so replies come back in the order the user sent. They go as the person on screen, or
 * as the one given: a scan goes as whoever scanned, even if the page has moved on to someone else.
 */
function send(payload, item, person = me) {
  queue = queue.then(async () => {
    const mine = item && { ...item, from: 'me', pending: true, at: Date.now() };
    const node = mine && add(person, mine);
    try {
      const result = await postJson('api/messages', { openid: person.openid, ...payload });
      if (mine) mine.pending = false;
      node?.classList.remove('pending');
      if (result.reply) {
        add(person, { kind: 'text', from: 'bot', text: result.reply, at: Date.now() });
        if (person === me) follow(result.reply);
      }
    } catch (error) {
      add(person, { kind: 'notice', text: `该公众号暂时无法提供服务,请稍后再试。(${error.message})`, at: Date.now() });
    }
    save();
  });
  return queue;
}

let polling = false;
async function poll() {
  if (polling || !me) return;
  polling = true;
  const person = me;
  try {
    const answer = await getJson(`api/pushes?openid=${encodeURIComponent(person.openid)}&since=${state.seqs[person.openid] || 0}`);
    if (state.instance && state.instance !== answer.instance) {
      state.seqs = {}; // The app restarted: its inbox starts again from sequence 1.
    } else {
      for (const push of answer.pushes) {
        state.seqs[person.openid] = push.sequence;
        add(person, push.channel === 'TEMPLATE' ? { kind: 'card', push, at: Date.now() }
          : { kind: 'text', from: 'bot', text: push.text, push, at: Date.now() });
        if (person === me) follow(push.eventNumber);
      }
    }
    state.instance = answer.instance;
    save();
  } catch (error) {
    // The next poll tries again; the page keeps what it has.
  } finally {
    polling = false;
  }
}

function sendText() {
  const text = $('text').value.trim();
  if (!text) return;
  $('text').value = '';
  toggleSend();
  if (me.role === '网格员' && /^(巡查|patrol)$/i.test(text)) {
    startPatrol();
    return;
  }
  if (/^(结束巡查|巡查结束|end\s*patrol)/i.test(text)) patrolling(false);
  send({ type: 'text', text }, { kind: 'text', text });
}

/**
 * A worker's patrol (README "The grid worker's own day"): sends "巡查" and keeps the map open, where every click sends
 * a location, until "结束巡查" sends the end with the note typed beside it.
 */
function startPatrol() {
  send({ type: 'text', text: '巡查' }, { kind: 'text', text: '巡查' });
  patrolPoints = 0;
  patrolling(true);
  openSheet('location-sheet');
}

function endPatrol() {
  const note = $('patrol-note').value.trim();
  $('patrol-note').value = '';
  patrolling(false);
  $('location-sheet').hidden = true;
  const text = note ? `结束巡查 ${note}` : '结束巡查';
  send({ type: 'text', text }, { kind: 'text', text });
}

function patrolling(on) {
  $('location-sheet').dataset.patrol = on ? 'true' : 'false';
  $('patrol-bar').hidden = !on;
  $('location-send').hidden = on;
  $('patrol-count').textContent = patrolPoints;
}

function toggleSend() {
  const typed = $('text').value.trim().length > 0;
  $('send').hidden = !typed;
  $('plus').hidden = typed;
}

function openSheet(id) {
  $('tools').hidden = true;
  $(id).hidden = false;
}

/** A WeChat user the bot has never seen: a fresh openid, who starts by following the account. */
async function newUser() {
  const openid = 'o-sim-' + Math.random().toString(36).slice(2, 10);
  state.newUsers.push(openid);
  await loadPeople();
  become(openid);
  add(me, { kind: 'notice', text: '你关注了「网格通」', at: Date.now() });
  send({ type: 'event', event: 'subscribe' }, null);
}

/** Lists the workers who have not bound their WeChat; picking one "scans" the QR code of a fresh binding code. */
function openScan() {
  const list = $('unbound');
  list.replaceChildren();
  for (const worker of unbound) {
    const item = el('li');
    const button = el('button', 'plain', `${worker.name} ${worker.code} · ${worker.gridName}`);
    button.type = 'button';
    button.dataset.worker = worker.code;
    button.addEventListener('click', () => scan(worker));
    item.append(button);
    list.append(item);
  }
  if (!unbound.length) list.append(el('li', 'hint', '所有网格员都已绑定微信。'));
  openSheet('scan-sheet');
}

async function scan(worker) {
  $('scan-sheet').hidden = true;
  const person = me;
  try {
    const issued = await postJson('api/binding-codes', { workerCode: worker.code });
    add(person, { kind: 'notice', text: `你扫描了 ${worker.name}(${worker.code})的绑定二维码`, at: Date.now() });
    await send({ type: 'event', event: 'SCAN', eventKey: issued.scene }, null, person);
    await loadPeople();
    if (person === me) become(person.openid);
  } catch (error) {
    add(person, { kind: 'notice', text: `二维码无法使用:${error.message}`, at: Date.now() });
  }
}

function wire() {
  $('person').addEventListener('change', event => become(event.target.value));
  $('new-user').addEventListener('click', newUser);
  $('text').addEventListener('input', toggleSend);
  $('text').addEventListener('keydown', event => { if (event.key === 'Enter' && !event.isComposing) sendText(); });
  $('send').addEventListener('click', sendText);
  $('plus').addEventListener('click', () => { $('tools').hidden = !$('tools').hidden; });
  document.querySelectorAll('.sheet .close').forEach(b => b.addEventListener('click', () => { b.closest('.sheet').hidden = true; }));
  $('tool-location').addEventListener('click', () => openSheet('location-sheet'));
  $('tool-voice').addEventListener('click', () => openSheet('voice-sheet'));
  $('voice-open').addEventListener('click', () => openSheet('voice-sheet'));
  $('voice-send').addEventListener('click', () => {
    const text = $('voice-text').value.trim();
    if (!text) return;
    $('voice-sheet').hidden = true;
    send({ type: 'voice', text }, { kind: 'voice', text, seconds: Math.min(60, Math.max(1, Math.ceil(text.length / 4))) });
  });
  $('tool-subscribe').addEventListener('click', () => {
    $('tools').hidden = true;
    add(me, { kind: 'notice', text: '你关注了「网格通」', at: Date.now() });
    send({ type: 'event', event: 'subscribe' }, null);
  });
  $('tool-scan').addEventListener('click', openScan);
  $('tool-patrol').addEventListener('click', startPatrol);
  $('patrol-end').addEventListener('click', endPatrol);
  $('tool-image').addEventListener('click', () => $('image-file').click());
  $('image-file').addEventListener('change', async event => {
    const file = event.target.files[0];
    event.target.value = '';
    $('tools').hidden = true;
    if (!file) return;
    try {
      const uploaded = await postImage(file);
      send({ type: 'image', media: uploaded.name }, { kind: 'image', url: uploaded.url });
    } catch (error) {
      add(me, { kind: 'notice', text: `图片发送失败:${error.message}`, at: Date.now() });
    }
  });
}

async function start() {
  wire();
  await loadPeople();
  const asked = new URLSearchParams(location.search).get('as');
  if (people.size) become(people.has(asked) ? asked : state.current);
  else await newUser();
  setInterval(poll, POLL_MS);
  document.body.dataset.ready = 'true';
  await initLocation($('location-sheet'), choice => {
    if ($('location-sheet').dataset.patrol === 'true') {
      $('patrol-count').textContent = ++patrolPoints;
    } else {
      $('location-sheet').hidden = true;
    }
    send({ type: 'location', ...choice }, { kind: 'location', ...choice });
  });
  document.body.dataset.mapReady = 'true';
}

start();
