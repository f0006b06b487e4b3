// Draws the conversation: bubbles, voice, photo and location messages, template cards and notices.
// Items are plain data (kept per person, so switching identity redraws them); all text goes in
// through textContent.
import { el, eventNumbers } from './api.js';

const GAP_FOR_TIME = 3 * 60 * 1000;

export class Chat {
  constructor(list, onEventClick) {
    this.list = list;
    this.onEventClick = onEventClick;
    this.lastAt = 0;
    this.zone = undefined;
  }

  clear() {
    this.list.replaceChildren();
    this.lastAt = 0;
  }

  /** Adds one item and answers its element, so a pending message can be marked done later. */
  add(item, me) {
    if (item.at - this.lastAt > GAP_FOR_TIME) {
      this.list.append(el('div', 'time', clock(item.at, this.zone)));
    }
    this.lastAt = item.at;
    const node = item.kind === 'notice' ? notice(item.text) : this.message(item, me);
    this.list.append(node);
    this.list.scrollTop = this.list.scrollHeight;
    return node;
  }

  message(item, me) {
    const mine = item.from === 'me';
    const row = el('div', `msg ${mine ? 'mine' : 'theirs'}${item.pending ? ' pending' : ''}`);
    row.dataset.kind = item.kind;
    if (item.push) row.dataset.push = item.push.kind;
    row.append(el('div', 'avatar', mine ? me.initial : '网'), this.body(item));
    return row;
  }

  body(item) {
    switch (item.kind) {
      case 'voice': return voice(item);
      case 'image': return photo(item);
      case 'location': return place(item);
      case 'card': return this.card(item.push);
      default: return this.bubble(item.text);
    }
  }

  bubble(text) {
    const bubble = el('div', 'bubble');
    this.linkify(bubble, text);
    return bubble;
  }

  /** A WeChat template message: title, date, "label: value" lines and the 详情 footer. */
  card(push) {
    const card = el('div', 'card');
    card.append(el('h4', null, push.title), el('div', 'date', push.time));
    const lines = el('dl');
    for (const line of push.lines) {
      const value = el('dd');
      this.linkify(value, line.value);
      lines.append(el('dt', null, line.label), value);
    }
    const detail = el('div', 'detail');
    detail.append(el('span', null, '详情'), el('span', null, '›'));
    card.append(lines, detail);
    return card;
  }

  /** Event numbers become links that open the event in the side panel. */
  linkify(target, text) {
    let rest = text || '';
    for (const number of eventNumbers(rest)) {
      const at = rest.indexOf(number);
      target.append(document.createTextNode(rest.slice(0, at)));
      const link = el('span', 'event-link', number);
      link.addEventListener('click', () => this.onEventClick(number));
      target.append(link);
      rest = rest.slice(at + number.length);
    }
    target.append(document.createTextNode(rest));
  }
}

function voice(item) {
  const stack = el('div', 'stack');
  const bubble = el('div', 'bubble voice', `${item.seconds}″`);
  bubble.style.width = `${Math.min(70 + item.seconds * 8, 220)}px`;
  bubble.append(el('span', 'waves', ')))'));
  stack.append(bubble, el('div', 'transcript', item.text));
  return stack;
}

function photo(item) {
  const img = el('img', 'photo');
  img.src = item.url;
  img.alt = '图片';
  return img;
}

function place(item) {
  const card = el('div', 'place');
  card.append(el('b', null, item.label || '位置'),
    el('small', null, `${item.longitude.toFixed(5)}, ${item.latitude.toFixed(5)}`), el('div', 'tiles'));
  return card;
}

function notice(text) {
  const row = el('div', 'notice');
  row.append(el('span', null, text));
  return row;
}

/** Hours and minutes in the county's time zone, as the pushes and the panel show times. */
function clock(at, zone) {
  const options = { hour: '2-digit', minute: '2-digit', hour12: false };
  try {
    return new Intl.DateTimeFormat('zh-CN', { ...options, timeZone: zone }).format(new Date(at));
  } catch (unknownZone) { // An offset such as +08:00 is not an IANA name: fall back to the browser's clock.
    return new Intl.DateTimeFormat('zh-CN', options).format(new Date(at));
  }
}
