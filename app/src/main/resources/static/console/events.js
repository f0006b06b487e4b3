// 事件: the queue with the API's filters, and one event with its timeline, photos and the supervisor's actions.
import { api, query } from './api.js';
import { CATEGORIES, el, OPEN, STATUSES, time } from './dom.js';
import { unitPicker } from './picker.js';

const PAGE_SIZE = 20;

export async function eventsPage(view, ctx, arg, params = new URLSearchParams()) {
  const status = el('select', { id: 'f-status' }, el('option', { value: '' }, '全部状态'), el('option', { value: OPEN }, '办理中(全部)'),
    Object.entries(STATUSES).map(([code, label]) => el('option', { value: code }, label)));
  const category = el('select', { id: 'f-category' }, el('option', { value: '' }, '全部分类'),
    Object.entries(CATEGORIES).map(([code, label]) => el('option', { value: code }, label)));
  const unit = unitPicker(ctx, 'f-unit', params.get('gridCode'));
  status.value = params.get('status') || '';
  const assignee = el('input', { id: 'f-assignee', placeholder: '网格员编号', size: 8 });
  const overdue = el('input', { id: 'f-overdue', type: 'checkbox' });
  const toCheck = el('input', { id: 'f-to-check', type: 'checkbox' });
  const from = el('input', { id: 'f-from', type: 'date' });
  const to = el('input', { id: 'f-to', type: 'date' });
  const apply = el('button', { type: 'button', id: 'f-apply' }, '筛选');
  const table = el('table', { class: 'grid-table events', id: 'event-list' });
  const pager = el('div', { class: 'pager' });
  view.append(el('h2', {}, '事件'),
    ctx.who.role === 'VIEWER' ? null : extensionsPanel(),
    el('div', { class: 'toolbar' }, status, category, unit, assignee, el('label', {}, overdue, ' 仅超期'),
      el('label', { title: '分类为一般事件,但居民所述不能排除危险正在发生' }, toCheck, ' 仅待核实'),
      el('label', {}, '从 ', from), el('label', {}, '到 ', to), apply),
    table, pager);

  let page = 0;
  async function load() {
    const list = await api('/api/v1/events' + query({ status: status.value, category: category.value, gridCode: unit.value,
      assigneeCode: assignee.value.trim(), overdue: overdue.checked ? 'true' : '',
      dangerNotRuledOut: toCheck.checked ? 'true' : '', from: from.value, to: to.value,
      page, size: PAGE_SIZE }));
    const head = el('tr', {}, ['编号', '分类', '状态', '网格', '承办人', '描述', '受理时间', '签收时限', '办结时限'].map(h => el('th', {}, h)));
    const rows = list.items.map(e => el('tr', { class: (e.overdue ? 'overdue ' : '') + (e.urgent ? 'urgent' : '')
      + (e.dangerNotRuledOut ? 'to-check' : ''), dataset: { number: e.number },
      onclick: () => { location.hash = '#/events/' + encodeURIComponent(e.number); } },
    el('td', {}, el('a', { href: '#/events/' + encodeURIComponent(e.number) }, e.number)), el('td', {}, e.categoryLabel + (e.urgent ? ' ⚠' : e.dangerNotRuledOut ? ' ·待核实' : '')),
    el('td', {}, e.statusLabel + (e.overdue ? '·超期' : '')), el('td', {}, e.gridCode || '待定'), el('td', {}, e.assigneeCode || '—'),
    el('td', { class: 'text' }, e.description), el('td', {}, time(e.createdAt)), el('td', {}, time(e.signDeadline)),
    el('td', {}, time(e.resolveDeadline))));
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: 9 }, '没有符合条件的事件'))]));
    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    pager.replaceChildren(
      el('button', { type: 'button', class: 'plain', disabled: page === 0, onclick: () => { page--; load(); } }, '上一页'),
      el('span', { id: 'total' }, '共 ' + list.total + ' 件 · 第 ' + (page + 1) + '/' + pages + ' 页'),
      el('button', { type: 'button', class: 'plain', disabled: page + 1 >= pages, onclick: () => { page++; load(); } }, '下一页'));
    table.dataset.loaded = String(Date.now());
  }
  apply.addEventListener('click', () => { page = 0; load(); });
  await load();
}

