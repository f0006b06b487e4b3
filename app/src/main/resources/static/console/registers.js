// 六大类信息: the registers (README "Registers") as GET /api/v1/registers/{kind} lists them, with the API's q,
// gridCode and due filters; phones, ID numbers and addresses as the API shows them (masked for every role but
// ADMIN). SPECIAL exists for ADMIN only: the API answers 404 to any other role, shown here as 无权查看.
import { api, query } from './api.js';
import { el } from './dom.js';
import { unitPicker } from './picker.js';

const yesNo = v => v === true ? '是' : v === false ? '否' : '—';
const KINDS = {
  HOUSE: { label: '房屋', columns: [['address', '地址'], ['structure', '结构'], ['use', '用途'], ['owner', '户主'],
    ['ownerPhone', '电话'], ['occupants', '居住人数'], ['rented', '出租', yesNo]] },
  PLACE: { label: '重点场所', columns: [['name', '名称'], ['placeKind', '类别'], ['address', '地址'], ['contact', '联系人'],
    ['contactPhone', '电话']] },
  FLOATING: { label: '流动人口', columns: [['name', '姓名'], ['idNumber', '身份证号'], ['phone', '电话'], ['origin', '户籍地'],
    ['address', '现住址'], ['arrivedOn', '来此日期'], ['expectedLeaveOn', '预计离开']] },
  SPECIAL: { label: '特殊人群', columns: [['name', '姓名'], ['idNumber', '身份证号'], ['specialKind', '类别'], ['address', '住址']] },
  ASSISTED: { label: '帮扶对象', columns: [['name', '姓名'], ['idNumber', '身份证号'], ['phone', '电话'], ['assistKind', '帮扶类别'],
    ['address', '住址']] }
};
const PAGE_SIZE = 50;

export async function registersPage(view, ctx, arg, params = new URLSearchParams()) {
  const kind = el('select', { id: 'g-kind' }, Object.entries(KINDS).map(([code, k]) => el('option', { value: code }, k.label)));
  kind.value = KINDS[params.get('kind')] ? params.get('kind') : 'HOUSE';
  const unit = unitPicker(ctx, 'g-unit', params.get('gridCode'));
  const q = el('input', { id: 'g-q', placeholder: '姓名、名称或地址', value: params.get('q') || '' });
  const due = el('input', { id: 'g-due', type: 'checkbox', checked: params.get('due') === 'true' });
  const apply = el('button', { type: 'button', id: 'g-apply' }, '查询');
  const table = el('table', { class: 'grid-table', id: 'register-list' });
  const pager = el('div', { class: 'pager' });
  view.append(el('h2', {}, '六大类信息'), el('div', { class: 'toolbar' }, kind, unit, q, el('label', {}, due, ' 仅到期待核查'), apply),
    el('div', { class: 'panel' }, table), pager);

  let page = 0;
  async function load() {
    const k = KINDS[kind.value];
    const head = el('tr', {}, [...k.columns.map(c => c[1]), '网格', '上次核查', '下次核查'].map(h => el('th', {}, h)));
    const span = k.columns.length + 3;
    let list;
    try {
      list = await api('/api/v1/registers/' + kind.value + query({ q: q.value.trim(), gridCode: unit.value,
        due: due.checked ? 'true' : '', page, size: PAGE_SIZE }));
    } catch (e) {
      if (e.status !== 404 && e.status !== 403) throw e;
      table.replaceChildren(el('thead', {}, head), el('tbody', {}, el('tr', {}, el('td', { colspan: span, class: 'error', id: 'register-refused' }, '无权查看'))));
      pager.replaceChildren();
      table.dataset.loaded = String(Date.now());
      return;
    }
    const cell = (r, [key, , show]) => el('td', { class: key === 'address' ? 'text' : null }, show ? show(r[key]) : (r[key] ?? '—'));
    const rows = list.items.map(r => el('tr', { class: r.overdue ? 'overdue' : null, dataset: { id: r.id } },
      k.columns.map(c => cell(r, c)), el('td', {}, r.gridCode), el('td', {}, r.lastCheckDate || '—'),
      el('td', { class: r.overdue ? 'bad' : null }, r.dueDate || '—')));
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: span }, '没有登记'))]));
    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    pager.replaceChildren(
      el('button', { type: 'button', class: 'plain', disabled: page === 0, onclick: () => { page--; load(); } }, '上一页'),
      el('span', { id: 'register-total' }, '共 ' + list.total + ' 条 · 第 ' + (page + 1) + '/' + pages + ' 页'),
      el('button', { type: 'button', class: 'plain', disabled: page + 1 >= pages, onclick: () => { page++; load(); } }, '下一页'));
    table.dataset.loaded = String(Date.now());
  }
  apply.addEventListener('click', () => { page = 0; load(); });
  kind.addEventListener('change', () => { page = 0; load(); });
  await load();
}
