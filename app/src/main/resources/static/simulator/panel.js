// The side panel: one event's state and timeline, re-read while it is shown so it moves with the
// conversation, and the current person's latest events to pick from.
import { el, getJson } from './api.js';

const EVERY_MS = 1500;

export class Panel {
  constructor(root) {
    this.root = root;
    this.number = null;
    this.openid = null;
    root.querySelector('#event-form').addEventListener('submit', event => {
      event.preventDefault();
      const number = root.querySelector('#event-number').value.trim();
      if (number) this.show(number);
    });
    setInterval(() => this.refresh(), EVERY_MS);
  }

  /** Follows the person whose latest events the panel lists. */
  follow(openid) {
    this.openid = openid;
    this.refreshRecent();
  }

  show(number) {
    this.number = number;
    this.root.querySelector('#event-number').value = number;
    this.refresh();
  }

  async refresh() {
    this.refreshRecent();
    if (!this.number) return;
    const number = this.number;
    try {
      const event = await getJson(`api/events/${encodeURIComponent(number)}`);
      if (number === this.number) this.draw(event);
    } catch (error) {
      if (number === this.number) this.missing(number, error);
    }
  }

  async refreshRecent() {
    if (!this.openid) return;
    const openid = this.openid;
    const recent = await getJson(`api/events?openid=${encodeURIComponent(openid)}`).catch(() => []);
    if (openid !== this.openid) return;
    const chips = recent.map(e => {
      const chip = el('button', 'chip', `${e.number} ${e.statusLabel}`);
      chip.type = 'button';
      chip.addEventListener('click', () => this.show(e.number));
      return chip;
    });
    this.root.querySelector('#recent').replaceChildren(...(chips.length ? chips : [el('span', null, '无')]));
  }

  draw(e) {
    this.root.querySelector('#event-empty').hidden = true;
    const card = this.root.querySelector('#event');
    card.hidden = false;
    card.dataset.status = e.status;
    card.querySelector('#ev-number').textContent = e.number;
    const status = card.querySelector('#ev-status');
    status.textContent = e.statusLabel;
    status.className = `status ${e.status}`;
    const info = [['类别', (e.urgent ? '【紧急】' : '') + e.category], ['网格', e.grid], ['承办人', e.assignee || '待派单'],
      ['内容', e.description], ['地址', e.address], ['受理', e.createdAt], ['签收时限', e.signDeadline],
      ['办结时限', e.resolveDeadline], ['办理结果', e.resolution], ['评价', e.rating ? `${e.rating} 分` : null]];
    card.querySelector('#ev-info').replaceChildren(...info.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
    card.querySelector('#ev-timeline').replaceChildren(...e.timeline.map(step => {
      const item = el('li');
      item.dataset.to = step.to;
      item.append(el('time', null, step.time), el('span', 'who', step.who + ' '),
        el('span', 'move', step.fromLabel ? `${step.fromLabel} → ${step.toLabel}` : step.toLabel));
      if (step.note) item.append(el('span', 'note', step.note));
      return item;
    }));
  }

  missing(number, error) {
    this.root.querySelector('#event').hidden = true;
    const empty = this.root.querySelector('#event-empty');
    empty.hidden = false;
    empty.textContent = error.status === 404 ? `没有编号为 ${number} 的事件。` : `暂时读不到事件 ${number}:${error.message}`;
  }
}