export async function eventPage(view, ctx, number) {
  const [event, pictures] = await Promise.all([api('/api/v1/events/' + encodeURIComponent(number)),
    api('/api/v1/events/' + encodeURIComponent(number) + '/photos')]);
  const field = (label, value) => el('div', { class: 'field' }, el('dt', {}, label), el('dd', {}, value ?? '—'));
  const message = el('p', { id: 'action-message', role: 'status' });
  view.append(el('p', {}, el('a', { href: '#/events' }, '‹ 返回事件列表')),
    el('h2', {}, '事件 ', el('span', { id: 'event-number' }, event.number)),
    el('div', { class: 'panels' },
      el('section', { class: 'panel' },
        el('dl', { class: 'fields' },
          field('状态', el('strong', { id: 'event-status' }, event.statusLabel + (event.overdue ? '(超期)' : ''))),
          field('分类', el('span', { id: 'event-category' }, event.categoryLabel
            + (event.urgent ? '(紧急)' : event.dangerNotRuledOut ? '(危险未排除,请电话核实)' : ''))),
          field('网格', event.gridCode || '待定(' + (event.unitCode || '') + ')'),
          field('承办人', el('span', { id: 'event-assignee' }, event.assigneeCode || '—')),
          field('描述', el('span', { id: 'event-description' }, event.description)),
          field('地址', event.address), field('受理时间', time(event.createdAt)), field('签收时限', time(event.signDeadline)),
          field('办结时限', time(event.resolveDeadline)), field('办结说明', event.resolution),
          field('评价', event.rating ? event.rating + ' 星' : '—'), field('转办原因', event.queueReasonLabel),
          event.mergedInto ? field('合并到', el('a', { id: 'event-merged-into', href: '#/events/' + encodeURIComponent(event.mergedInto) },
            event.mergedInto)) : null),
        photos(pictures)),
      el('section', { class: 'panel' }, el('h3', {}, '办理过程'), timeline(event))),
    ctx.who.role === 'VIEWER' ? null : actions(ctx, event, message), message);
}

function timeline(event) {
  return el('ol', { class: 'timeline', id: 'timeline' }, (event.timeline || []).map(step => el('li', {},
    el('span', { class: 'when' }, time(step.at)), ' ', el('strong', {}, STATUSES[step.to] || step.to), ' ',
    el('span', { class: 'actor' }, actor(step.actor)), step.note ? el('p', { class: 'note' }, step.note) : null)));
}

const ACTORS = { RESIDENT: '居民', SYSTEM: '系统', SUPERVISOR: '督办', WORKER: '网格员', ADMIN: '管理员' };

/** "SUPERVISOR:east" → "督办 east" */
function actor(text) {
  if (!text) return '';
  const [kind, ...rest] = text.split(':');
  return ACTORS[kind] ? ACTORS[kind] + (rest.length ? ' ' + rest.join(':') : '') : text;
}

const KINDS = { REPORT_PHOTO: '居民上报', RESOLUTION_PHOTO: '办结照片' };

function photos(pictures) {
  const shown = pictures.filter(p => /^(https?:\/\/|\/)/.test(p.url));
  if (!shown.length) return null;
  return el('div', { class: 'photos', id: 'photos' }, el('h3', {}, '照片'),
    shown.map(p => el('figure', {}, el('a', { href: p.url, target: '_blank', rel: 'noopener noreferrer' },
      el('img', { src: p.url, alt: KINDS[p.kind] || '照片', loading: 'lazy' })), el('figcaption', {}, (KINDS[p.kind] || '') + ' ' + time(p.at)))));
}

