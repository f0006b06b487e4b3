// 人口登记: the resident register with its care tags and visits; phone and ID numbers as the API shows them
// (masked for every role but ADMIN).
import { api, query } from './api.js';
import { el } from './dom.js';
import { unitPicker } from './picker.js';

const TAGS = { ELDERLY: '老人', EMPTY_NEST: '空巢老人', DISABLED: '残疾人', POVERTY_RELIEF: '帮扶对象', KEY_CARE: '重点关爱' };
const PAGE_SIZE = 50;

export async function residentsPage(view, ctx) {
  const unit = unitPicker(ctx, 'r-unit');
  const tag = el('select', { id: 'r-tag' }, el('option', { value: '' }, '全部'),
    Object.entries(TAGS).map(([code, label]) => el('option', { value: code }, label)));
  const apply = el('button', { type: 'button', id: 'r-apply' }, '查询');
  const table = el('table', { class: 'grid-table', id: 'resident-list' });
  const pager = el('div', { class: 'pager' });
  view.append(el('h2', {}, '人口登记'), el('div', { class: 'toolbar' }, unit, tag, apply), table, pager);

  let page = 0;
  async function load() {
    const list = await api('/api/v1/residents' + query({ gridCode: unit.value, tag: tag.value, page, size: PAGE_SIZE }));
    const head = el('tr', {}, ['姓名', '性别', '出生日期', '电话', '身份证号', '住址', '网格', '关爱标签', '上次走访', '下次走访'].map(h => el('th', {}, h)));
    const rows = list.items.map(r => el('tr', {}, el('td', {}, r.name), el('td', {}, r.gender === 'F' ? '女' : r.gender === 'M' ? '男' : '—'),
      el('td', {}, r.birthDate || '—'), el('td', {}, r.phone || '—'), el('td', {}, r.idNumber || '—'), el('td', { class: 'text' }, r.address || '—'),
      el('td', {}, r.gridCode), el('td', {}, (r.tags || []).map(t => TAGS[t] || t).join('、') || '—'),
      el('td', {}, r.lastVisitDate || '—'), el('td', {}, r.nextVisitDue || '—')));
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: 10 }, '没有登记'))]));
    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    pager.replaceChildren(
      el('button', { type: 'button', class: 'plain', disabled: page === 0, onclick: () => { page--; load(); } }, '上一页'),
      el('span', {}, '共 ' + list.total + ' 人 · 第 ' + (page + 1) + '/' + pages + ' 页'),
      el('button', { type: 'button', class: 'plain', disabled: page + 1 >= pages, onclick: () => { page++; load(); } }, '下一页'));
  }
  apply.addEventListener('click', () => { page = 0; load(); });
  await load();
}