function actions(ctx, event, message) {
  const note = el('input', { id: 'action-note', placeholder: '办理意见', maxlength: 500 });
  const worker = el('select', { id: 'action-worker' }, el('option', { value: '' }, '选择网格员'));
  // The workers of the event's community (its grid's parent), so that it can go to a neighbouring grid's worker.
  const grid = ctx.units.find(u => u.code === event.gridCode);
  const around = grid && ctx.units.some(u => u.code === grid.parentCode) ? grid.parentCode : event.gridCode || event.unitCode;
  api('/api/v1/workers' + query({ gridCode: around, size: 500 })).then(list => list.items.forEach(w =>
    worker.append(el('option', { value: w.code }, w.name + ' ' + w.code + ' · ' + w.gridCode + (w.onDuty ? '' : '(不在岗)')))))
    .catch(() => {});
  // 转派: a department's code; those in the caller's units are offered, a county department's code may be typed.
  const departments = el('datalist', { id: 'action-departments' }, ctx.units.filter(u => u.level === 'DEPARTMENT')
    .map(u => el('option', { value: u.code }, u.name)));
  const department = el('input', { id: 'action-department', list: 'action-departments', placeholder: '职能部门编号', size: 14 });
  const act = async (action, body) => {
    message.className = '';
    message.textContent = '';
    try {
      await api('/api/v1/events/' + encodeURIComponent(event.number) + '/' + action, { method: 'POST', body });
      const text = '已完成:' + ({ assign: '派发', escalate: '上报', close: '关闭', reopen: '重办', transfer: '转派',
        unmerge: '取消合并' }[action]);
      const view = document.getElementById('view');
      view.replaceChildren();
      await eventPage(view, ctx, event.number);
      document.getElementById('action-message').textContent = text;
    } catch (e) {
      message.className = 'error';
      message.textContent = e.status === 409 ? '当前状态不能这样办理:' + e.message : '操作失败:' + e.message;
    }
  };
  return el('section', { class: 'panel actions', id: 'actions' }, el('h3', {}, '督办'),
    el('div', { class: 'toolbar' }, note),
    el('div', { class: 'toolbar' }, worker,
      el('button', { type: 'button', id: 'do-assign', onclick: () => act('assign', { workerCode: worker.value, note: note.value }) }, '派发'),
      el('button', { type: 'button', id: 'do-escalate', onclick: () => act('escalate', { note: note.value }) }, '上报'),
      el('button', { type: 'button', id: 'do-close', onclick: () => act('close', { note: note.value }) }, '关闭'),
      el('button', { type: 'button', id: 'do-reopen', onclick: () => act('reopen', { note: note.value }) }, '重办')),
    el('div', { class: 'toolbar' }, department, departments,
      el('button', { type: 'button', id: 'do-transfer', onclick: () => act('transfer', { departmentCode: department.value.trim(), note: note.value }) }, '转派'),
      event.status === 'MERGED'
        ? el('button', { type: 'button', id: 'do-unmerge', onclick: () => act('unmerge', { note: note.value }) }, '取消合并') : null));
}

/** 待审批延期: the pending extension requests of the caller's units, each approved or refused with the note. */
function extensionsPanel() {
  const list = el('table', { class: 'grid-table', id: 'extension-list' });
  const note = el('input', { id: 'extension-note', placeholder: '审批意见', maxlength: 500 });
  const message = el('p', { id: 'extension-message', role: 'status' });
  const panel = el('section', { class: 'panel actions', id: 'extensions' }, el('h3', {}, '待审批延期'),
    el('div', { class: 'toolbar' }, note), list, message);
  const decide = async (id, verdict) => {
    message.className = '';
    try {
      await api('/api/v1/extensions/' + id + '/' + verdict, { method: 'POST', body: { note: note.value } });
      message.textContent = verdict === 'approve' ? '已批准延期' : '已不予延期';
    } catch (e) {
      message.className = 'error';
      message.textContent = '操作失败:' + e.message;
    }
    await load();
  };
  async function load() {
    const pending = await api('/api/v1/extensions' + query({ status: 'PENDING', size: 100 }));
    panel.hidden = pending.items.length === 0 && !message.textContent;
    const head = el('tr', {}, ['事件', '申请人', '延期(工作日)', '原因', '原时限', '申请时间', ''].map(h => el('th', {}, h)));
    const rows = pending.items.map(x => el('tr', { dataset: { extension: x.id, number: x.eventNumber } },
      el('td', {}, el('a', { href: '#/events/' + encodeURIComponent(x.eventNumber) }, x.eventNumber)), el('td', {}, x.workerCode),
      el('td', {}, x.workingDays), el('td', { class: 'text' }, x.reason || '—'), el('td', {}, time(x.previousDeadline)),
      el('td', {}, time(x.requestedAt)),
      el('td', {}, el('button', { type: 'button', class: 'approve', onclick: () => decide(x.id, 'approve') }, '批准'), ' ',
        el('button', { type: 'button', class: 'plain refuse', onclick: () => decide(x.id, 'refuse') }, '不批准'))));
    list.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: 7 }, '没有待审批的延期'))]));
    list.dataset.loaded = String(Date.now());
  }
  panel.hidden = true;
  load().catch(() => {});
  return panel;
}

